package vn.laichau.par.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every distinct "Thời gian hoàn thành" phrase of the appendix of Kế hoạch 447/KH-UBND, as published
 * (including the phrases cut in two by a page break and their OCR errors), with the rule each must become.
 * A phrase the plan does not date is expected to need a manual date; none may be guessed.
 */
class SeedAppendixPhrasesTest {

    private static final String NEEDS_PERSON = "needs a person";

    /** Phrase exactly as in the seed (page-broken cells joined with a space) → the expected rule. */
    static final Map<String, Object> SEED_PHRASES = seedPhrases();

    private static Map<String, Object> seedPhrases() {
        Map<String, Object> phrases = new LinkedHashMap<>();
        phrases.put("Trước 31/12 năm trước liền kề năm kế hoạch", new RelativeToPlanYear(MonthDay.of(12, 31), -1));
        phrases.put("Theo quy định chế độ báo cáo của Bộ Nội vụ", new ByReportingCalendar());
        phrases.put("Trước ngày 20/12 hàng năm", new YearlyDate(MonthDay.of(12, 20)));
        phrases.put("Thường xuyên", new Continuous());
        phrases.put("Theo kế hoạch của UBND tỉnh.", NEEDS_PERSON);
        phrases.put("Theo quy định của Bộ Tư pháp", NEEDS_PERSON);
        phrases.put("Theo quy dịnh của Bộ Tư pháp", NEEDS_PERSON);
        phrases.put("Theo quy định của Chính phủ", NEEDS_PERSON);
        phrases.put("Trước 20/12 hàng năm", new YearlyDate(MonthDay.of(12, 20)));
        phrases.put("Theo chế độ báo cáo", new ByReportingCalendar());
        phrases.put("Trong năm kế hoạch", new RelativeToPlanYear(MonthDay.of(12, 31), 0));
        phrases.put("Theo hướng dẫn của Bộ Nội vụ", NEEDS_PERSON);
        phrases.put("Theo hướng dẫn của Bộ Nội vụ, Bộ Tài chính", NEEDS_PERSON);
        phrases.put("Theo quy định của Bộ Nội vụ (thời gian báo cáo trước ngày 31/01 của năm sau liền kề năm thực hiện kế hoạch)",
                new RelativeToPlanYear(MonthDay.of(1, 31), 1));
        phrases.put("Hoàn thành trước ngày 30/12 năm kế hoạch", new RelativeToPlanYear(MonthDay.of(12, 30), 0));
        phrases.put("Năm 2018 và các năm tiếp theo", new FromYearOn(2018));
        phrases.put("Xong trước 30/12/2017", new FixedDate(LocalDate.of(2017, 12, 30)));
        phrases.put("Theo kế hoạch của Bộ Nội vụ và UBND tỉnh", NEEDS_PERSON);
        return phrases;
    }

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    static Stream<Arguments> everySeedPhrase() {
        return SEED_PHRASES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("everySeedPhrase")
    void everyPhraseOfTheSeedBecomesTheExpectedRuleOrAnExplicitManualDate(String phrase, Object expected) {
        DeadlineRule rule = parser.parse(phrase);

        if (NEEDS_PERSON.equals(expected)) {
            assertThat(rule).isInstanceOf(NeedsManualDate.class);
            assertThat(rule.missingInformation(DeadlineContextFixture.standard())).get().asString()
                    .contains("cần cán bộ nhập ngày");
        } else {
            assertThat(rule).isEqualTo(expected);
            assertThat(Stream.of(2017, 2018, 2019, 2020)
                    .flatMap(year -> rule.dueDates(year, DeadlineContextFixture.standard()).stream()))
                    .as("due dates over the plan period 2017-2020").isNotEmpty();
        }
    }

    @Test
    void thePhrasesCutByAPageBreakReadLikeTheWholeOnes() {
        assertThat(parser.parse("Thường xuyên")).isEqualTo(parser.parse("Thường\nxuyên"));
        assertThat(parser.parse("Theo quy dịnh của Bộ Tư pháp")).isInstanceOf(NeedsManualDate.class);
    }

    /**
     * Reads the seed itself when it is at hand ({@code -Dpar.seed=…}, or the shared folder next to the
     * repository) and checks that the table above holds every distinct phrase of the appendix, no more.
     */
    @Test
    void theTableHoldsEveryDistinctPhraseOfTheSeedAppendix() throws IOException {
        Path seed = Path.of(System.getProperty("par.seed", "../../shared/seed/000_3ff13c750e79273a.txt"));
        assumeTrue(Files.isRegularFile(seed), "seed not at hand: " + seed.toAbsolutePath());

        Set<String> phrases = deadlineColumn(Files.readAllLines(seed, StandardCharsets.UTF_8));

        assertThat(phrases).containsExactlyInAnyOrderElementsOf(SEED_PHRASES.keySet());
    }

    /**
     * The fifth column of the appendix rows, from the header line starting with "STT" on. A row that
     * follows a page break (an empty line), has no number and starts in lower case continues the row before
     * it; one that starts in upper case is a new row whose number was lost.
     */
    private static Set<String> deadlineColumn(List<String> lines) {
        int header = 0;
        while (!lines.get(header).startsWith("STT")) {
            header++;
        }
        List<String[]> rows = new ArrayList<>();
        boolean afterPageBreak = false;
        for (String line : lines.subList(header + 1, lines.size())) {
            if (line.isBlank()) {
                afterPageBreak = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (afterPageBreak && cells[0].isBlank() && startsInLowerCase(cells) && !rows.isEmpty()) {
                String[] previous = rows.get(rows.size() - 1);
                for (int i = 0; i < Math.min(previous.length, cells.length); i++) {
                    previous[i] = (previous[i].strip() + " " + cells[i].strip()).strip();
                }
            } else {
                rows.add(cells);
            }
            afterPageBreak = false;
        }
        Set<String> phrases = new LinkedHashSet<>();
        rows.stream().filter(r -> r.length > 4 && !r[4].isBlank()).forEach(r -> phrases.add(r[4].strip()));
        return phrases;
    }

    private static boolean startsInLowerCase(String[] cells) {
        return Stream.of(cells).map(String::strip).filter(c -> !c.isEmpty()).findFirst()
                .map(c -> Character.isLowerCase(c.codePointAt(0))).orElse(false);
    }
}
