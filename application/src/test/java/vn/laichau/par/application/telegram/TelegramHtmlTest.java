package vn.laichau.par.application.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

    @Test
    void anglesAndAmpersandsAreEscaped() {
        assertThat(TelegramHtml.escape("a < b && c > d")).isEqualTo("a &lt; b &amp;&amp; c &gt; d");
    }

    @Test
    void anEntityTypedByAUserShowsAsTyped() {
        assertThat(TelegramHtml.escape("&lt;b&gt;")).isEqualTo("&amp;lt;b&amp;gt;");
    }

    @Test
    void vietnameseTextAndQuotesAreLeftAlone() {
        assertThat(TelegramHtml.escape("Sở Nội vụ \"tỉnh Lai Châu\" 'QĐ'")).isEqualTo("Sở Nội vụ \"tỉnh Lai Châu\" 'QĐ'");
    }

    @Test
    void nothingBecomesEmpty() {
        assertThat(TelegramHtml.escape(null)).isEmpty();
        assertThat(TelegramHtml.escape("")).isEmpty();
    }
}
