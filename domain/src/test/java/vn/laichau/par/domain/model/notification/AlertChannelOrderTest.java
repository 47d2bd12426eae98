package vn.laichau.par.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.notification.AlertChannelOrder.Name;

class AlertChannelOrderTest {

    @Test
    void theDefaultIsZaloTelegramEmailThenTheFeed() {
        assertThat(AlertChannelOrder.DEFAULT.channels()).containsExactly(Name.ZALO, Name.TELEGRAM, Name.EMAIL);
        assertThat(AlertChannelOrder.DEFAULT.shown()).isEqualTo("Zalo → Telegram → e-mail → trong ứng dụng");
    }

    @Test
    void anOrderIsReadInAnyCaseAndSeparatorAndStoredAsNames() {
        AlertChannelOrder order = AlertChannelOrder.parse(" Telegram > zalo, THU ").orElseThrow();
        assertThat(order.channels()).containsExactly(Name.TELEGRAM, Name.ZALO, Name.EMAIL);
        assertThat(order.stored()).isEqualTo("TELEGRAM,ZALO,EMAIL");
        assertThat(AlertChannelOrder.parse(order.stored())).contains(order);
    }

    @Test
    void unknownOrRepeatedChannelsAreRefused() {
        for (String wrong : List.of("", "  ", "zalo zalo", "zalo sms", "facebook", "x".repeat(201))) {
            assertThat(AlertChannelOrder.parse(wrong)).as(wrong).isEmpty();
        }
        assertThat(AlertChannelOrder.parse(null)).isEmpty();
    }
}
