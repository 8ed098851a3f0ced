package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleConfigClassLoaderTest {

    @TempDir
    Path role;

    @TempDir
    Path otherRole;

    @Test
    void should_find_the_roles_own_application_yml_when_another_module_has_one_too() throws Exception {
        // given
        Files.writeString(role.resolve("application.yml"), "owner: role");
        Files.writeString(otherRole.resolve("application.yml"), "owner: other");
        Files.writeString(otherRole.resolve("shared.txt"), "shared");
        try (URLClassLoader classpath = new URLClassLoader(new URL[] {otherRole.toUri().toURL(), role.toUri().toURL()})) {
            RoleConfigClassLoader loader = new RoleConfigClassLoader(role.toUri().toURL(), classpath);

            // when
            URL config = loader.getResource("application.yml");

            // then
            assertThat(read(config)).isEqualTo("owner: role");
            assertThat(read(loader.getResource("shared.txt"))).isEqualTo("shared");
        }
    }

    @Test
    void should_find_no_configuration_when_only_another_module_has_one() throws Exception {
        // given
        Files.writeString(otherRole.resolve("application.yml"), "owner: other");
        Files.createDirectories(otherRole.resolve("config"));
        Files.writeString(otherRole.resolve("config/application-docker.properties"), "owner=other");
        try (URLClassLoader classpath = new URLClassLoader(new URL[] {otherRole.toUri().toURL()})) {
            RoleConfigClassLoader loader = new RoleConfigClassLoader(role.toUri().toURL(), classpath);

            // when / then
            assertThat(classpath.getResource("application.yml")).isNotNull();
            assertThat(loader.getResource("application.yml")).isNull();
            assertThat(loader.getResource("/application.yml")).isNull();
            assertThat(loader.getResource("config/application-docker.properties")).isNull();
        }
    }

    private static String read(URL url) throws Exception {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
