package dev.dakora.cli;

import picocli.CommandLine.Command;

/** {@code dakora keys create|list|revoke}: API keys (these need the admin key). */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage API keys (needs the admin key, DAKORA_ADMIN_KEY).",
        subcommands = {KeysCreateCommand.class, KeysListCommand.class, KeysRevokeCommand.class})
final class KeysCommand extends CommandGroup {
}
