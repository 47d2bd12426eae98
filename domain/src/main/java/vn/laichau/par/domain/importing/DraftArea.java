package vn.laichau.par.domain.importing;

/** An area heading of an imported appendix: the numeral it was read as and its name as written. */
public record DraftArea(int rowNumber, String numeral, String name) {
}
