package vn.laichau.par.notifier.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

    @Test
    void escapesTheThreeCharactersTelegramParses() {
        assertThat(TelegramHtml.INSTANCE.text("a < b && c > d \"e\" 'f'")).isEqualTo("a &lt; b &amp;&amp; c &gt; d \"e\" 'f'");
    }

    @Test
    void boldEscapesItsText() {
        assertThat(TelegramHtml.INSTANCE.bold("<Sở & Ngành>")).isEqualTo("<b>&lt;Sở &amp; Ngành&gt;</b>");
    }

    @Test
    void limitIsTelegramsMessageLengthAndCannotBeAbsurd() {
        assertThat(TelegramHtml.INSTANCE.limit()).isEqualTo(4096);
        assertThatIllegalArgumentException().isThrownBy(() -> new TelegramHtml(50));
    }
}
