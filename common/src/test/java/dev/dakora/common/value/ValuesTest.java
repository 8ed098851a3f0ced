package dev.dakora.common.value;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTest {

    @Test
    void should_make_equal_documents_equal_whatever_the_parser_types() {
        // given: one document as two parsers might hand it over
        Map<String, Object> fromYaml = Map.of("n", 7, "f", 1.5f, "l", List.of(1, "a"));
        Map<String, Object> fromJson = Map.of("n", 7L, "f", new BigDecimal("1.5"), "l", new Object[]{BigInteger.ONE, "a"});

        // when / then
        assertThat(Values.normalize(fromYaml)).isEqualTo(Values.normalize(fromJson));
    }

    @Test
    void should_keep_whole_numbers_beyond_long_as_big_integers() {
        BigInteger huge = BigInteger.TWO.pow(70);

        assertThat(Values.normalize(huge)).isEqualTo(huge);
        assertThat(Values.normalize(BigInteger.TEN)).isEqualTo(10L);
    }

    @Test
    void should_keep_map_order() {
        Map<String, Object> ordered = new java.util.LinkedHashMap<>();
        ordered.put("z", 1);
        ordered.put("a", 2);

        assertThat(Values.normalizeMap(ordered).keySet()).containsExactly("z", "a");
    }
}
