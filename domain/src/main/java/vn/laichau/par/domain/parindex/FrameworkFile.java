package vn.laichau.par.domain.parindex;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.laichau.par.domain.importing.ImportException;
import vn.laichau.par.domain.importing.SourceRow;

/**
 * Reads the rows of a PAR INDEX criteria file: one row per scored component, under a header row naming the
 * columns {@code area_no, area_name, criterion_code, criterion_name, component_code, component_name, max_points,
 * scoring, note} (or their Vietnamese names: "lĩnh vực", "tên lĩnh vực", "tiêu chí", "tên tiêu chí", "mã tiêu chí
 * thành phần", "tiêu chí thành phần", "điểm tối đa", "cách chấm", "ghi chú"). A row that cannot be read is left out
 * with one warning that says why; the rest are read. Never a guess: an empty maximum is a warning, not a zero.
 */
public final class FrameworkFile {

    /** The most points a PAR INDEX gives. */
    public static final BigDecimal TOTAL = BigDecimal.valueOf(100);

    /** One row left out, and why. */
    public record RowWarning(int rowNumber, String messageVi, String messageEn) {
    }

    /** The components read, in file order, and a warning per row left out. */
    public record Reading(List<Component> components, List<RowWarning> warnings) {
    }

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("area_no", "area_no"), Map.entry("linh vuc", "area_no"), Map.entry("stt linh vuc", "area_no"),
            Map.entry("area_name", "area_name"), Map.entry("ten linh vuc", "area_name"),
            Map.entry("criterion_code", "criterion_code"), Map.entry("tieu chi", "criterion_code"),
            Map.entry("ma tieu chi", "criterion_code"),
            Map.entry("criterion_name", "criterion_name"), Map.entry("ten tieu chi", "criterion_name"),
            Map.entry("component_code", "component_code"), Map.entry("ma tieu chi thanh phan", "component_code"),
            Map.entry("component_name", "component_name"), Map.entry("tieu chi thanh phan", "component_name"),
            Map.entry("ten tieu chi thanh phan", "component_name"),
            Map.entry("max_points", "max_points"), Map.entry("diem toi da", "max_points"),
            Map.entry("scoring", "scoring"), Map.entry("cach cham", "scoring"), Map.entry("cach cham diem", "scoring"),
            Map.entry("note", "note"), Map.entry("ghi chu", "note"));
    private static final List<String> REQUIRED = List.of("area_no", "area_name", "component_code", "component_name",
            "max_points", "scoring");

    private FrameworkFile() {
    }

    public static Reading read(List<SourceRow> rows) {
        int headerAt = -1;
        Map<String, Integer> columns = Map.of();
        for (int i = 0; i < rows.size() && headerAt < 0; i++) {
            Map<String, Integer> found = columnsOf(rows.get(i));
            if (found.keySet().containsAll(REQUIRED)) {
                headerAt = i;
                columns = found;
            }
        }
        if (headerAt < 0) {
            throw new ImportException("Không thấy dòng tiêu đề có các cột " + String.join(", ", REQUIRED)
                    + " (xem tệp mẫu).", "No header row with the columns " + String.join(", ", REQUIRED)
                    + " (see the template).");
        }
        List<Component> components = new ArrayList<>();
        List<RowWarning> warnings = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (SourceRow row : rows.subList(headerAt + 1, rows.size())) {
            if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<String, Integer> at = columns;
            java.util.function.Function<String, String> cell = name -> {
                Integer index = at.get(name);
                if (index == null || index >= row.cells().size() || row.cells().get(index) == null) {
                    return "";
                }
                return Normalizer.normalize(row.cells().get(index).strip(), Normalizer.Form.NFC);
            };
            int n = row.rowNumber();
            Optional<Integer> area = wholeNumber(cell.apply("area_no"));
            String code = cell.apply("component_code");
            Optional<BigDecimal> points = points(cell.apply("max_points"));
            Optional<ScoringKind> scoring = ScoringKind.read(cell.apply("scoring"));
            if (area.isEmpty() || area.get() < 1 || area.get() > 20) {
                warnings.add(new RowWarning(n, "Số lĩnh vực «" + cell.apply("area_no") + "» không hợp lệ (1–20)",
                        "area number \"" + cell.apply("area_no") + "\" is not 1–20"));
            } else if (cell.apply("area_name").isEmpty() || cell.apply("area_name").length() > 500) {
                warnings.add(new RowWarning(n, "Thiếu tên lĩnh vực (tối đa 500 ký tự)",
                        "the area name is missing or over 500 characters"));
            } else if (code.isEmpty() || code.length() > 32) {
                warnings.add(new RowWarning(n, "Thiếu mã tiêu chí thành phần (tối đa 32 ký tự)",
                        "the component code is missing or over 32 characters"));
            } else if (!codes.add(code.toLowerCase(Locale.ROOT))) {
                warnings.add(new RowWarning(n, "Mã tiêu chí thành phần «" + code + "» bị trùng",
                        "component code \"" + code + "\" appears twice"));
            } else if (cell.apply("component_name").isEmpty() || cell.apply("component_name").length() > 1000) {
                warnings.add(new RowWarning(n, "Thiếu tên tiêu chí thành phần (tối đa 1000 ký tự)",
                        "the component name is missing or over 1000 characters"));
            } else if (points.isEmpty()) {
                warnings.add(new RowWarning(n, "Điểm tối đa «" + cell.apply("max_points")
                        + "» không hợp lệ: cần số lớn hơn 0, tối đa 100, hai chữ số thập phân; ô trống không được "
                        + "coi là 0", "maximum points \"" + cell.apply("max_points") + "\" must be a number over 0, "
                        + "at most 100, with two decimals at most; an empty cell is not taken as 0"));
            } else if (scoring.isEmpty()) {
                warnings.add(new RowWarning(n, "Cách chấm «" + cell.apply("scoring") + "» không rõ: EVIDENCE "
                        + "(thẩm định), SURVEY (điều tra) hoặc STATISTIC (thống kê)", "scoring \""
                        + cell.apply("scoring") + "\" is not EVIDENCE, SURVEY or STATISTIC"));
            } else if (total.add(points.get()).compareTo(TOTAL) > 0) {
                warnings.add(new RowWarning(n, "Cộng dồn vượt 100 điểm (đã có " + total.toPlainString() + ")",
                        "the running total would pass 100 points (" + total.toPlainString() + " so far)"));
                codes.remove(code.toLowerCase(Locale.ROOT));
            } else if (cell.apply("criterion_code").length() > 32 || cell.apply("criterion_name").length() > 1000
                    || cell.apply("note").length() > 1000) {
                warnings.add(new RowWarning(n, "Mã tiêu chí (tối đa 32), tên tiêu chí hoặc ghi chú (tối đa 1000 ký "
                        + "tự) quá dài", "criterion code (32), criterion name or note (1000 characters) too long"));
                codes.remove(code.toLowerCase(Locale.ROOT));
            } else {
                total = total.add(points.get());
                components.add(new Component(0, area.get(), cell.apply("area_name"), cell.apply("criterion_code"),
                        cell.apply("criterion_name"), code, cell.apply("component_name"), points.get(), scoring.get(),
                        cell.apply("note")));
            }
        }
        return new Reading(List.copyOf(components), List.copyOf(warnings));
    }

    private static Map<String, Integer> columnsOf(SourceRow row) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = HEADERS.get(fold(row.cells().get(i)));
            if (name != null) {
                found.putIfAbsent(name, i);
            }
        }
        return found;
    }

    private static String fold(String cell) {
        if (cell == null) {
            return "";
        }
        return Normalizer.normalize(cell.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replaceAll("\\s+", " ");
    }

    private static Optional<Integer> wholeNumber(String text) {
        return text.matches("\\d{1,3}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

    /** "13", "10.5", "10,5", "9.25"; over 0, at most 100, two decimals at most. */
    private static Optional<BigDecimal> points(String text) {
        if (!text.matches("\\d{1,3}([.,]\\d{1,2})?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text.replace(',', '.'));
        return value.signum() > 0 && value.compareTo(TOTAL) <= 0 ? Optional.of(value) : Optional.empty();
    }
}
