package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dakora link <url>}: saves a server URL and its API key (asked without echo) to {@code .env}. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Link this directory to a Dakora server: asks for its API key (not echoed) and saves both to .env.")
final class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = "The server, e.g. https://dakora.example.com")
    String url;

    private final CliContext context;

    LinkCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "Not a URL: " + url);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new CliException(ExitCodes.USAGE, "The URL must start with http:// or https://, got " + url);
        }
        String key = new Prompter(context, spec.commandLine().getOut()).secret("API key for " + url + " (empty for none): ");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("DAKORA_URL", url);
        settings.put("DAKORA_API_KEY", key);
        DotEnv.update(context.workingDir().resolve(".env"), settings);
        spec.commandLine().getOut().println(System.lineSeparator() + "Linked to " + url + " (saved in .env"
                + (key.isEmpty() ? ", no API key" : ", with the API key") + ").");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
