package vn.laichau.par.notifier.channel;

import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.AlertChannel;
import jakarta.mail.Address;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.DeliveryChannel;

/**
 * E-mail over SMTP with Jakarta Mail: the subject line and the plain text, UTF-8. Disabled when no SMTP host is
 * configured. An address the server refuses is permanent; a server that cannot be reached is transient.
 */
public class EmailChannel implements AlertChannel {

    private final Optional<EmailSettings> settings;
    private final Session session;

    public EmailChannel(Optional<EmailSettings> settings) {
        this.settings = settings;
        this.session = settings.map(EmailChannel::session).orElse(null);
    }

    private static Session session(EmailSettings settings) {
        Properties properties = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        Authenticator authenticator = settings.user().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
            }
        };
        return Session.getInstance(properties, authenticator);
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public boolean isEnabled() {
        return settings.isPresent();
    }

    @Override
    public SendOutcome send(String address, RenderedMessage message) {
        if (session == null) {
            return SendOutcome.permanentFailure("e-mail is not configured", false);
        }
        InternetAddress to;
        try {
            to = new InternetAddress(address, true);
        } catch (AddressException e) {
            return SendOutcome.permanentFailure("invalid e-mail address " + address + ": " + e.getMessage(), true);
        }
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(settings.get().from(), true));
            mail.setRecipient(Message.RecipientType.TO, to);
            mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mail.setText(message.plainText(), StandardCharsets.UTF_8.name());
            mail.saveChanges();
            String id = mail.getMessageID();
            Transport.send(mail);
            return SendOutcome.delivered(id);
        } catch (SendFailedException e) {
            Address[] invalid = e.getInvalidAddresses();
            if (invalid != null && invalid.length > 0) {
                return SendOutcome.permanentFailure("mailbox refused: " + e.getMessage(), true);
            }
            return SendOutcome.transientFailure(Duration.ZERO, "SMTP: " + e.getMessage());
        } catch (MessagingException e) {
            return SendOutcome.transientFailure(Duration.ZERO, "SMTP: " + e.getMessage());
        }
    }
}
