package dev.dakora.common.render;

import com.hubspot.jinjava.el.ext.ExtendedScanner;
import jinjava.de.odysseus.el.tree.impl.Parser;
import jinjava.de.odysseus.el.tree.impl.Scanner;

import java.math.BigInteger;
import java.util.Set;

/**
 * Jinjava's scanner with Jinja2's words and number literals: {@code div}, {@code mod}, {@code eq},
 * {@code lt}, {@code empty}, {@code null} and the other EL-only keywords are plain names, and
 * numbers may have {@code _} between digits or be written {@code 0x1f}, {@code 0o17}, {@code 0b11}.
 * As in Jinja2, a number never starts with a dot and the digits right after a dot are an int, so
 * {@code xs.0.1} is items 0 then 1.
 */
final class PythonScanner extends ExtendedScanner {

    /** Python 3.11+ refuses to read an int literal of more than 4300 digits; so does the renderer. */
    static final int MAX_INT_DIGITS = 4300;

    private static final Set<String> NAMES = Set.of("div", "mod", "eq", "ne", "lt", "le", "gt", "ge",
            "empty", "instanceof", "null");

    PythonScanner(String input) {
        super(input);
    }

    @Override
    protected Token keyword(String word) {
        return NAMES.contains(word) ? null : super.keyword(word);
    }

    /** A string literal with Python's escapes ({@link PyStringLiteral}). */
    @Override
    protected Token nextString() throws ScanException {
        String input = getInput();
        int start = getPosition();
        int end = PyStringLiteral.end(input, start);
        if (end < 0) {
            throw new ScanException(start, "unterminated string", "a closing quote");
        }
        try {
            return token(Symbol.STRING, PyStringLiteral.value(input.substring(start + 1, end - 1)), end - start);
        } catch (IllegalArgumentException e) {
            throw new ScanException(start, e.getMessage(), "a valid escape");
        }
    }

    @Override
    protected Token nextNumber() throws ScanException {
        String input = getInput();
        int start = getPosition();
        int i = start;
        if (input.charAt(i) == '.') {
            return token(Symbol.DOT, ".", 1);
        }
        boolean afterDot = start > 0 && input.charAt(start - 1) == '.';
        if (input.charAt(i) == '0' && i + 1 < input.length() && "xXoObB".indexOf(input.charAt(i + 1)) >= 0) {
            i += 2;
            while (i < input.length() && (Character.isLetterOrDigit(input.charAt(i)) || input.charAt(i) == '_')) {
                i++;
            }
            return token(Symbol.INTEGER, input.substring(start, i), i - start);
        }
        i = digits(input, i);
        Symbol symbol = Symbol.INTEGER;
        if (!afterDot && i + 1 < input.length() && input.charAt(i) == '.' && isDigit(input.charAt(i + 1))) {
            i = digits(input, i + 1);
            symbol = Symbol.FLOAT;
        }
        if (!afterDot && i < input.length() && (input.charAt(i) == 'e' || input.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < input.length() && (input.charAt(exponent) == '+' || input.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < input.length() && isDigit(input.charAt(exponent))) {
                i = digits(input, exponent);
                symbol = Symbol.FLOAT;
            }
        }
        return token(symbol, input.substring(start, i), i - start);
    }

    private int digits(String input, int from) {
        int i = from;
        while (i < input.length() && (isDigit(input.charAt(i))
                || (input.charAt(i) == '_' && i + 1 < input.length() && isDigit(input.charAt(i + 1))))) {
            i++;
        }
        return i;
    }

    /** A Python int literal as a {@code Long}, or a {@link BigInteger} when it does not fit one. */
    static Number parseInteger(String literal) throws Parser.ParseException {
        String text = literal.replace("_", "");
        int radix = 10;
        if (text.length() > 2 && text.charAt(0) == '0' && Character.isLetter(text.charAt(1))) {
            radix = switch (Character.toLowerCase(text.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            text = text.substring(2);
        }
        if (text.length() > MAX_INT_DIGITS * (radix == 10 ? 1 : 4)) {
            throw new Parser.ParseException(0, literal.substring(0, 20) + "...", "an int of at most "
                    + MAX_INT_DIGITS + " digits");
        }
        try {
            BigInteger value = new BigInteger(text, radix);
            return value.bitLength() < 64 ? (Number) value.longValue() : value;
        } catch (NumberFormatException e) {
            throw new Parser.ParseException(0, literal, "a number");
        }
    }
}
