package vn.laichau.par.bot.command;

import vn.laichau.par.application.indicator.ParIndexChart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FormatsAndChartTest {

    @Test
    void datesAreWrittenAndReadAsDayMonthYear() {
        assertThat(Formats.date(LocalDate.of(2026, 2, 3))).isEqualTo("03/02/2026");
        assertThat(Formats.parseDate("31/12/2026")).contains(LocalDate.of(2026, 12, 31));
        assertThat(Formats.parseDate("1/2/2026")).contains(LocalDate.of(2026, 2, 1));
        assertThat(Formats.parseDate("31/02/2026")).isEmpty();
        assertThat(Formats.parseDate("2026-12-31")).isEmpty();
    }

    @Test
    void quietHoursAreReadInSeveralForms() {
        assertThat(SettingsHandler.window("22:00-06:30").orElseThrow())
                .containsExactly(LocalTime.of(22, 0), LocalTime.of(6, 30));
        assertThat(SettingsHandler.window("22h-6h").orElseThrow())
                .containsExactly(LocalTime.of(22, 0), LocalTime.of(6, 0));
        assertThat(SettingsHandler.window("7-7")).isEmpty();
        assertThat(SettingsHandler.window("abc")).isEmpty();
    }

    @Test
    void percentsAreReadAsWholeNumbersWhoseRangeTheModelJudges() {
        assertThat(ProgressHandler.percent("60")).contains(60);
        assertThat(ProgressHandler.percent("60%")).contains(60);
        assertThat(ProgressHandler.percent("-1")).isEmpty();
        assertThat(ProgressHandler.percent("sáu mươi")).isEmpty();
        // 0–100 is the model's rule (Occurrence.reportProgress); BotEndToEndTest shows its refusal as the reply.
        assertThat(ProgressHandler.percent("101")).contains(101);
        assertThat(ProgressHandler.percent("99999999999")).contains(Integer.MAX_VALUE);
    }

    @Test
    void fileTypesAreJudgedByTheirExtension() {
        assertThat(EvidenceHandler.extension("Quyết định.PDF")).contains("pdf");
        assertThat(EvidenceHandler.extension("khong-duoi")).isEmpty();
        assertThat(EvidenceHandler.ALLOWED_TYPES).containsKey("docx").doesNotContainKey("exe");
    }

    @Test
    void theParIndexChartIsAPngImageHeadless() throws Exception {
        byte[] png = ParIndexChart.png("PAR INDEX Lai Châu", List.of(
                new ParIndexChart.Point(2017, new BigDecimal("71.30"), "40/63"),
                new ParIndexChart.Point(2018, new BigDecimal("76.05"), "30/63"),
                new ParIndexChart.Point(2019, new BigDecimal("80.12"), "25/63")));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(450);
        assertThat(ParIndexChart.png("empty", List.of())).startsWith(0x89, 'P', 'N', 'G');
    }
}
