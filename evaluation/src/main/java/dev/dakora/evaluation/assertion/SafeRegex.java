package dev.dakora.evaluation.assertion;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Compiles user-supplied regular expressions with RE2, whose matching time is linear in the text.
 * RE2 has one cost left, the compiled program's size: nested counted repetitions multiply
 * ({@code ((a{1000}){1000}){1000}} is a billion instructions and exhausts the heap), so a pattern whose
 * estimated size passes {@link #MAX_PROGRAM_SIZE} is refused before it is compiled.
 */
final class SafeRegex {

    static final int MAX_PROGRAM_SIZE = 20_000;
    private static final java.util.regex.Pattern REPEAT = java.util.regex.Pattern.compile("\\{(\\d{1,4})(,(\\d{0,4}))?}");

    private SafeRegex() {
    }

    /** @throws IllegalArgumentException saying why the pattern cannot be used */
    static Pattern compile(String regex, int flags) {
        long size = estimatedSize(regex);
        if (size > MAX_PROGRAM_SIZE) {
            throw new IllegalArgumentException("is too complex: its repetitions expand to about " + size
                    + " steps (at most " + MAX_PROGRAM_SIZE + ")");
        }
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("is not a valid RE2 regular expression (back-references and"
                    + " look-around are not supported): " + e.getDescription());
        }
    }

    /** An upper estimate of the compiled size: atoms count 1, a counted repeat multiplies its atom. */
    static long estimatedSize(String regex) {
        Deque<long[]> frames = new ArrayDeque<>();
        long[] frame = {0, 0};
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            long atom = 1;
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                frames.push(frame);
                frame = new long[]{0, 0};
                continue;
            } else if (c == ')' && !frames.isEmpty()) {
                atom = Math.max(frame[0], 1);
                frame = frames.pop();
            } else if (c == '{') {
                java.util.regex.Matcher m = REPEAT.matcher(regex).region(i, regex.length());
                if (m.lookingAt()) {
                    long count = m.group(3) == null || m.group(3).isEmpty() ? Long.parseLong(m.group(1)) + 1
                            : Long.parseLong(m.group(3));
                    long grown = saturatingMultiply(frame[1], Math.max(count, 1));
                    frame[0] = saturatingAdd(frame[0], grown - frame[1]);
                    frame[1] = grown;
                    i = m.end() - 1;
                    continue;
                }
            } else if (c == '*' || c == '+' || c == '?') {
                frame[0] = saturatingAdd(frame[0], 1);
                continue;
            }
            frame[0] = saturatingAdd(frame[0], atom);
            frame[1] = atom;
        }
        while (!frames.isEmpty()) {
            long inner = frame[0];
            frame = frames.pop();
            frame[0] = saturatingAdd(frame[0], inner);
        }
        return frame[0];
    }

    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            i += regex.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, regex.length() - 1);
    }

    private static long saturatingMultiply(long a, long b) {
        long product = a * b;
        return (a != 0 && (product / a != b || product < 0)) ? Long.MAX_VALUE : product;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
