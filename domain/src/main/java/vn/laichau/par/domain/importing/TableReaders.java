package vn.laichau.par.domain.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the rows of a table from tab-separated text or CSV (a workbook is read into rows by the importing use case). */
public final class TableReaders {

    private TableReaders() {
    }

    public static List<SourceRow> read(byte[] content, AppendixFormat format) {
        if (content == null || content.length == 0) {
            throw new ImportException("Tệp rỗng, không có dữ liệu.", "The file is empty.");
        }
        return switch (format) {
            case XLSX -> throw new IllegalArgumentException("A workbook is read into rows first; see AppendixImporter#readRows");
            case CSV -> csv(text(content));
            case TSV -> tsv(text(content));
        };
    }

    /** Decodes UTF-8 text; binary content or another encoding is refused. */
    static String text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("Tệp không phải văn bản UTF-8 (có thể là tệp nhị phân hoặc mã hóa khác).",
                    "The file is not UTF-8 text (binary content or another encoding).", e);
        }
        long controls = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r').count();
        if (controls > 0) {
            throw new ImportException("Tệp chứa ký tự nhị phân, không phải bảng văn bản.",
                    "The file contains binary characters; it is not a text table.");
        }
        if (text.isBlank()) {
            throw new ImportException("Tệp rỗng, không có dữ liệu.", "The file is empty.");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static List<SourceRow> tsv(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<SourceRow> rows = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            rows.add(new SourceRow(i + 1, Arrays.asList(lines[i].split("\t", -1))));
        }
        return rows;
    }

    static List<SourceRow> csv(String text) {
        char delimiter = delimiterOf(text);
        List<SourceRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (ch == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new SourceRow(rowStart, cells));
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new ImportException("Tệp CSV có dấu ngoặc kép chưa đóng, bắt đầu ở dòng " + rowStart + ".",
                    "The CSV file has an unclosed double quote in the row starting on line " + rowStart + ".");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new SourceRow(rowStart, cells));
        }
        return rows;
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
