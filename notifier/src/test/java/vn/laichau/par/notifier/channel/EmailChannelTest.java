package vn.laichau.par.notifier.channel;

import vn.laichau.par.notifier.SendOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.laichau.par.notifier.RenderedMessage;

class EmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final RenderedMessage MESSAGE = new RenderedMessage("Nhắc hạn: 2 nhiệm vụ sắp đến hạn",
            "• I.3 — Kiểm tra công tác CCHC (hạn 16/10/2025, còn 3 ngày làm việc)", "<b>I.3</b>");

    @Test
    void sendsTheSubjectAndPlainTextInUtf8() throws Exception {
        EmailChannel channel = new EmailChannel(Optional.of(EmailSettings.of("127.0.0.1", MAIL.getSmtp().getPort(),
                "cchc@laichau.gov.vn")));

        SendOutcome outcome = channel.send("lan@laichau.gov.vn", MESSAGE);

        assertThat(outcome).isInstanceOf(SendOutcome.Delivered.class);
        assertThat(((SendOutcome.Delivered) outcome).providerMessageId()).isNotBlank();
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Nhắc hạn: 2 nhiệm vụ sắp đến hạn");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("cchc@laichau.gov.vn");
        assertThat(((String) mail.getContent()).strip()).isEqualTo(MESSAGE.plainText());
    }

    @Test
    void anUnreachableServerIsTransientAndAnInvalidAddressPermanent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        EmailChannel channel = new EmailChannel(Optional.of(EmailSettings.of("127.0.0.1", closedPort,
                "cchc@laichau.gov.vn")));

        assertThat(channel.send("lan@laichau.gov.vn", MESSAGE)).isInstanceOf(SendOutcome.Transient.class);
        assertThat(channel.send("không phải địa chỉ", MESSAGE))
                .isEqualTo(SendOutcome.permanentFailure(((SendOutcome.Permanent) channel.send("không phải địa chỉ",
                        MESSAGE)).reason(), true));
    }

    @Test
    void withoutAnSmtpHostTheChannelIsOff() {
        assertThat(new EmailChannel(Optional.empty()).isEnabled()).isFalse();
    }
}
