package dev.dakora.gateway.keys;

/** A key just created: the secret is here once, never stored and never shown again. */
public record IssuedKey(ApiKey key, String secret) {

    @Override
    public String toString() {
        return "IssuedKey[" + key + "]";
    }
}
