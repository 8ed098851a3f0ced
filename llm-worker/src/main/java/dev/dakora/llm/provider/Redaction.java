package dev.dakora.llm.provider;

import java.util.regex.Pattern;

/** Removes API keys from provider messages before they reach a call result or a log line. */
final class Redaction {

    private static final Pattern KEY_LIKE = Pattern.compile(
            "(sk-[A-Za-z0-9_*\\-]{6,}|AIza[0-9A-Za-z_\\-]{10,}|(?i:bearer)\\s+[A-Za-z0-9._\\-]{8,})");

    private Redaction() {
    }

    static String redact(String text, String apiKey) {
        if (text == null) {
            return "";
        }
        String out = apiKey != null && !apiKey.isBlank() ? text.replace(apiKey, "[redacted]") : text;
        return KEY_LIKE.matcher(out).replaceAll("[redacted]");
    }
}
