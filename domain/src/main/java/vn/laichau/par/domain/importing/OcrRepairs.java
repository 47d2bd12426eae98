package vn.laichau.par.domain.importing;

import java.text.Normalizer;
import java.util.List;
import vn.laichau.par.domain.model.agency.ReferenceTable;

/**
 * Known OCR errors of a published text and their repairs ("TTIC" → "TTHC", "Dàm bảo" → "Đảm bảo"), applied in
 * order, literally and case-sensitively. Read from a table with the columns {@code written} and
 * {@code repaired}.
 */
public final class OcrRepairs {

    /** One repair. */
    public record Repair(String written, String repaired) {
    }

    private final List<Repair> repairs;

    private OcrRepairs(List<Repair> repairs) {
        this.repairs = List.copyOf(repairs);
    }

    public static OcrRepairs none() {
        return new OcrRepairs(List.of());
    }

    public static OcrRepairs of(List<Repair> repairs) {
        return new OcrRepairs(repairs);
    }

    /** The repairs listed in a class-path table, e.g. {@code plan/447-KH-UBND/ocr-repairs.tsv}. */
    public static OcrRepairs fromClasspath(String resource) {
        return new OcrRepairs(ReferenceTable.fromClasspath(resource).rows().stream()
                .map(row -> new Repair(row.required("written"), row.required("repaired")))
                .toList());
    }

    public String apply(String text) {
        String result = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (Repair repair : repairs) {
            result = result.replace(repair.written(), repair.repaired());
        }
        return result;
    }

    public List<Repair> repairs() {
        return repairs;
    }
}
