package dev.dakora.client;

import static dev.dakora.client.Templates.greeting;
import static dev.dakora.client.Templates.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Every template call of the SDK against a real gateway. */
class PromptsRoundTripTest extends ClientTest {

    @Test
    void should_create_list_get_update_version_label_render_and_delete_a_template() {
        // given
        String id = uniqueId("round-trip");

        // when
        Template created = dakora.prompts().create(greeting(id).withMetadata(Map.of("team", "docs")));
        Template updated = dakora.prompts().update(id, TemplateUpdate.text("Hi {{ name }}!").withVersion("1.1.0"));
        LabelResult labelled = dakora.prompts().setLabel(id, "production", "1.0.0");

        // then
        assertThat(created.version()).isEqualTo("1.0.0");
        assertThat(created.inputs()).containsEntry("name", new InputSpec("string", true, null));
        assertThat(created.metadata()).containsEntry("team", "docs");
        assertThat(dakora.prompts().list()).contains(id);
        assertThat(updated.version()).isEqualTo("1.1.0");
        assertThat(updated.description()).as("an absent field keeps its value").isEqualTo("greets someone");
        assertThat(dakora.prompts().get(id).template()).isEqualTo("Hi {{ name }}!");
        assertThat(dakora.prompts().get(id, Selector.version("1.0.0")).template()).isEqualTo("Hello {{ name }}!");
        assertThat(labelled.labels()).containsEntry("production", "1.0.0");
        assertThat(dakora.prompts().get(id, Selector.label("production")).version()).isEqualTo("1.0.0");
        assertThat(dakora.prompts().get(id, Selector.label("latest")).version()).isEqualTo("1.1.0");
        List<VersionInfo> versions = dakora.prompts().versions(id);
        assertThat(versions).extracting(VersionInfo::version).containsExactly("1.1.0", "1.0.0");
        assertThat(versions.getFirst().labels()).contains("latest");
        assertThat(versions.get(1).labels()).contains("production");
        assertThat(versions.getFirst().contentHash()).hasSize(64);
        Page<VersionInfo> page = dakora.prompts().versionPage(id);
        assertThat(page.items()).isEqualTo(versions);
        assertThat(page.nextCursor()).isNull();
        assertThat(dakora.prompts().render(id, Selector.label("production"), Map.of("name", "Bo")).rendered())
                .isEqualTo("Hello Bo!");
        RenderResult rendered = dakora.prompts().render(id, Map.of("name", "Ada", "unused", 1));
        assertThat(rendered.rendered()).isEqualTo("Hi Ada!");
        assertThat(rendered.inputsUsed()).isEqualTo(Map.of("name", "Ada"));

        dakora.prompts().delete(id);
        assertThat(dakora.prompts().list()).doesNotContain(id);
        assertThatThrownBy(() -> dakora.prompts().get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_coerce_inputs_and_apply_defaults_when_rendering() {
        // given
        String id = uniqueId("coerce");
        dakora.prompts().create(Template.of(id, "{{ topics | join(', ') }} loud={{ loud }} n={{ n }}")
                .withInput("topics", InputSpec.required("array<string>"))
                .withInput("loud", InputSpec.required("boolean"))
                .withInput("n", InputSpec.optional("number", 3)));

        // when
        RenderResult rendered = dakora.prompts().render(id, Map.of("topics", "java", "loud", "yes"));

        // then
        assertThat(rendered.rendered()).isEqualTo("java loud=True n=3");
        assertThat(rendered.inputsUsed()).containsEntry("topics", List.of("java")).containsEntry("loud", true);
    }

    @Test
    void should_render_and_get_asynchronously() throws Exception {
        // given
        String id = uniqueId("async");
        dakora.prompts().createAsync(greeting(id)).get(10, TimeUnit.SECONDS);

        // when
        RenderResult rendered = dakora.prompts().renderAsync(id, Map.of("name", "Bo")).get(10, TimeUnit.SECONDS);
        Template template = dakora.prompts().getAsync(id).get(10, TimeUnit.SECONDS);

        // then
        assertThat(rendered.rendered()).isEqualTo("Hello Bo!");
        assertThat(template.id()).isEqualTo(id);
    }

    @Test
    void should_fail_the_future_with_the_typed_exception_when_an_async_call_is_refused() {
        // given
        String id = uniqueId("async-missing");

        // when / then
        assertThatThrownBy(() -> dakora.prompts().renderAsync(id, Map.of()).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void should_answer_404_when_the_label_or_version_does_not_exist() {
        // given
        String id = uniqueId("no-label");
        dakora.prompts().create(greeting(id));

        // when / then
        assertThatThrownBy(() -> dakora.prompts().get(id, Selector.label("staging")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dakora.prompts().get(id, Selector.version("9.9.9")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dakora.prompts().setLabel(id, "staging", "9.9.9"))
                .isInstanceOf(NotFoundException.class);
    }
}
