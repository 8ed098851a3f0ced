package dev.dakora.render.messaging;

import org.apache.kafka.common.TopicPartition;

/**
 * What a worker was about to render on one partition: the record at {@code offset} and the ones after
 * it. {@code attempts} is how many workers started on exactly that record and died before committing
 * past it; 0 marks the start of a poll batch, which names no single record.
 */
record AttemptMarker(long offset, int attempts) {

    AttemptMarker {
        if (offset < 0 || attempts < 0) {
            throw new IllegalArgumentException("an attempt marker needs a non-negative offset and count");
        }
    }

    static String key(TopicPartition partition) {
        return partition.topic() + "-" + partition.partition();
    }

    String encode() {
        return offset + ":" + attempts;
    }

    /** @throws IllegalArgumentException when {@code text} is not a marker's encoding */
    static AttemptMarker decode(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not an attempt marker: " + text);
        }
        try {
            return new AttemptMarker(Long.parseLong(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an attempt marker: " + text, e);
        }
    }
}
