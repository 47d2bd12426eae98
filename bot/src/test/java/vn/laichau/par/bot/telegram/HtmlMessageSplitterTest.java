package vn.laichau.par.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlMessageSplitterTest {

    private final HtmlMessageSplitter splitter = new HtmlMessageSplitter(HtmlMessageSplitter.MESSAGE_LIMIT, 10);

    @Test
    void aTextThatFitsIsReturnedUnchanged() {
        String html = "<b>Nhiệm vụ</b> &amp; hạn";

        assertThat(splitter.split(html)).containsExactly(html);
    }

    @Test
    void tagsDoNotCountAndEntitiesCountAsOneCharacter() {
        assertThat(HtmlMessageSplitter.visibleLength("<b>ab</b>&amp;<a href=\"https://x.vn\">c</a>")).isEqualTo(4);
        assertThat(HtmlMessageSplitter.visibleLength("😀")).isEqualTo(2);
    }

    @Test
    void exactlyTheLimitStaysOneMessage() {
        String html = "x".repeat(4096);

        assertThat(splitter.split(html)).containsExactly(html);
    }

    @Test
    void aLongTextIsCutAtLineBreaksIntoPartsThatFitAndLoseNothing() {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            html.append("Dòng ").append(i).append(": nhiệm vụ cải cách hành chính\n");
        }

        List<String> parts = splitter.split(html.toString());

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(part -> {
            assertThat(HtmlMessageSplitter.visibleLength(part)).isLessThanOrEqualTo(4096);
            assertThat(part).endsWith("\n");
        });
        assertThat(String.join("", parts)).isEqualTo(html.toString());
    }

    @Test
    void aBlankLineIsPreferredOverALineBreak() {
        String first = "a".repeat(2500) + "\n\n" + "b".repeat(1000);
        String html = first + "\n" + "c".repeat(1000);

        List<String> parts = splitter.split(html);

        assertThat(parts.get(0)).isEqualTo("a".repeat(2500) + "\n\n");
    }

    @Test
    void aLineLongerThanTheLimitIsCutAtASpace() {
        String html = "từ ".repeat(3000);

        List<String> parts = splitter.split(html);

        assertThat(parts).allSatisfy(part -> assertThat(part).endsWith(" "));
        assertThat(String.join("", parts)).isEqualTo(html);
    }

    @Test
    void textWithoutSpacesIsCutHardButNeverInsideAnEntityOrASurrogatePair() {
        String html = "&amp;😀".repeat(2000);

        List<String> parts = splitter.split(html);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.replace("&amp;", "").replace("😀", "")).isEmpty();
            assertThat(HtmlMessageSplitter.visibleLength(part)).isLessThanOrEqualTo(4096);
        });
        assertThat(String.join("", parts)).isEqualTo(html);
    }

    @Test
    void tagsOpenAtACutAreClosedAndOpenedAgain() {
        String html = "<b>Đậm <i>" + "nghiêng ".repeat(700) + "</i></b> hết";

        List<String> parts = splitter.split(html);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).startsWith("<b>Đậm <i>").endsWith("</i></b>");
        assertThat(parts.get(1)).startsWith("<b><i>").endsWith("</i></b> hết");
    }

    @Test
    void aLinkIsReopenedWithItsAddress() {
        String html = "<a href=\"https://par.laichau.gov.vn\">" + "liên kết ".repeat(600) + "</a>";

        List<String> parts = splitter.split(html);

        assertThat(parts).allSatisfy(part ->
                assertThat(part).startsWith("<a href=\"https://par.laichau.gov.vn\">").endsWith("</a>"));
    }

    @Test
    void beyondTheMostPartsTheTextIsShortenedAndSaysSo() {
        HtmlMessageSplitter twoParts = new HtmlMessageSplitter(HtmlMessageSplitter.MESSAGE_LIMIT, 2);
        String html = "Nội dung báo cáo.\n".repeat(2000);

        List<String> parts = twoParts.split(html);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(1)).endsWith(HtmlMessageSplitter.SHORTENED_NOTICE);
        assertThat(parts).allSatisfy(part ->
                assertThat(HtmlMessageSplitter.visibleLength(part)).isLessThanOrEqualTo(4096));
    }

    @Test
    void aCaptionIsCutToItsOwnLimit() {
        HtmlMessageSplitter captions = new HtmlMessageSplitter(HtmlMessageSplitter.CAPTION_LIMIT, 1);

        List<String> parts = captions.split("chú thích ".repeat(300));

        assertThat(parts).singleElement()
                .satisfies(part -> assertThat(HtmlMessageSplitter.visibleLength(part)).isLessThanOrEqualTo(1024));
    }
}
