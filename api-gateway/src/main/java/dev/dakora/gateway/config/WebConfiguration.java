package dev.dakora.gateway.config;

import dev.dakora.gateway.web.RequestBodyLimitFilter;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import java.time.Duration;
import java.util.List;

/** Request size limits and CORS, both from {@code dakora.http.*}. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    RequestBodyLimitFilter requestBodyLimitFilter(DakoraProperties properties) {
        return new RequestBodyLimitFilter(properties.http().maxRequestBody().toBytes());
    }

    @Bean
    CodecCustomizer requestBodyCodecLimit(DakoraProperties properties) {
        int max = (int) Math.min(Integer.MAX_VALUE, properties.http().maxRequestBody().toBytes());
        return configurer -> configurer.defaultCodecs().maxInMemorySize(max);
    }

    /** Off (no filter at all) unless {@code dakora.http.cors-allowed-origins} lists origins. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    CorsWebFilter corsWebFilter(DakoraProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = properties.http().corsAllowedOrigins();
        if (!origins.isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOriginPatterns(origins);
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(List.of("Content-Type", "Authorization", "X-API-Key", "apikey", "Idempotency-Key"));
            cors.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/api/**", cors);
        }
        return new CorsWebFilter(source);
    }
}
