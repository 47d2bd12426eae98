package vn.laichau.par.notifier.delivery;

/** What one run of the dispatcher did. */
public record DispatchReport(int claimed, int sent, int retried, int dead, int dropped, int deferred, int lost) {

    public static final DispatchReport NOTHING = new DispatchReport(0, 0, 0, 0, 0, 0, 0);

    public DispatchReport plus(DispatchReport other) {
        return new DispatchReport(claimed + other.claimed, sent + other.sent, retried + other.retried,
                dead + other.dead, dropped + other.dropped, deferred + other.deferred, lost + other.lost);
    }
}
