package dev.dakora.cli;

import dev.dakora.client.Selector;
import picocli.CommandLine.Option;

/** {@code --version} or {@code --label}: which version of a template; the current one when neither is given. */
final class VersionSelector {

    @Option(names = "--version", paramLabel = "VERSION", description = "A version of the template, e.g. 1.2.0.")
    String version;

    @Option(names = "--label", paramLabel = "LABEL", description = "A label of the template, e.g. production.")
    String label;

    Selector selector() {
        if (version != null) {
            return Selector.version(version);
        }
        return label == null ? Selector.CURRENT : Selector.label(label);
    }
}
