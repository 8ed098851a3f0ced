package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dakora keys revoke <id>}. */
@Command(name = "revoke", description = "Revoke an API key: it stops working at once.")
final class KeysRevokeCommand extends ServerCommand {

    @Parameters(paramLabel = "KEY_ID", description = "The key's id (from dakora keys list).")
    String keyId;

    KeysRevokeCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        dakora().keys().delete(keyId);
        out().println("Revoked " + keyId);
    }
}
