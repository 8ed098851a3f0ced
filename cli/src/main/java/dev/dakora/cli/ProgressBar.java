package dev.dakora.cli;

/** A one-line text progress bar, redrawn in place with a carriage return. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private ProgressBar() {
    }

    static String line(long done, long total, String unit, String status) {
        long safeTotal = Math.max(total, 0);
        int filled = safeTotal == 0 ? 0 : (int) Math.min(WIDTH, done * WIDTH / safeTotal);
        int percent = safeTotal == 0 ? 0 : (int) Math.min(100, done * 100 / safeTotal);
        return "\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + percent + "% "
                + done + "/" + safeTotal + " " + unit + " (" + status + ")";
    }
}
