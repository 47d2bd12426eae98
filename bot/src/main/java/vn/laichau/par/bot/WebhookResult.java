package vn.laichau.par.bot;

/** What became of one webhook call, with the HTTP status to answer Telegram with. */
public enum WebhookResult {
    /** The update was handled. */
    ACCEPTED(200),
    /** The handler failed; answered with success anyway so that Telegram does not resend it again and again. */
    HANDLER_FAILED(200),
    /** The update id was received before (by this or another instance): not handled again, answered as success. */
    DUPLICATE(200),
    /** The secret header was missing or wrong: the call did not come from Telegram. */
    REJECTED_SECRET(401),
    /** The body was not an update. */
    MALFORMED_UPDATE(400);

    private final int httpStatus;

    WebhookResult(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
