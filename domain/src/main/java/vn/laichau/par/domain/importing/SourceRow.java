package vn.laichau.par.domain.importing;

import java.util.List;

/** One row of a table as read from a file, before cleaning; a blank row has no cells with text. */
public record SourceRow(int rowNumber, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
