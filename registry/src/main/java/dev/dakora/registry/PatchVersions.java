package dev.dakora.registry;

import java.math.BigInteger;

/**
 * The version after another when a change keeps the version string: the last run of digits goes up by
 * one ({@code 1.0.0} to {@code 1.0.1}, {@code 1.0.9} to {@code 1.0.10}, {@code v2} to {@code v3}); a
 * version without digits gets {@code .1} appended.
 */
final class PatchVersions {

    private PatchVersions() {
    }

    static String next(String version) {
        int end = version.length();
        while (end > 0 && !Character.isDigit(version.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return version + ".1";
        }
        int start = end;
        while (start > 0 && Character.isDigit(version.charAt(start - 1))) {
            start--;
        }
        BigInteger number = new BigInteger(version.substring(start, end)).add(BigInteger.ONE);
        return version.substring(0, start) + number + version.substring(end);
    }
}
