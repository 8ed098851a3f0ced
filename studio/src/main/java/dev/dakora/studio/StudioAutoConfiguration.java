package dev.dakora.studio;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.server.WebFilter;

/**
 * Serves the Studio from a reactive web application that has this jar on its classpath: the built UI
 * lies under {@code META-INF/resources}, which Spring Boot serves at {@code /}, and client-side routes
 * fall back to {@code index.html}. Off with {@code dakora.studio.enabled=false}, and absent when the
 * jar was built with {@code -Dstudio.skip} (no {@code index.html}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnProperty(prefix = "dakora.studio", name = "enabled", matchIfMissing = true)
@ConditionalOnResource(resources = "classpath:META-INF/resources/index.html")
public class StudioAutoConfiguration {

    @Bean
    WebFilter studioClientRouteFilter() {
        return new ClientRouteFilter();
    }
}
