package vn.laichau.par.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.laichau.par.bot.gateway.InlineButton;

class PlainTextRepliesTest {

    @Test
    void telegramHtmlBecomesPlainTextWithLinksKept() {
        assertThat(PlainTextReplies.plain("<b>Nhắc</b> &lt;mã&gt; &amp; <code>/nv I.1</code> "
                + "<a href=\"https://cchc.laichau.gov.vn\">cổng</a> &#7855;"))
                .isEqualTo("Nhắc <mã> & /nv I.1 cổng (https://cchc.laichau.gov.vn) ắ");
    }

    @Test
    void buttonsBecomeTypedCommandsThatReadBackAsTheirData() {
        String text = PlainTextReplies.of("Chọn:", List.of(List.of(new InlineButton("✅ Xong", "x:123:7")),
                List.of(new InlineButton("50 %", "pc:123:50:7"))));
        assertThat(text).isEqualTo("Chọn:\n\nGõ lệnh để chọn:\n• ✅ Xong: /chon x-123-7\n• 50 %: /chon pc-123-50-7");
        assertThat(PlainTextReplies.choice("/chon pc-123-50-7")).contains("pc:123:50:7");
        assertThat(PlainTextReplies.choice(" /CHON X-123-7 ")).contains("x:123:7");
        assertThat(PlainTextReplies.choice("/chon")).isEmpty();
        assertThat(PlainTextReplies.choice("/chon x-1; DROP")).isEmpty();
        assertThat(PlainTextReplies.choice("/viec")).isEmpty();
    }
}
