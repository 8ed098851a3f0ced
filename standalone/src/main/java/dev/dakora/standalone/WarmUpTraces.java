package dev.dakora.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * What a warm-up leaves behind and its removal. The scratch template's id is written to
 * {@code warm-up.pending} in the data directory before the first request; once every warm-up job is
 * final in the log, its rows go (execution log, jobs, the gateway's submissions and their owners),
 * then the deleted template's history under the prompts directory, then the id from the file. An id
 * still in the file at the next start (a warm-up killed midway) is removed the same way then.
 */
final class WarmUpTraces {

    static final String PENDING_FILE = "warm-up.pending";
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);
    private static final String FINAL = "('completed', 'failed', 'cancelled')";
    private static final List<String> DELETES = List.of(
            "DELETE FROM submission_owners WHERE submission_id IN (SELECT job_id FROM jobs WHERE template_id = :id"
                    + " UNION SELECT job_id FROM job_submissions WHERE template_id = :id)",
            "DELETE FROM executions WHERE prompt_id = :id",
            "DELETE FROM jobs WHERE template_id = :id",
            "DELETE FROM job_submissions WHERE template_id = :id");

    private final DatabaseClient db;
    private final Path pending;
    private final Path promptsDir;

    WarmUpTraces(DatabaseClient db, Path dataDir, Path promptsDir) {
        this.db = db;
        this.pending = dataDir.resolve(PENDING_FILE);
        this.promptsDir = promptsDir;
    }

    /** The ids of warm-ups not cleaned up yet, oldest first. */
    List<String> pendingIds() {
        try {
            return Files.exists(pending) ? Files.readAllLines(pending).stream().filter(id -> !id.isBlank()).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pending, e);
        }
    }

    void markPending(String id) {
        try {
            Files.writeString(pending, id + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + pending, e);
        }
    }

    /**
     * Whether every job of the template is final in the log: at least {@code sent} final jobs, and none
     * that the gateway accepted without a final row yet.
     */
    boolean settled(String id, int sent) {
        return count("SELECT count(*) AS n FROM jobs WHERE template_id = :id AND status IN " + FINAL, id) >= sent
                && count("SELECT count(*) AS n FROM job_submissions s WHERE s.template_id = :id AND NOT EXISTS"
                + " (SELECT 1 FROM jobs j WHERE j.job_id = s.job_id AND j.status IN " + FINAL + ")", id) == 0;
    }

    private long count(String sql, String id) {
        return db.sql(sql).bind("id", id).map(row -> row.get("n", Long.class)).one().blockOptional(QUERY_TIMEOUT).orElse(0L);
    }

    /** Removes the template's rows and history; its id leaves the pending file only when {@code settled}. */
    void remove(String id, boolean settled) {
        for (String delete : DELETES) {
            db.sql(delete).bind("id", id).fetch().rowsUpdated().block(QUERY_TIMEOUT);
        }
        deleteHistory(id);
        if (!settled) {
            return;
        }
        List<String> rest = pendingIds().stream().filter(other -> !other.equals(id)).toList();
        try {
            if (rest.isEmpty()) {
                Files.deleteIfExists(pending);
            } else {
                Files.write(pending, rest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update " + pending, e);
        }
    }

    /** The local registry keeps a deleted template's versions, labels and log under {@code .dakora/<id>/}. */
    private void deleteHistory(String id) {
        Path history = promptsDir.resolve(".dakora").resolve(id).normalize();
        if (!history.startsWith(promptsDir.resolve(".dakora")) || !Files.isDirectory(history)) {
            return;
        }
        try (Stream<Path> files = Files.walk(history)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + history, e);
        }
    }
}
