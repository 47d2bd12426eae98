package vn.laichau.par.domain.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.importing.ImportException;
import vn.laichau.par.domain.importing.SourceRow;

class FrameworkFileTest {

    private static final List<String> HEADER = List.of("area_no", "area_name", "criterion_code", "criterion_name",
            "component_code", "component_name", "max_points", "scoring", "note");

    private static List<SourceRow> rows(List<List<String>> body) {
        List<SourceRow> rows = new ArrayList<>();
        rows.add(new SourceRow(1, HEADER));
        for (int i = 0; i < body.size(); i++) {
            rows.add(new SourceRow(i + 2, body.get(i)));
        }
        return rows;
    }

    @Test
    void goodRowsAreReadAndEachBadRowGetsOneWarningSayingWhy() {
        FrameworkFile.Reading reading = FrameworkFile.read(rows(List.of(
                List.of("3", "Cải cách thủ tục hành chính", "", "", "3", "Cả lĩnh vực", "13", "EVIDENCE", "công bố"),
                List.of("8", "Tác động", "8.1", "SIPAS", "8.1", "Khảo sát SIPAS", "10", "điều tra", ""),
                List.of("8", "Tác động", "8.2", "Thống kê", "8.2", "Chỉ tiêu kinh tế - xã hội", "6,5", "thống kê", ""),
                List.of("2", "Cải cách thể chế", "", "", "2", "Cả lĩnh vực", "", "EVIDENCE", ""),   // no maximum
                List.of("x", "Lĩnh vực", "", "", "9", "Tên", "1", "EVIDENCE", ""),                  // bad area
                List.of("4", "Tổ chức bộ máy", "", "", "3", "Trùng mã", "1", "EVIDENCE", ""),       // code twice
                List.of("4", "Tổ chức bộ máy", "", "", "4", "Cả lĩnh vực", "10.5", "bằng mắt", ""), // scoring
                List.of("5", "Công vụ", "", "", "5", "Cả lĩnh vực", "-15", "EVIDENCE", ""),          // negative
                List.of("", "", "", "", "", "", "", "", ""),                                         // empty: skipped
                List.of("6", "Tài chính công", "", "", "6", "Quá tổng", "71", "EVIDENCE", ""))));     // passes 100

        assertThat(reading.components()).extracting(c -> c.code() + " " + c.maxPoints() + " " + c.scoring())
                .containsExactly("3 13 EVIDENCE", "8.1 10 SURVEY", "8.2 6.5 STATISTIC");
        assertThat(reading.warnings()).extracting(FrameworkFile.RowWarning::rowNumber)
                .containsExactly(5, 6, 7, 8, 9, 11);
        assertThat(reading.warnings().get(0).messageVi()).contains("ô trống không được coi là 0");
        assertThat(reading.warnings().get(2).messageEn()).contains("appears twice");
        assertThat(reading.warnings().get(5).messageEn()).contains("pass 100 points");
        assertThat(reading.components().get(2).maxPoints()).isEqualByComparingTo(new BigDecimal("6.5"));
    }

    @Test
    void vietnameseHeadersAreUnderstoodAndAFileWithoutHeaderIsRefused() {
        FrameworkFile.Reading reading = FrameworkFile.read(List.of(
                new SourceRow(1, List.of("Lĩnh vực", "Tên lĩnh vực", "Mã tiêu chí thành phần", "Tiêu chí thành phần",
                        "Điểm tối đa", "Cách chấm")),
                new SourceRow(2, List.of("5", "Cải cách chế độ công vụ", "5", "Cả lĩnh vực", "15", "thẩm định"))));

        assertThat(reading.components()).hasSize(1);
        assertThat(reading.warnings()).isEmpty();
        assertThatThrownBy(() -> FrameworkFile.read(List.of(new SourceRow(1, List.of("a", "b")))))
                .isInstanceOf(ImportException.class).hasMessageContaining("header");
    }
}
