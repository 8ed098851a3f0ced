package dev.dakora.sink.config;

import dev.dakora.sink.persistence.SinkPositions;
import org.springframework.transaction.reactive.TransactionalOperator;

/** What every writer shares: the stored positions and the transactions that write them with the rows. */
record SinkStorage(SinkPositions positions, TransactionalOperator transactions) {
}
