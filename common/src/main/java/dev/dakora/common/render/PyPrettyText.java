package dev.dakora.common.render;

import dev.dakora.common.value.PythonFormat;

import java.util.ArrayList;
import java.util.List;

/** How {@code pprint} prints a str too long for its line: adjacent literals, split after whitespace. */
final class PyPrettyText {

    private PyPrettyText() {
    }

    /** A long str as adjacent literals, split after whitespace; in parentheses at the top level. */
    static String format(String s, int indent, int allowance, int level) {
        int lineIndent = level == 1 ? indent + 1 : indent;
        int lineAllowance = level == 1 ? allowance + 1 : allowance;
        List<String> chunks = new ArrayList<>();
        List<String> lines = PyLines.split(s, true);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean lastLine = i == lines.size() - 1;
            int width = PyPrettyPrint.WIDTH - lineIndent - (lastLine ? lineAllowance : 0);
            if (PyPrettyPrint.length(PythonFormat.repr(line)) <= width) {
                chunks.add(PythonFormat.repr(line));
                continue;
            }
            List<String> parts = words(line);
            String current = "";
            for (int j = 0; j < parts.size(); j++) {
                String candidate = current + parts.get(j);
                int partWidth = PyPrettyPrint.WIDTH - lineIndent - (j == parts.size() - 1 && lastLine ? lineAllowance : 0);
                if (PyPrettyPrint.length(PythonFormat.repr(candidate)) > partWidth) {
                    if (!current.isEmpty()) {
                        chunks.add(PythonFormat.repr(current));
                    }
                    current = parts.get(j);
                } else {
                    current = candidate;
                }
            }
            if (!current.isEmpty()) {
                chunks.add(PythonFormat.repr(current));
            }
        }
        if (chunks.size() == 1) {
            return chunks.getFirst();
        }
        String joined = String.join("\n" + " ".repeat(lineIndent), chunks);
        return level == 1 ? "(" + joined + ")" : joined;
    }

    /** Runs of non-space followed by their spaces, as Python's {@code re.findall(r'\S*\s*', line)}. */
    private static List<String> words(String line) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int start = i;
            while (i < line.length() && !isSpace(line.charAt(i))) {
                i++;
            }
            while (i < line.length() && isSpace(line.charAt(i))) {
                i++;
            }
            parts.add(line.substring(start, i));
        }
        return parts;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
