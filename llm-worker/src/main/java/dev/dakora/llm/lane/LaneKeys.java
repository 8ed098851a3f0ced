package dev.dakora.llm.lane;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The key a provider batch is tagged with: the first 128 bits of a SHA-256 of its calls' ids in order, so
 * the same calls submitted again carry the same key and other calls another.
 */
final class LaneKeys {

    private LaneKeys() {
    }

    static String of(List<LaneEntry> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (LaneEntry entry : entries) {
                byte[] id = entry.callId().getBytes(StandardCharsets.UTF_8);
                digest.update((id.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(id);
            }
            return "lane-" + HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
