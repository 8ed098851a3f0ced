package dev.dakora.evaluation.assertion;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a judge model's answer into a score in [0, 1]. Accepted, in this order: a JSON object (alone or
 * inside other text, e.g. a fenced block) with {@code score} (0..1, or over {@code max}) or {@code pass}
 * (boolean) and an optional {@code reason}; {@code Score: 0.8} or {@code Score: 4/5} anywhere in the
 * text; a bare number or fraction; an answer that starts with PASS, FAIL, YES or NO. Anything else, and
 * any score outside [0, 1], is refused with a message that quotes the answer.
 */
public final class JudgeAnswer {

    public static final int MAX_READ_CHARS = 64 * 1024;

    private static final String NUMBER = "(-?\\d{1,9}(?:\\.\\d{1,9})?)";
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)\\bscore\\b[^\\d\\n-]{0,20}" + NUMBER + "(?:[ \\t]*(?:/|out of)[ \\t]*" + NUMBER + ")?");
    private static final Pattern BARE = Pattern.compile(NUMBER + "(?:[ \\t]*/[ \\t]*" + NUMBER + ")?[.!]?");
    private static final Pattern VERDICT_WORD = Pattern.compile(
            "(?i)^\\W{0,3}(pass|fail|yes|no)(?:\\W{0,3}$|[ \\t]*[-:.,!\\n][ \\t]*(.*))", Pattern.DOTALL);

    private JudgeAnswer() {
    }

    /** The verdict in {@code answer}; a failed verdict, never an exception, when it holds no score. */
    public static JudgeVerdict read(String answer, BigDecimal costUsd) {
        try {
            JudgeVerdict parsed = parse(answer);
            return JudgeVerdict.scored(parsed.score(), parsed.reason(), costUsd);
        } catch (IllegalArgumentException e) {
            return JudgeVerdict.failed(e.getMessage(), costUsd);
        }
    }

    /**
     * @throws IllegalArgumentException naming what was expected and quoting the answer
     */
    public static JudgeVerdict parse(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("the judge's answer is empty");
        }
        String text = (answer.length() > MAX_READ_CHARS ? answer.substring(0, MAX_READ_CHARS) : answer).strip();
        JudgeVerdict fromJson = fromJson(text);
        if (fromJson != null) {
            return fromJson;
        }
        Matcher labelled = LABELLED.matcher(text);
        if (labelled.find()) {
            return verdict(labelled.group(1), labelled.group(2), null);
        }
        Matcher bare = BARE.matcher(text);
        if (bare.matches()) {
            return verdict(bare.group(1), bare.group(2), null);
        }
        Matcher word = VERDICT_WORD.matcher(text);
        if (word.matches()) {
            String said = word.group(1).toLowerCase(Locale.ROOT);
            String reason = word.group(2) == null ? "" : word.group(2).strip();
            return JudgeVerdict.scored(said.equals("pass") || said.equals("yes") ? 1.0 : 0.0,
                    reason.isEmpty() ? null : reason, null);
        }
        throw new IllegalArgumentException("the judge's answer holds no score (expected JSON {\"score\": 0..1, \"reason\": ...},"
                + " 'Score: x/y' or PASS/FAIL): " + Texts.quote(text, 200));
    }

    private static JudgeVerdict fromJson(String text) {
        int open = text.indexOf('{');
        int close = text.lastIndexOf('}');
        if (open < 0 || close < open) {
            return null;
        }
        JsonNode node;
        try {
            node = OutputJson.MAPPER.readTree(text.substring(open, close + 1));
        } catch (JacksonException e) {
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        String reason = node.path("reason").isString() ? node.path("reason").asString() : null;
        JsonNode score = node.get("score");
        if (score != null && score.isNumber()) {
            JsonNode max = node.get("max");
            return verdict(score.asString(), max != null && max.isNumber() ? max.asString() : null, reason);
        }
        JsonNode pass = node.get("pass");
        if (pass != null && pass.isBoolean()) {
            return JudgeVerdict.scored(pass.asBoolean() ? 1.0 : 0.0, reason, null);
        }
        throw new IllegalArgumentException("the judge's JSON answer has no numeric score and no boolean pass: "
                + Texts.quote(text, 200));
    }

    private static JudgeVerdict verdict(String number, String outOf, String reason) {
        double score = Double.parseDouble(number);
        if (outOf != null) {
            double max = Double.parseDouble(outOf);
            if (max <= 0 || score > max) {
                throw new IllegalArgumentException("the judge's score " + number + "/" + outOf + " is not a fraction from 0 to 1");
            }
            score = score / max;
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("the judge's score " + number + " is outside 0..1 (give it as x/max)");
        }
        return JudgeVerdict.scored(score, reason, null);
    }
}
