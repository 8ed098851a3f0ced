package dev.dakora.gateway.keys;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KeyMaterialTest {

    @Test
    void should_make_dk_keys_of_32_random_bytes_in_base64url() {
        // given
        Set<String> keys = new HashSet<>();

        // when
        for (int i = 0; i < 1000; i++) {
            keys.add(KeyMaterial.newKey());
        }

        // then
        assertThat(keys).hasSize(1000).allMatch(key -> key.matches("dk_[A-Za-z0-9_-]{43}"));
    }

    @Test
    void should_hash_to_sha256_hex_and_differ_for_different_keys() {
        // given
        String key = KeyMaterial.newKey();

        // when
        String hash = KeyMaterial.hash(key);

        // then
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(KeyMaterial.hash(key)).isNotEqualTo(KeyMaterial.hash(key + "x"));
        assertThat(hash).doesNotContain(key.substring(3));
    }

    @Test
    void should_compare_secrets_by_value_only() {
        // given
        String key = KeyMaterial.newKey();

        // when / then
        assertThat(KeyMaterial.sameSecret(new String(key.toCharArray()), key)).isTrue();
        assertThat(KeyMaterial.sameSecret(key.substring(0, 20), key)).isFalse();
        assertThat(KeyMaterial.sameSecret("", key)).isFalse();
    }

    @Test
    void should_show_a_ten_character_prefix() {
        // given / when / then
        assertThat(KeyMaterial.displayPrefix("dk_abcdefghijk")).isEqualTo("dk_abcdefg");
        assertThat(KeyMaterial.displayPrefix("dk_ab")).isEqualTo("dk_ab");
    }
}
