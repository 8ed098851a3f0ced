package dev.dakora.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes keys: {@code dk_} followed by 32 random bytes in base64url (43 characters), hashed
 * with SHA-256 for storage. Comparisons go through the hashes in constant time.
 */
public final class KeyMaterial {

    public static final String KEY_PREFIX = "dk_";
    static final int RANDOM_BYTES = 32;
    static final int DISPLAY_PREFIX_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMaterial() {
    }

    public static String newKey() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The first characters of a key, enough for people to tell their keys apart. */
    public static String displayPrefix(String key) {
        return key.substring(0, Math.min(DISPLAY_PREFIX_LENGTH, key.length()));
    }

    public static String hash(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    /** Whether two secrets are equal, in time that does not depend on where they differ. */
    public static boolean sameSecret(String given, String expected) {
        return MessageDigest.isEqual(sha256(given), sha256(expected));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
