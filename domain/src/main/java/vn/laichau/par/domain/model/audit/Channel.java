package vn.laichau.par.domain.model.audit;

/** Where a change came from. */
public enum Channel {
    API,
    BOT,
    IMPORT,
    SYSTEM
}
