package dev.dakora.sink.domain;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored form of a job's calls: a JSON array of entries, each carrying its call id, not an object
 * keyed by call id. Call ids are unique per job, and a parser that canonicalizes property names copies
 * its symbol table for every name it has not seen: stored as names, the ids made that copying the
 * largest allocation of the whole pipeline. The object form written before is still read.
 */
final class CallsJson {

    private CallsJson() {
    }

    record Entry(String callId, CallStatus status, ModelResult result) {
    }

    static final class Writer extends ValueSerializer<Map<String, CallOutcome>> {
        @Override
        public void serialize(Map<String, CallOutcome> calls, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartArray(calls, calls.size());
            calls.forEach((id, outcome) -> ctxt.writeValue(gen, new Entry(id, outcome.status(), outcome.result())));
            gen.writeEndArray();
        }
    }

    static final class Reader extends ValueDeserializer<Map<String, CallOutcome>> {
        @Override
        public Map<String, CallOutcome> deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                JavaType keyed = ctxt.getTypeFactory()
                        .constructMapType(LinkedHashMap.class, String.class, CallOutcome.class);
                return ctxt.readValue(p, keyed);
            }
            Entry[] entries = ctxt.readValue(p, Entry[].class);
            Map<String, CallOutcome> calls = new LinkedHashMap<>();
            for (Entry entry : entries) {
                calls.put(entry.callId(), new CallOutcome(entry.status(), entry.result()));
            }
            return calls;
        }
    }
}
