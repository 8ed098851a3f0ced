-- Where the log sink's writers stand in each partition they read: the offset of the next record to write.
-- It is written in the same transaction as the rows of the records before it, so the database never
-- claims a row it does not hold. A writer assigned a partition resumes here, not at Kafka's committed
-- offset: rows the database lost (commits that had not reached the disk, a restore from a backup) are
-- written again from the topic.
CREATE TABLE log_sink_positions (
    consumer_group  text COLLATE "C" NOT NULL,
    topic           text COLLATE "C" NOT NULL,
    kafka_partition integer     NOT NULL,
    next_offset     bigint      NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (consumer_group, topic, kafka_partition)
);
