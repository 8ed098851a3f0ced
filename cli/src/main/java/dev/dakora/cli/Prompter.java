package dev.dakora.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Questions to the user: on the console when there is one, else one line of standard input. */
final class Prompter {

    private final CliContext context;
    private final PrintWriter out;

    Prompter(CliContext context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    /** True only for an answer starting with y or Y. */
    boolean confirm(String question) {
        String answer = context.console().map(console -> console.readLine("%s [y/N] ", question))
                .orElseGet(() -> {
                    out.print(question + " [y/N] ");
                    out.flush();
                    return stdinLine();
                });
        return answer != null && answer.strip().toLowerCase().startsWith("y");
    }

    /** A secret, not echoed on a console. */
    String secret(String question) {
        String answer = context.console().map(console -> {
            char[] chars = console.readPassword("%s", question);
            return chars == null ? null : new String(chars);
        }).orElseGet(() -> {
            out.print(question);
            out.flush();
            return stdinLine();
        });
        return answer == null ? "" : answer.strip();
    }

    private String stdinLine() {
        try {
            return new BufferedReader(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
