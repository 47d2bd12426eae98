package vn.laichau.par.persistence.telegram;

import java.time.Instant;

/** A freshly issued link code, shown once to the official, and when it stops working. */
public record IssuedLinkCode(String code, Instant expiresAt) {

    /** The deep link that opens the bot with the code, e.g. {@code https://t.me/par_laichau_bot?start=…}. */
    public String deepLink(String botUsername) {
        return "https://t.me/" + botUsername + "?start=" + code;
    }

    @Override
    public String toString() {
        return "IssuedLinkCode[code=***, expiresAt=" + expiresAt + "]";
    }
}
