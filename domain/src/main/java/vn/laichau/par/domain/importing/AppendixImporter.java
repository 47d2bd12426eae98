package vn.laichau.par.domain.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.agency.PartyResolution;

/**
 * Reads a plan's appendix ("Phụ biểu các nhiệm vụ cụ thể") into a {@link PlanDraft}: tab-separated text as
 * published (the whole document may be given; the table starts at the row whose first cell is "STT"), CSV
 * or XLSX, with the six columns STT · Nhiệm vụ · Đơn vị chủ trì · Đơn vị phối hợp · Thời gian hoàn thành ·
 * Tài liệu kiểm chứng.
 *
 * <p>It copes with the marks of text extraction: a row split by a page break (an empty line, then a row
 * without number whose text goes on in lower case) is joined back; HTML is removed; agency names are matched
 * ignoring diacritics and punctuation; mis-numbered headings get the number their place gives them. Every
 * row it cannot fully understand gets an {@link ImportWarning}; a file that is not an appendix at all is an
 * {@link ImportException}. It never fails otherwise.
 */
public final class AppendixImporter {

    private static final Pattern HIERARCHICAL = Pattern.compile("\\d+(\\.\\d+)+");

    private final AgencyDirectory directory;
    private final DeadlinePhraseParser parser;
    private final OcrRepairs repairs;

    public AppendixImporter(AgencyDirectory directory, DeadlinePhraseParser parser) {
        this(directory, parser, OcrRepairs.none());
    }

