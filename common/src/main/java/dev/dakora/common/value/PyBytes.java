package dev.dakora.common.value;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Python's immutable {@code bytes}, as {@code str.encode()} makes them: a sequence of small ints
 * ({@code b[0]} is {@code 97}) printed as Python prints it: {@code b'a\xc3\xa9'}.
 */
public final class PyBytes extends AbstractList<Object> implements RandomAccess, PythonRepr {

    private final byte[] bytes;

    private PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public static PyBytes of(byte[] bytes) {
        return new PyBytes(Arrays.copyOf(bytes, bytes.length));
    }

    public byte[] bytes() {
        return Arrays.copyOf(bytes, bytes.length);
    }

    @Override
    public Object get(int index) {
        return (long) (bytes[index] & 0xff);
    }

    @Override
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PyBytes that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Single quotes unless the bytes hold a single quote and no double quote; other bytes as {@code \xNN}. */
    @Override
    public void appendRepr(StringBuilder out) {
        boolean single = contains('\'') && !contains('"');
        char quote = single ? '"' : '\'';
        out.append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(quote);
                    } else if (c < 0x20 || c >= 0x7f) {
                        out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        }
        out.append(quote);
    }

    private boolean contains(char c) {
        for (byte b : bytes) {
            if (b == c) {
                return true;
            }
        }
        return false;
    }
}
