package dev.dakora.common.render;

import dev.dakora.common.value.PyBytes;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Python's {@code str.encode(encoding='utf-8', errors='strict')} and {@code bytes.decode(...)} for
 * the codecs prompts meet: utf-8, ascii, latin-1 and utf-16 (with Python's little-endian mark), and
 * the error handlers strict, ignore, replace, xmlcharrefreplace and backslashreplace.
 */
final class PyEncoding {

    private PyEncoding() {
    }

    /** The methods of {@code bytes}: {@code decode}, {@code hex} and those of every sequence. */
    static Object call(PyBytes bytes, String name, MethodArgs a) {
        return switch (name) {
            case "decode" -> decode(bytes, a.atMost(2, "decode").string(0, "encoding", "utf-8"), a.string(1, "errors", "strict"));
            case "hex" -> {
                StringBuilder out = new StringBuilder(a.atMost(0, "hex").positional().size() + bytes.size() * 2);
                bytes.forEach(b -> out.append(String.format("%02x", (Long) b)));
                yield out.toString();
            }
            default -> PySequenceMethods.call(bytes, name, a);
        };
    }

    static PyBytes encode(String s, String encoding, String errors) {
        String codec = normalize(encoding);
        Charset charset = charset(codec);
        CharsetEncoder encoder = charset.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 2);
        if (codec.equals("utf-16")) {
            out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe});
        }
        int position = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i)), position++) {
            String ch = Character.toString(s.codePointAt(i));
            if (encoder.canEncode(ch)) {
                out.writeBytes(ch.getBytes(charset));
            } else {
                out.writeBytes(substitute(s.codePointAt(i), codec, errors, position).getBytes(StandardCharsets.US_ASCII));
            }
            OutputBudget.require(out.size(), "the encoded text");
        }
        return PyBytes.of(out.toByteArray());
    }

    static String decode(PyBytes bytes, String encoding, String errors) {
        String codec = normalize(encoding);
        CodingErrorAction action = switch (errors) {
            case "strict" -> CodingErrorAction.REPORT;
            case "ignore" -> CodingErrorAction.IGNORE;
            case "replace" -> CodingErrorAction.REPLACE;
            default -> throw new IllegalArgumentException("unknown error handler name '" + errors + "'");
        };
        try {
            return charset(codec).newDecoder().onMalformedInput(action).onUnmappableCharacter(action)
                    .replaceWith("\ufffd").decode(ByteBuffer.wrap(bytes.bytes())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("'" + codec + "' codec can't decode the bytes");
        }
    }

    private static String substitute(int codePoint, String codec, String errors, int position) {
        return switch (errors) {
            case "strict" -> throw new IllegalArgumentException("'" + codec + "' codec can't encode character '"
                    + String.format("\\x%02x", codePoint) + "' in position " + position);
            case "ignore" -> "";
            case "replace" -> "?";
            case "xmlcharrefreplace" -> "&#" + codePoint + ";";
            case "backslashreplace" -> codePoint < 0x100 ? String.format("\\x%02x", codePoint)
                    : codePoint < 0x10000 ? String.format("\\u%04x", codePoint) : String.format("\\U%08x", codePoint);
            default -> throw new IllegalArgumentException("unknown error handler name '" + errors + "'");
        };
    }

    private static String normalize(String encoding) {
        String name = encoding.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (name) {
            case "utf-8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "ascii", "us-ascii", "646" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin" -> "latin-1";
            case "utf-16", "utf16", "u16" -> "utf-16";
            case "utf-16-le", "utf-16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be" -> "utf-16-be";
            default -> throw new IllegalArgumentException("unknown encoding: " + encoding);
        };
    }

    private static Charset charset(String codec) {
        return switch (codec) {
            case "utf-8" -> StandardCharsets.UTF_8;
            case "ascii" -> StandardCharsets.US_ASCII;
            case "latin-1" -> StandardCharsets.ISO_8859_1;
            case "utf-16-be" -> StandardCharsets.UTF_16BE;
            default -> StandardCharsets.UTF_16LE;
        };
    }
}
