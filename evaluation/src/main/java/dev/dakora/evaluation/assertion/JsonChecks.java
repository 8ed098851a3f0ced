package dev.dakora.evaluation.assertion;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** The checks that read the output as JSON; the output is parsed once per evaluation. */
final class JsonChecks {

    private static final int MAX_LISTED_ERRORS = 3;

    private JsonChecks() {
    }

    static Check isJson(int index, IsJson spec) {
        return out -> out.json() != null ? Check.pass(index, spec, "the output is JSON")
                : Check.fail(index, spec, out.jsonProblem());
    }

    static Check schema(int index, JsonSchemaMatch spec) {
        Schema schema = JsonSchemas.compile(spec.value());
        return out -> {
            JsonNode node = out.json();
            if (node == null) {
                return Check.fail(index, spec, out.jsonProblem());
            }
            List<Error> errors;
            try {
                errors = schema.validate(node);
            } catch (RuntimeException e) {
                return Check.fail(index, spec, "the schema could not be applied: " + e.getMessage());
            }
            if (errors.isEmpty()) {
                return Check.pass(index, spec, "the output matches the schema");
            }
            StringBuilder reason = new StringBuilder("the output does not match the schema: ");
            for (int i = 0; i < Math.min(errors.size(), MAX_LISTED_ERRORS); i++) {
                reason.append(i == 0 ? "" : "; ").append(errors.get(i).toString());
            }
            if (errors.size() > MAX_LISTED_ERRORS) {
                reason.append("; and ").append(errors.size() - MAX_LISTED_ERRORS).append(" more");
            }
            return Check.fail(index, spec, reason.toString());
        };
    }

    static Check path(int index, JsonPathEquals spec) {
        JsonPath path = JsonPathEquals.compile(spec.path());
        return out -> {
            if (out.json() == null) {
                return Check.fail(index, spec, out.jsonProblem());
            }
            Object found;
            try {
                found = path.read(out.plain());
            } catch (JsonPathException e) {
                return Check.fail(index, spec, "nothing at " + spec.path() + ": " + e.getMessage());
            }
            return JsonValues.same(found, spec.value())
                    ? Check.pass(index, spec, spec.path() + " equals the expected value")
                    : Check.fail(index, spec, spec.path() + " is " + Texts.quote(String.valueOf(found), 80)
                            + ", expected " + Texts.quote(String.valueOf(spec.value()), 80));
        };
    }
}
