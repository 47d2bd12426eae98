package vn.laichau.par.domain.model.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tab-separated data file shipped with the application: UTF-8, lines starting with {@code #} are notes,
 * the first other line names the columns. In a cell, {@code \n}, {@code \t} and {@code \\} stand for a line
 * break, a tab and a backslash. Every cell is NFC-normalised and stripped.
 */
public final class ReferenceTable {

    private final String source;
    private final List<String> columns;
    private final List<Row> rows;

    private ReferenceTable(String source, List<String> columns, List<Row> rows) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /** Reads a table from the class path; a missing or unreadable file is a packaging error. */
    public static ReferenceTable fromClasspath(String resource) {
        try (InputStream in = ReferenceTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Data file not found on the class path: " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + resource, e);
        }
    }

    public static ReferenceTable parse(String source, String text) {
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = new ArrayList<>();
                for (String cell : cells) {
                    columns.add(cell.strip());
                }
                continue;
            }
            if (cells.length > columns.size()) {
                throw new IllegalStateException(source + " line " + (i + 1) + ": " + cells.length
                        + " cells, the header names " + columns.size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                values.put(columns.get(c), c < cells.length ? clean(cells[c]) : "");
            }
            rows.add(new Row(source, i + 1, values));
        }
        if (columns == null) {
            throw new IllegalStateException(source + " has no header line");
        }
        return new ReferenceTable(source, columns, rows);
    }

    private static String clean(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == '\\' && i + 1 < cell.length()) {
                char next = cell.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    default -> out.append(next);
                }
            } else {
                out.append(ch);
            }
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC).strip();
    }

    public String source() {
        return source;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One data line. */
    public record Row(String source, int lineNumber, Map<String, String> cells) {

        /** The value of a column that must not be empty. */
        public String required(String column) {
            String value = cells.get(column);
            if (value == null || value.isEmpty()) {
                throw new IllegalStateException(source + " line " + lineNumber + ": column " + column + " is empty");
            }
            return value;
        }

        public Optional<String> optional(String column) {
            String value = cells.get(column);
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
    }
}
