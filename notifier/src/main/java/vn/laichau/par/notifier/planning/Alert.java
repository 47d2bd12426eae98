package vn.laichau.par.notifier.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.recipient.Recipient;

/**
 * One message to write to the outbox: to whom, what, and the earliest moment it may be sent.
 *
 * @param notBefore the earliest sending time (UTC); held messages carry the next working morning
 */
public record Alert(AlertKey key, Recipient recipient, Instant notBefore, AlertContent content) {

    public Alert {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(content, "content");
        if (key.recipientId() != recipient.personId()) {
            throw new IllegalArgumentException("the key names person " + key.recipientId()
                    + " but the recipient is " + recipient.personId());
        }
    }

    public AlertKind kind() {
        return key.kind();
    }

    public LocalDate day() {
        return key.day();
    }
}
