package dev.dakora.client;

import java.util.List;
import java.util.Map;

/** A comparison of one template's rendering across models; unset sampling parameters are not sent. */
public record CompareRequest(List<String> models, Map<String, Object> inputs, Double temperature, Integer maxTokens,
                             Double topP, Map<String, Object> params) {

    public static CompareRequest of(List<String> models, Map<String, Object> inputs) {
        return new CompareRequest(List.copyOf(models), inputs, null, null, null, null);
    }

    public CompareRequest withTemperature(double value) {
        return new CompareRequest(models, inputs, value, maxTokens, topP, params);
    }

    public CompareRequest withMaxTokens(int value) {
        return new CompareRequest(models, inputs, temperature, value, topP, params);
    }

    public CompareRequest withTopP(double value) {
        return new CompareRequest(models, inputs, temperature, maxTokens, value, params);
    }

    public CompareRequest withParams(Map<String, Object> value) {
        return new CompareRequest(models, inputs, temperature, maxTokens, topP, value);
    }
}
