package dev.dakora.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into {@code dakora-cli.properties}. */
final class CliVersion implements CommandLine.IVersionProvider {

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = CliVersion.class.getResourceAsStream("/dakora-cli.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dakora " + version()};
    }
}
