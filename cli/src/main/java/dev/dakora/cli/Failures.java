package dev.dakora.cli;

import dev.dakora.client.ConnectionException;
import dev.dakora.client.DakoraException;
import dev.dakora.client.FieldError;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;

/** Turns what the SDK throws into the message the user sees, saying what to do, and the exit code. */
final class Failures {

    private Failures() {
    }

    static CliException of(DakoraException failure, String baseUrl, boolean keyGiven) {
        if (failure instanceof ConnectionException) {
            return unreachable(failure) ? new CliException(ExitCodes.SERVER, "Cannot reach the Dakora server at " + baseUrl
                    + ". Start it with ./dakora (or ./dakora start --detach), or point --url / DAKORA_URL at a running one.")
                    : new CliException(ExitCodes.SERVER, "The connection to " + baseUrl + " failed: " + cause(failure));
        }
        int status = failure.status();
        String detail = detail(failure);
        String message = switch (status) {
            case 401 -> (detail.isEmpty() ? "Not authenticated" : detail)
                    + (keyGiven ? ". The API key was refused: check DAKORA_API_KEY or run ./dakora link <url>."
                    : ". This server needs an API key: set DAKORA_API_KEY, pass --api-key, or run ./dakora link <url>.");
            case 403 -> (detail.isEmpty() ? "Forbidden" : detail) + ". This needs a key allowed to do it (the admin key for keys commands).";
            default -> "Error " + status + (detail.isEmpty() ? "" : ": " + detail);
        };
        return new CliException(ExitCodes.forStatus(status), message);
    }

    private static String detail(DakoraException failure) {
        StringBuilder text = new StringBuilder(failure.detail() == null ? "" : failure.detail());
        for (FieldError error : failure.errors()) {
            String where = error.field() != null ? error.field() + ": " : error.rowIndex() != null ? "row " + error.rowIndex() + ": " : "";
            text.append(System.lineSeparator()).append("  - ").append(where).append(error.message());
        }
        return text.toString();
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String cause(Throwable failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
