package dev.dakora.evaluation.assertion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text similarity in [0, 1]. Both measures take time proportional to the product of the two lengths,
 * so they refuse texts longer than {@link #MAX_CHARS} code points or {@link #MAX_TOKENS} words rather
 * than stall a worker; the assertion then fails and says so.
 */
public final class Similarity {

    public static final int MAX_CHARS = 10_000;
    public static final int MAX_TOKENS = 5_000;

    private Similarity() {
    }

    /** {@code 1 - distance / max(length)} over code points; two empty texts are identical. */
    public static double levenshtein(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (x.length > MAX_CHARS || y.length > MAX_CHARS) {
            throw new IllegalArgumentException("too long to compare (over " + MAX_CHARS + " characters)");
        }
        int longest = Math.max(x.length, y.length);
        if (longest == 0) {
            return 1.0;
        }
        return 1.0 - (double) distance(x, y) / longest;
    }

    static int distance(int[] x, int[] y) {
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    /** ROUGE-L F1: the longest common subsequence of lower-cased word tokens, as precision and recall. */
    public static double rougeL(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        if (c.size() > MAX_TOKENS || r.size() > MAX_TOKENS) {
            throw new IllegalArgumentException("too long to compare (over " + MAX_TOKENS + " words)");
        }
        if (c.isEmpty() && r.isEmpty()) {
            return 1.0;
        }
        if (c.isEmpty() || r.isEmpty()) {
            return 0.0;
        }
        int lcs = lcs(c, r);
        if (lcs == 0) {
            return 0.0;
        }
        double precision = (double) lcs / c.size();
        double recall = (double) lcs / r.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String token : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = token.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    /** Runs of letters and digits, lower-cased. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return tokens;
    }
}
