package dev.dakora.llm.lane;

/**
 * A provider batch as last polled.
 *
 * @param status   the provider's own status word ({@code in_progress}, {@code ended}, {@code expired}, ...)
 * @param ended    no more results will come
 * @param missing  the reason given to requests without a result once ended ({@code null}: none expected)
 * @param resultRef where the results are: an output file id or a results URL ({@code null}: none)
 * @param errorRef OpenAI's error file id ({@code null}: none)
 */
public record BatchState(String id, String status, boolean ended, String missing, String resultRef, String errorRef) {
}
