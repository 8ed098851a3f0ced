package dev.dakora.client;

import java.net.URI;
import java.util.List;

/** No answer: the server could not be reached or did not answer in time. The message says how to start one. */
public final class ConnectionException extends DakoraException {

    public ConnectionException(URI server, Throwable cause) {
        super(0, "Dakora server at " + server + " is unreachable (" + describe(cause) + "). Start one with "
                + "'java -jar standalone/target/dakora-standalone.jar', or point the client "
                + "at a running server with Dakora.builder().url(...).", List.of(), cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
