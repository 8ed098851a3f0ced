package dev.dakora.registry;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.InvalidSpecException;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.common.template.TemplateYaml;
import dev.dakora.registry.local.LocalTemplateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The example templates shipped in the repository's {@code prompts/} directory. */
class ExamplePromptsTest {

    private static final Path PROMPTS = Path.of("..", "prompts");

    @TempDir
    Path copy;

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(PROMPTS)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void should_load_every_example_with_id_matching_its_file_name() throws IOException {
        // given
        List<Path> files = files();

        // when / then
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            TemplateSpec spec = TemplateYaml.load(Files.readString(file));
            assertThat(spec.id() + ".yaml").as(file.toString()).isEqualTo(file.getFileName().toString());
            assertThat(TemplateYaml.load(TemplateYaml.dump(spec))).as(file.toString()).isEqualTo(spec);
        }
    }

    @Test
    void should_cover_every_input_type_and_null_defaults_when_taken_together() throws IOException {
        // given
        Set<InputType> types = EnumSet.noneOf(InputType.class);
        boolean optionalWithoutDefault = false;

        // when
        for (Path file : files()) {
            for (InputSpec input : TemplateYaml.load(Files.readString(file)).inputs().values()) {
                types.add(input.type());
                optionalWithoutDefault |= !input.required() && input.defaultValue() == null;
            }
        }

        // then
        assertThat(types).containsExactlyInAnyOrder(InputType.values());
        assertThat(optionalWithoutDefault).isTrue();
    }

    @Test
    void should_list_every_example_when_directory_is_opened_as_registry() throws IOException {
        // given
        for (Path file : files()) {
            Files.copy(file, copy.resolve(file.getFileName()));
        }

        // when
        try (LocalTemplateRegistry registry = new LocalTemplateRegistry(copy, false)) {
            // then
            assertThat(registry.list()).containsExactly("code_review", "greeting", "meeting_summary", "release_notes", "support_reply");
            assertThat(registry.problems()).isEmpty();
            assertThat(registry.get("support_reply").map(TemplateSpec::version)).contains("2.0");
        }
    }

    @Test
    void should_refuse_example_when_a_field_is_damaged() throws IOException {
        // given
        String greeting = Files.readString(PROMPTS.resolve("greeting.yaml"));
        String damaged = greeting.replace("type: string", "type: text");

        // when / then
        assertThatThrownBy(() -> TemplateYaml.load(damaged))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("inputs.name.type").hasMessageContaining("unknown type 'text'");
    }
}
