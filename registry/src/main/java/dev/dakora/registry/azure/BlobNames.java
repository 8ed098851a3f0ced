package dev.dakora.registry.azure;

/**
 * The rules a blob name must follow before it reaches Azure: relative, {@code /}-separated segments
 * that are neither empty nor {@code .} or {@code ..}, no backslashes and no control characters.
 */
final class BlobNames {

    /** Azure's limit on a blob name, in characters. */
    static final int MAX_LENGTH = 1024;

    private BlobNames() {
    }

    /** Returns {@code name} when it is a valid object name, otherwise throws with the reason. */
    static String requireValidName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("Blob name must not be empty");
        }
        requireSafeCharacters(name, "Blob name");
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException(
                        "Blob name must not be absolute or contain empty, '.' or '..' segments: " + quote(name));
            }
        }
        return name;
    }

    /**
     * Returns {@code prefix} when it can start a valid name: empty, or a name that may end in {@code /} or
     * in a partial segment.
     */
    static String requireValidPrefix(String prefix) {
        if (prefix == null) {
            throw new IllegalArgumentException("List prefix must not be null; use \"\" for all names");
        }
        if (prefix.isEmpty()) {
            return prefix;
        }
        requireSafeCharacters(prefix, "List prefix");
        String[] segments = prefix.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if ((segment.isEmpty() && !last) || segment.equals("..") || (segment.equals(".") && !last)) {
                throw new IllegalArgumentException(
                        "List prefix must not be absolute or contain empty, '.' or '..' segments: " + quote(prefix));
            }
        }
        return prefix;
    }

    private static void requireSafeCharacters(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                throw new IllegalArgumentException(what + " must not contain a backslash: " + quote(value));
            }
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(what + " must not contain control characters: " + quote(value));
            }
        }
    }

    /** The value in quotes with control characters escaped, safe to put in a log line. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("'");
        value.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('\'').toString();
    }
}
