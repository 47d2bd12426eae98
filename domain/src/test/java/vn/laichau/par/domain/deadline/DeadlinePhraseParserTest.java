package vn.laichau.par.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlinePhraseParserTest {

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    static Stream<Arguments> readablePhrases() {
        return Stream.of(
                Arguments.of("Xong trước 30/12/2017", new FixedDate(LocalDate.of(2017, 12, 30))),
                Arguments.of("Hoàn thành trước ngày 15/6/2018", new FixedDate(LocalDate.of(2018, 6, 15))),
                Arguments.of("Chậm nhất ngày 01.03.2019", new FixedDate(LocalDate.of(2019, 3, 1))),
                Arguments.of("Trong năm 2018", new FixedDate(LocalDate.of(2018, 12, 31))),
                Arguments.of("Quý IV năm 2018", new FixedDate(LocalDate.of(2018, 12, 31))),
                Arguments.of("Trước 20/12 hàng năm", new YearlyDate(MonthDay.of(12, 20))),
                Arguments.of("Trước ngày 20/12 hằng năm", new YearlyDate(MonthDay.of(12, 20))),
                Arguments.of("Định kỳ trước ngày 25/12 hàng năm", new YearlyDate(MonthDay.of(12, 25))),
                Arguments.of("Hằng năm, trước ngày 15/11", new YearlyDate(MonthDay.of(11, 15))),
                Arguments.of("Trước 31/12 năm trước liền kề năm kế hoạch", new RelativeToPlanYear(MonthDay.of(12, 31), -1)),
                Arguments.of("Trong năm kế hoạch", new RelativeToPlanYear(MonthDay.of(12, 31), 0)),
                Arguments.of("Hoàn thành trước ngày 30/12 năm kế hoạch", new RelativeToPlanYear(MonthDay.of(12, 30), 0)),
                Arguments.of("Trước ngày 31/01 của năm sau liền kề năm thực hiện kế hoạch",
                        new RelativeToPlanYear(MonthDay.of(1, 31), 1)),
                Arguments.of("Trong Quý IV của năm trước liền kề năm kế hoạch",
                        new RelativeToPlanYear(MonthDay.of(12, 31), -1)),
                Arguments.of("Năm 2018 và các năm tiếp theo", new FromYearOn(2018)),
                Arguments.of("Từ năm 2019 trở đi", new FromYearOn(2019)),
                Arguments.of("Theo quy định chế độ báo cáo của Bộ Nội vụ", new ByReportingCalendar()),
                Arguments.of("Theo chế độ báo cáo", new ByReportingCalendar()),
                Arguments.of("Thường xuyên", new Continuous()),
                Arguments.of("Thực hiện thường xuyên, hằng năm", new Continuous()),
                Arguments.of("05 ngày làm việc kể từ ngày ký quyết định công bố",
                        new WorkingDaysFromEvent(5, EventDirection.AFTER, "ký quyết định công bố")),
                Arguments.of("Trong thời hạn chậm nhất là 05 ngày làm việc kể từ ngày ký quyết định công bố",
                        new WorkingDaysFromEvent(5, EventDirection.AFTER, "ký quyết định công bố")),
                Arguments.of("Chậm nhất trước 05 ngày làm việc tính đến ngày văn bản quy phạm pháp luật có hiệu lực thi hành",
                        new WorkingDaysFromEvent(5, EventDirection.BEFORE,
                                "văn bản quy phạm pháp luật có hiệu lực thi hành")),
                Arguments.of("Quý I", Quarterly.of(1)),
                Arguments.of("Trong quý I và quý III hằng năm", Quarterly.of(1, 3)),
                Arguments.of("Quý II, III", Quarterly.of(2, 3)),
                Arguments.of("Định kỳ hằng quý", Quarterly.everyQuarter()),
                Arguments.of("Hàng quý", Quarterly.everyQuarter()),
                Arguments.of("6 tháng đầu năm", HalfYearly.firstHalf()),
                Arguments.of("Trước 6 tháng cuối năm", HalfYearly.secondHalf()),
                Arguments.of("Định kỳ 6 tháng", HalfYearly.everyHalf()),
                Arguments.of("Theo quy định của Bộ Nội vụ (thời gian báo cáo trước ngày 31/01 của năm sau liền kề năm thực hiện kế hoạch)",
                        new RelativeToPlanYear(MonthDay.of(1, 31), 1)),
                Arguments.of("Thường xuyên (trong thời hạn chậm nhất là 05 ngày làm việc kể từ ngày ký quyết định công bố)",
                        new WorkingDaysFromEvent(5, EventDirection.AFTER, "ký quyết định công bố")),
                Arguments.of("Trước 20/12 hằng năm (trước ngày 20/12 hằng năm)", new YearlyDate(MonthDay.of(12, 20))));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @MethodSource("readablePhrases")
    void readsEachKnownFormIntoItsRule(String phrase, DeadlineRule expected) {
        assertThat(parser.parse(phrase)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "TRƯỚC 20/12 HẰNG NĂM",
            "trước   20 / 12   hàng năm",
            "Truoc 20/12 hang nam",
            "Trước 20-12 hằng năm.",
            "<p>Trước 20/12 hằng năm</p>",
            "Trước\u00A020/12\thằng\nnăm"})
    void toleratesCaseSpacingMissingDiacriticsAndMarkup(String phrase) {
        assertThat(parser.parse(phrase)).isEqualTo(new YearlyDate(MonthDay.of(12, 20)));
    }

    @Test
    void decomposedUnicodeReadsLikeComposed() {
        String nfd = Normalizer.normalize("Hoàn thành trước ngày 30/12 năm kế hoạch", Normalizer.Form.NFD);

        assertThat(parser.parse(nfd)).isEqualTo(new RelativeToPlanYear(MonthDay.of(12, 30), 0));
    }

    @Test
    void theEventOfAWorkingDayRuleIsKeptInComposedFormAsWritten() {
        String nfd = Normalizer.normalize("05 ngày làm việc kể từ ngày Ký Quyết định", Normalizer.Form.NFD);

        assertThat(parser.parse(nfd)).isEqualTo(new WorkingDaysFromEvent(5, EventDirection.AFTER, "Ký Quyết định"));
    }

    static Stream<Arguments> phrasesThatNeedAPerson() {
        return Stream.of(
                Arguments.of("Theo hướng dẫn của Bộ Nội vụ", "văn bản khác"),
                Arguments.of("Theo kế hoạch của UBND tỉnh.", "văn bản khác"),
                Arguments.of("Theo quy định của Bộ Tư pháp", "văn bản khác"),
                Arguments.of("Theo chế độ báo cáo của Bộ Tư pháp", "Không đọc được"),
                Arguments.of("Trước 20/12 hằng năm, trừ năm 2019", "Không đọc được"),
                Arguments.of("Trước 20/12 hằng năm (trừ năm 2019)", "Không đọc được"),
                Arguments.of("Trước 20/12 hằng năm (Quý IV)", "Không đọc được"),
                Arguments.of("Theo hướng dẫn của Bộ Nội vụ (dự kiến)", "văn bản khác"),
                Arguments.of("Sau khi có hướng dẫn", "Không đọc được"),
                Arguments.of("05 ngày làm việc", "ngày làm việc"),
                Arguments.of("00 ngày làm việc kể từ ngày ký", "ngày làm việc"),
                Arguments.of("Trước 31/02 hằng năm", "không có thật"),
                Arguments.of("Xong trước 31/13/2017", "không có thật"),
                Arguments.of("6 tháng", "Không đọc được"),
                Arguments.of("Quý V", "Không đọc được"),
                Arguments.of("", "Chưa ghi"));
    }

    @ParameterizedTest(name = "\"{0}\" needs a person")
    @MethodSource("phrasesThatNeedAPerson")
    void aPhraseThatIsNotFullyUnderstoodNeedsAManualDateWithTheReason(String phrase, String reasonPart) {
        DeadlineRule rule = parser.parse(phrase);

        assertThat(rule).isInstanceOf(NeedsManualDate.class);
        assertThat(rule.kind()).isEqualTo(DeadlineKind.NEEDS_MANUAL_DATE);
        assertThat(((NeedsManualDate) rule).reasonVi()).contains(reasonPart).contains("cần cán bộ nhập ngày");
        assertThat(rule.dueDates(2019, DeadlineContextFixture.standard())).isEmpty();
    }

    @Test
    void theReasonQuotesThePhraseSoThePersonSeesWhatToLookUp() {
        NeedsManualDate rule = (NeedsManualDate) parser.parse("  Theo hướng dẫn của  Bộ Nội vụ, Bộ Tài chính ");

        assertThat(rule.phrase()).isEqualTo("Theo hướng dẫn của Bộ Nội vụ, Bộ Tài chính");
        assertThat(rule.reasonVi()).contains("«Theo hướng dẫn của Bộ Nội vụ, Bộ Tài chính»");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "((((", ")", "()", "(Thường xuyên", "99999999999/99999999999/99999999999",
            "Quý", "\u0000", "\uD800", "ngày làm việc ngày làm việc", "Năm 99999 và các năm tiếp theo"})
    void neverThrowsOnAnyText(String phrase) {
        assertThatCode(() -> parser.parse(phrase)).doesNotThrowAnyException();
    }

    @Test
    void randomTextNeverMakesTheParserThrow() {
        java.util.Random random = new java.util.Random(447);
        String alphabet = "0123456789/().,- aăâbdđeêhiklmnoôơqrstuưvxyàảãáạằẳẵắặầẩẫấậịíìúùụủ";
        List<String> words = List.of("trước", "ngày", "hằng năm", "năm kế hoạch", "quý", "ngày làm việc", "(", ")");
        for (int i = 0; i < 2000; i++) {
            StringBuilder phrase = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                phrase.append(random.nextInt(4) == 0
                        ? " " + words.get(random.nextInt(words.size())) + " "
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            assertThatCode(() -> parser.parse(phrase.toString())).as(phrase.toString()).doesNotThrowAnyException();
        }
    }
}
