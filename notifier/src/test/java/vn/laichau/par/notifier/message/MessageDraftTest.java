package vn.laichau.par.notifier.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageDraftTest {

    private static MessageDraft draftWith(int entries) {
        return new MessageDraft("việc")
                .header(Line.bold("Tiêu đề"))
                .section(Line.bold("Nhóm"), IntStream.range(0, entries)
                        .mapToObj(i -> List.of(Line.of("• mục " + i))).toList())
                .footer(Line.of("Chân"));
    }

    @Test
    void messageThatFitsIsWrittenWhole() {
        assertThat(draftWith(2).writtenIn(new TelegramHtml(200)))
                .isEqualTo("<b>Tiêu đề</b>\n\n<b>Nhóm</b>\n• mục 0\n• mục 1\n\nChân");
    }

    @Test
    void cutKeepsHeaderAndFooterAndNamesHowManyEntriesAreLeftOut() {
        String written = draftWith(100).writtenIn(new TelegramHtml(200));

        assertThat(written.length()).isLessThanOrEqualTo(200);
        int shown = written.split("• mục", -1).length - 1;
        assertThat(written).startsWith("<b>Tiêu đề</b>\n\n<b>Nhóm</b>\n• mục 0\n")
                .endsWith("• mục " + (shown - 1) + "\n… và " + (100 - shown) + " việc khác\n\nChân");
        assertThat(shown).isGreaterThan(5);
    }

    @Test
    void cutMessageUsesTheRoomItHas() {
        for (int limit = 200; limit < 400; limit++) {
            String written = draftWith(100).writtenIn(new TelegramHtml(limit));
            int shown = written.split("• mục", -1).length - 1;
            String oneMore = "\n• mục " + shown;
            assertThat(written.length()).isLessThanOrEqualTo(limit)
                    .isGreaterThan(limit - oneMore.length() - 2);
        }
    }
}
