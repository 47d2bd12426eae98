package vn.laichau.par.notifier.channel;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Outgoing mail: the SMTP server, the optional login and the sender address ({@code PAR_SMTP_HOST},
 * {@code PAR_SMTP_PORT}, {@code PAR_SMTP_USER}, {@code PAR_SMTP_PASSWORD}, {@code PAR_SMTP_FROM}).
 */
public record EmailSettings(String host, int port, Optional<String> user, Optional<String> password, String from,
                            boolean startTls, Duration timeout) {

    public EmailSettings {
        Objects.requireNonNull(host, "host");
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException("SMTP port out of range: " + port);
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(timeout, "timeout");
    }

    public static EmailSettings of(String host, int port, String from) {
        return new EmailSettings(host, port, Optional.empty(), Optional.empty(), from, false, Duration.ofSeconds(20));
    }
}
