package vn.laichau.par.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlainTextSplitterTest {

    @Test
    void aShortTextIsOnePart() {
        assertThat(PlainTextSplitter.split("Các lệnh của bot: /viec", 2_000)).containsExactly("Các lệnh của bot: /viec");
    }

    @Test
    void aLongListIsCutBetweenItemsNeverInsideOne() {
        String list = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> "- Nhiệm vụ III." + i + ": Báo cáo kết quả cải cách hành chính năm 2026")
                .collect(Collectors.joining("\n"));

        List<String> parts = PlainTextSplitter.split(list, 2_000);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(2_000);
            assertThat(part).startsWith("- Nhiệm vụ III.").endsWith("năm 2026");
        });
        assertThat(String.join("\n", parts)).isEqualTo(list);
    }

    @Test
    void aLongParagraphIsCutBetweenWords() {
        String paragraph = IntStream.range(0, 900).mapToObj(i -> "chữ" + i).collect(Collectors.joining(" "));

        List<String> parts = PlainTextSplitter.split(paragraph, 2_000);

        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(2_000));
        assertThat(String.join(" ", parts)).isEqualTo(paragraph);
        assertThat(parts).allSatisfy(part -> assertThat(part).matches("chữ\\d+( chữ\\d+)*"));
    }

    @Test
    void onlyAWordLongerThanThePartIsCutInside() {
        String word = "x".repeat(4_500);
        assertThat(PlainTextSplitter.split(word, 2_000)).extracting(String::length).containsExactly(2_000, 2_000, 500);
    }
}
