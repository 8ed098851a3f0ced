package dev.dakora.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.server.WebFilter;

class StudioAutoConfigurationTest {

    private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StudioAutoConfiguration.class));

    @Test
    void should_add_the_client_route_filter_when_the_app_is_reactive_and_has_the_ui() {
        // given a reactive web app with index.html on the classpath

        // when / then
        reactive.run(context -> assertThat(context).hasSingleBean(WebFilter.class)
                .getBean(WebFilter.class).isInstanceOf(ClientRouteFilter.class));
    }

    @Test
    void should_stay_out_when_the_app_is_not_a_web_app() {
        // given a plain application context
        ApplicationContextRunner plain = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(StudioAutoConfiguration.class));

        // when / then
        plain.run(context -> assertThat(context).doesNotHaveBean(WebFilter.class));
    }

    @Test
    void should_stay_out_when_disabled_by_property() {
        // given dakora.studio.enabled=false

        // when / then
        reactive.withPropertyValues("dakora.studio.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(WebFilter.class));
    }

    @Test
    void should_stay_out_when_the_jar_was_built_without_the_ui() {
        // given no index.html on the classpath, as after a build with -Dstudio.skip
        FilteredClassLoader withoutUi = new FilteredClassLoader(new ClassPathResource("META-INF/resources/index.html"));

        // when / then
        reactive.withClassLoader(withoutUi).run(context -> assertThat(context).doesNotHaveBean(WebFilter.class));
    }
}
