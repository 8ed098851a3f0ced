package dev.dakora.gateway.web;

/** Reads a failure's causes: whether one is of a type, and the detail of a body over a size limit. */
final class TooLarge {

    private TooLarge() {
    }

    /** The limit's own message when a {@link BodyTooLargeException} is among the causes, else the general one. */
    static String detail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge.getMessage();
            }
        }
        return RequestBodyLimitFilter.DETAIL;
    }

    static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
