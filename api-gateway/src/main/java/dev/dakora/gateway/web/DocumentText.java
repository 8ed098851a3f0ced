package dev.dakora.gateway.web;

import dev.dakora.common.value.PythonFormat;
import dev.dakora.common.value.Values;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A text field of a template document in a request body, read as {@code TemplateDocuments} reads the
 * document's files: a string, or a number in Python's spelling ({@code 1.0} is {@code "1.0"}); any other
 * JSON is a 400 naming the field.
 */
final class DocumentText extends StdDeserializer<String> {

    DocumentText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return PythonFormat.str(Values.normalize(parser.getNumberValue()));
        }
        return (String) context.handleUnexpectedToken(String.class, parser);
    }
}
