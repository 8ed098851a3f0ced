package dev.dakora.cli;

/** The process exit codes of every command. */
final class ExitCodes {

    static final int OK = 0;
    static final int OTHER = 1;
    static final int USAGE = 2;
    static final int NOT_FOUND = 3;
    static final int AUTH = 4;
    static final int SERVER = 5;

    private ExitCodes() {
    }

    /** The exit code for an HTTP status the server answered with. */
    static int forStatus(int status) {
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status == 401 || status == 403) {
            return AUTH;
        }
        return status >= 500 ? SERVER : OTHER;
    }
}
