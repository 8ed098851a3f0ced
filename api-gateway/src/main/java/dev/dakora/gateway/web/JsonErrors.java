package dev.dakora.gateway.web;

import tools.jackson.core.JacksonException;

/** A one-line, stack-free account of why a body failed to parse, for a problem's {@code detail}. */
final class JsonErrors {

    private static final int MAX_LENGTH = 200;

    private JsonErrors() {
    }

    static String summary(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                String message = jackson.getOriginalMessage();
                String where = jackson.getLocation() == null ? ""
                        : " (line " + jackson.getLocation().getLineNr() + ", column " + jackson.getLocation().getColumnNr() + ")";
                return shorten(message) + where;
            }
        }
        return "send a JSON object";
    }

    private static String shorten(String message) {
        String firstLine = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        return firstLine.length() <= MAX_LENGTH ? firstLine : firstLine.substring(0, MAX_LENGTH) + "...";
    }
}
