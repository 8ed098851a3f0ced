package dev.dakora.evaluation.scoring;

/** What an evaluated call's id says: {@code <job id>:<model>:<sample>}. */
public final class CallIds {

    private CallIds() {
    }

    /**
     * The sample number, the last part of the call id.
     *
     * @throws IllegalArgumentException when the id does not end with a number
     */
    public static int sampleOf(String callId) {
        int colon = callId.lastIndexOf(':');
        try {
            return Integer.parseInt(callId.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("call id '" + callId + "' does not end with its sample number", e);
        }
    }
}
