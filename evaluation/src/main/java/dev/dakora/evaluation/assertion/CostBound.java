package dev.dakora.evaluation.assertion;

import java.math.BigDecimal;
import java.util.Map;

/** The call's price is at most {@code maxUsd}; a call with no price fails it (never a silent zero). */
public record CostBound(BigDecimal maxUsd, double weight) implements AssertionSpec {

    public static final String TYPE = "cost";

    public CostBound {
        if (maxUsd == null) {
            throw new SpecFieldException("max_usd", "is required (US dollars)");
        }
        if (maxUsd.signum() < 0) {
            throw new SpecFieldException("max_usd", "must not be negative");
        }
        Specs.weight(weight);
    }

    static CostBound read(SpecFields f) {
        return new CostBound(f.decimal("max_usd"), f.weight());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = Specs.map(TYPE);
        map.put("max_usd", maxUsd);
        return Specs.withWeight(map, weight);
    }
}
