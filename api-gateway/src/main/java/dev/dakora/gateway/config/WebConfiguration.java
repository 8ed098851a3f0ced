package dev.dakora.gateway.config;

import dev.dakora.gateway.web.RequestBodyLimitFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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

/**
 * Binds {@code dakora.*} (so an application that scans this package gets it without further setup),
 * request size limits and CORS.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DakoraProperties.class)
class WebConfiguration {

    @Bean
    RequestBodyLimitFilter requestBodyLimitFilter(DakoraProperties properties) {
        return new RequestBodyLimitFilter(properties.http().maxRequestBody().toBytes(),
                properties.http().maxBatchBody().toBytes());
    }

    @Bean
    CodecCustomizer requestBodyCodecLimit(DakoraProperties properties) {
        // the filter holds each route to its own limit and names it; the codecs' limit, above the largest, is a backstop
        long largest = Math.max(properties.http().maxRequestBody().toBytes(), properties.http().maxBatchBody().toBytes());
        int max = (int) Math.min(Integer.MAX_VALUE, largest * 2);
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
