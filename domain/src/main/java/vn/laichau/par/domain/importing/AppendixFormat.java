package vn.laichau.par.domain.importing;

import java.util.Locale;

/** The file formats an appendix can be imported from. */
public enum AppendixFormat {
    /** Tab-separated text, as extracted from the published document. */
    TSV,
    /** Comma- or semicolon-separated values, with double quotes. */
    CSV,
    /** An Excel workbook; the first sheet is read. */
    XLSX;

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** The format of a file from its name and first bytes: a ZIP is a workbook, ".csv" is CSV, else TSV. */
    public static AppendixFormat detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || startsWithZip(content)) {
            return XLSX;
        }
        return name.endsWith(".csv") ? CSV : TSV;
    }

    private static boolean startsWithZip(byte[] content) {
        if (content.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (content[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }
}
