package dev.dakora.fault;

/**
 * How many provider requests a batch may have cost for the attempts its execution log records: a ratio
 * where nothing was killed that had calls in flight, or the logged attempts plus the requests a kill can
 * make the next owner send again ({@link WorkerSettings#allowance}).
 */
record RequestBound(double ratio, WorkerSettings.ResendAllowance allowance) {

    /** No LLM worker killed: the requests stay within {@code ratio} x the logged attempts. */
    static RequestBound ratio(double ratio) {
        return new RequestBound(ratio, null);
    }

    /** LLM workers killed: the logged attempts plus what they had in flight. */
    static RequestBound resend(WorkerSettings.ResendAllowance allowance) {
        return new RequestBound(0, allowance);
    }

    long limit(long attempts) {
        return allowance == null ? (long) Math.floor(ratio * attempts) : attempts + allowance.total();
    }

    @Override
    public String toString() {
        return allowance == null ? ratio + " x the logged attempts" : "the logged attempts + " + allowance;
    }
}
