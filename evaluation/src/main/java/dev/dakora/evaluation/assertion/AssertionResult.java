package dev.dakora.evaluation.assertion;

/**
 * How one assertion judged one output.
 *
 * @param index  the assertion's position in its list
 * @param score  in [0, 1]: 1 or 0 for yes/no checks, the measured similarity or the judge's score otherwise
 * @param reason why it passed or failed, for people
 */
public record AssertionResult(int index, String type, boolean pass, double score, double weight, String reason) {

    public AssertionResult {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be a number from 0 to 1");
        }
    }
}