    private AppendixImporter(AgencyDirectory directory, DeadlinePhraseParser parser, OcrRepairs repairs) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.repairs = Objects.requireNonNull(repairs, "repairs");
    }

    /** An importer that also applies these known OCR repairs to every cell. */
    public AppendixImporter withRepairs(OcrRepairs known) {
        return new AppendixImporter(directory, parser, known);
    }

    /** Reads a text file (tab-separated or CSV), its format told by its name. */
    public PlanDraft read(byte[] content, String fileName) {
        byte[] bytes = content == null ? new byte[0] : content;
        return read(bytes, AppendixFormat.detect(fileName, bytes));
    }

    /** Reads a text file of {@code format} (TSV or CSV; a workbook is read into rows first, see {@link #readRows}). */
    public PlanDraft read(byte[] content, AppendixFormat format) {
        return guarded(() -> TableReaders.read(content, format));
    }

    /** Reads the rows of a table as they stand in a file (a workbook's first sheet, say). */
    public PlanDraft readRows(List<SourceRow> rows) {
        return guarded(() -> rows);
    }

    private PlanDraft guarded(java.util.function.Supplier<List<SourceRow>> rows) {
        try {
            return table(rows.get());
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImportException("Không đọc được tệp phụ biểu: " + e.getMessage(),
                    "Cannot read the appendix file: " + e.getMessage(), e);
        }
    }

    /** Reads tab-separated text as published. */
    public PlanDraft readText(String text) {
        return read(text == null ? new byte[0] : text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                AppendixFormat.TSV);
    }

    private PlanDraft table(List<SourceRow> rows) {
        List<ImportWarning> warnings = new ArrayList<>();
        int header = headerIndex(rows);
        List<AppendixRow> logical = new ArrayList<>();
        boolean afterBlank = false;
        for (SourceRow row : rows.subList(header + 1, rows.size())) {
            if (row.isBlank()) {
                afterBlank = true;
                continue;
            }
            if (row.cells().stream().skip(AppendixRow.COLUMNS).anyMatch(c -> !c.isBlank())) {
                warnings.add(new ImportWarning(row.rowNumber(), WarningKind.EXTRA_CELLS,
                        "Dòng có hơn 6 cột; các cột thừa bị bỏ qua.",
                        "The row has more than 6 columns; the extra ones were ignored."));
            }
            AppendixRow current = new AppendixRow(row);
            if (afterBlank && !logical.isEmpty() && current.continuesPreviousRow()) {
                logical.get(logical.size() - 1).join(current);
            } else {
                logical.add(current);
            }
            afterBlank = false;
        }
        Reading reading = new Reading(warnings);
        for (AppendixRow row : logical) {
            row.repair(repairs);
            reading.accept(row);
        }
        if (reading.tasks.isEmpty()) {
            throw new ImportException("Bảng phụ biểu không có nhiệm vụ nào.", "The appendix table holds no task.");
        }
        warnings.sort(java.util.Comparator.comparingInt(ImportWarning::rowNumber));
        return new PlanDraft(reading.areas, reading.tasks, warnings);
    }

    private static int headerIndex(List<SourceRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            String first = CellText.clean(rows.get(i).cell(0)).toUpperCase(Locale.ROOT);
            if (first.equals("STT") || first.startsWith("STT ") || first.equals("SỐ TT") || first.equals("TT")) {
                long columns = rows.get(i).cells().stream().filter(c -> !c.isBlank()).count();
                if (columns < AppendixRow.COLUMNS) {
                    throw new ImportException(
                            "Bảng phụ biểu cần 6 cột (STT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành,"
                                    + " Tài liệu kiểm chứng) nhưng dòng tiêu đề " + rows.get(i).rowNumber() + " có " + columns + " cột.",
                            "The appendix needs 6 columns (number, task, lead agency, coordinating agencies, deadline,"
                                    + " evidence) but header row " + rows.get(i).rowNumber() + " has " + columns + ".");
                }
                return i;
            }
        }
        throw new ImportException(
                "Không tìm thấy bảng phụ biểu: không có dòng tiêu đề bắt đầu bằng \"STT\".",
                "No appendix table found: there is no header row starting with \"STT\".");
    }

    /** The numbering and collected results while the rows are read in order. */
    private final class Reading {

        private final List<ImportWarning> warnings;
        private final List<DraftArea> areas = new ArrayList<>();
        private final List<DraftTask> tasks = new ArrayList<>();
        private String areaNumeral;
        private int lastTop;
        private Heading heading;

        Reading(List<ImportWarning> warnings) {
            this.warnings = warnings;
        }

        void accept(AppendixRow row) {
            if (row.isAreaHeading()) {
                openArea(row);
            } else if (row.isHeading()) {
                openHeading(row);
            } else {
                addTask(row);
            }
        }

        private void openArea(AppendixRow row) {
            String numeral = RomanNumerals.of(areas.size() + 1);
            String printed = row.headingNumber();
            if (!printed.equalsIgnoreCase(numeral)) {
                numbering(row, printed.isEmpty()
                        ? "Lĩnh vực không có số thứ tự, được hiểu là " + numeral
                        : "Lĩnh vực in số \"" + printed + "\", được hiểu là " + numeral,
                        printed.isEmpty() ? "Area printed without a numeral, read as " + numeral
                                : "Area printed as \"" + printed + "\", read as " + numeral);
            }
            warnStrayCells(row);
            areas.add(new DraftArea(row.firstRow(), numeral, row.headingTitle()));
            areaNumeral = numeral;
            lastTop = 0;
            heading = null;
        }

        private void openHeading(AppendixRow row) {
            requireArea(row);
            String printed = row.number();
            String suffix;
            if (HIERARCHICAL.matcher(printed).matches()) {
                suffix = printed;
                lastTop = Math.max(lastTop, Integer.parseInt(printed.substring(0, printed.indexOf('.'))));
            } else {
                suffix = String.valueOf(++lastTop);
                if (!printed.equals(suffix)) {
                    numbering(row, printed.isEmpty()
                            ? "Mục không có số thứ tự, được hiểu là " + suffix
                            : "Mục in số \"" + printed + "\", được hiểu là " + suffix,
                            printed.isEmpty() ? "Heading printed without a number, read as " + suffix
                                    : "Heading printed as \"" + printed + "\", read as " + suffix);
                }
            }
            warnStrayCells(row);
            heading = new Heading(suffix, row.text());
        }

        private void addTask(AppendixRow row) {
            requireArea(row);
            String printed = row.number();
            String suffix;
            Optional<String> title = Optional.empty();
            if (HIERARCHICAL.matcher(printed).matches()) {
                suffix = printed;
                if (heading != null && printed.startsWith(heading.suffix + ".")) {
                    title = Optional.of(heading.title);
                    heading.tasks++;
                    heading.lastChild = Integer.parseInt(printed.substring(printed.lastIndexOf('.') + 1));
                } else {
                    if (heading != null) {
                        numbering(row, "Số \"" + printed + "\" không thuộc mục " + heading.suffix,
                                "Number \"" + printed + "\" does not belong to heading " + heading.suffix);
                    }
                    heading = null;
                    lastTop = Math.max(lastTop, Integer.parseInt(printed.substring(0, printed.indexOf('.'))));
                }
            } else if (heading != null && heading.tasks == 0) {
                suffix = heading.suffix;
                title = Optional.of(heading.title);
                heading.tasks++;
                if (!printed.isEmpty() && !printed.equals(suffix)) {
                    numbering(row, "Nhiệm vụ in số \"" + printed + "\" dưới mục " + suffix + ", được hiểu là " + suffix,
                            "Task printed as \"" + printed + "\" under heading " + suffix + ", read as " + suffix);
                }
            } else if (heading != null && printed.isEmpty()) {
                heading.lastChild = Math.max(heading.lastChild, heading.tasks) + 1;
                heading.tasks++;
                suffix = heading.suffix + "." + heading.lastChild;
                title = Optional.of(heading.title);
                numbering(row, "Nhiệm vụ không có số thứ tự, được hiểu là " + suffix,
                        "Task printed without a number, read as " + suffix);
            } else {
                suffix = String.valueOf(++lastTop);
                heading = null;
                if (!printed.equals(suffix)) {
                    numbering(row, printed.isEmpty()
                            ? "Nhiệm vụ không có số thứ tự, được hiểu là " + suffix
                            : "Nhiệm vụ in số \"" + printed + "\", được hiểu là " + suffix,
                            printed.isEmpty() ? "Task printed without a number, read as " + suffix
                                    : "Task printed as \"" + printed + "\", read as " + suffix);
                }
            }
            String code = areaNumeral + "." + suffix;
            if (row.text().isEmpty()) {
                warnings.add(new ImportWarning(row.firstRow(), WarningKind.EMPTY_TASK,
                        "Dòng " + code + " không ghi nội dung nhiệm vụ; bị bỏ qua.",
                        "Row " + code + " has no task text; it was skipped."));
                return;
            }
            tasks.add(task(row, code, title));
        }

        private DraftTask task(AppendixRow row, String code, Optional<String> title) {
            String leadText = row.cell(AppendixRow.LEAD);
            String coordinatingText = row.cell(AppendixRow.COORDINATING);
            PartyResolution leads = directory.resolve(leadText);
            PartyResolution coordinators = directory.resolve(coordinatingText);
            if (leadText.isEmpty()) {
                warnings.add(new ImportWarning(row.firstRow(), WarningKind.MISSING_LEAD_AGENCY,
                        "Nhiệm vụ " + code + " không ghi đơn vị chủ trì.", "Task " + code + " names no lead agency."));
            }
            unknownAgencies(row, code, leads, "chủ trì", "lead");
            unknownAgencies(row, code, coordinators, "phối hợp", "coordinating");
            String phrase = row.cell(AppendixRow.DEADLINE);
            DeadlineRule rule = parser.parse(phrase);
            if (rule.needsManualDate()) {
                warnings.add(new ImportWarning(row.firstRow(), WarningKind.UNREADABLE_DEADLINE,
                        "Thời hạn \"" + phrase + "\" của nhiệm vụ " + code + " cần cán bộ nhập ngày: " + rule.describe(),
                        "The deadline \"" + phrase + "\" of task " + code + " needs a date entered by a person."));
            }
            return new DraftTask(row.rowNumbers(), areaNumeral, code, title, row.text(), leadText, leads.parties(),
                    coordinatingText, coordinators.parties(), phrase, rule, row.cell(AppendixRow.EVIDENCE));
        }

        private void unknownAgencies(AppendixRow row, String code, PartyResolution resolution, String roleVi,
                                     String roleEn) {
            if (!resolution.isComplete()) {
                warnings.add(new ImportWarning(row.firstRow(), WarningKind.UNKNOWN_AGENCY,
                        "Nhiệm vụ " + code + ": không nhận ra đơn vị " + roleVi + " " + resolution.unknownNames(),
                        "Task " + code + ": unknown " + roleEn + " agency " + resolution.unknownNames()));
            }
        }

        private void requireArea(AppendixRow row) {
            if (areaNumeral == null) {
                numbering(row, "Bảng không bắt đầu bằng một lĩnh vực; các nhiệm vụ đầu được xếp vào lĩnh vực I",
                        "The table does not start with an area; the first tasks were put in area I");
                areas.add(new DraftArea(row.firstRow(), "I", "NHIỆM VỤ"));
                areaNumeral = "I";
            }
        }

        private void warnStrayCells(AppendixRow row) {
            for (int column = AppendixRow.LEAD; column < AppendixRow.COLUMNS; column++) {
                String value = row.cell(column);
                if (!value.isEmpty()) {
                    warnings.add(new ImportWarning(row.firstRow(), WarningKind.STRAY_CELL,
                            "Dòng tiêu đề có nội dung ở cột " + (column + 1) + " (\"" + value + "\"); bị bỏ qua.",
                            "The heading row has text in column " + (column + 1) + "; it was ignored."));
                }
            }
        }

        private void numbering(AppendixRow row, String messageVi, String messageEn) {
            warnings.add(new ImportWarning(row.firstRow(), WarningKind.AMBIGUOUS_NUMBERING, messageVi, messageEn));
        }
    }

    /** A numbered heading of the appendix and the tasks read under it so far. */
    private static final class Heading {
        private final String suffix;
        private final String title;
        private int tasks;
        private int lastChild;

        Heading(String suffix, String title) {
            this.suffix = suffix;
            this.title = title;
        }
    }
}
