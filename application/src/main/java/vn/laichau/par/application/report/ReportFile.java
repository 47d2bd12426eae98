package vn.laichau.par.application.report;

/** A report made: its file name for the download, its media type and its bytes. */
public record ReportFile(String fileName, String contentType, byte[] content) {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
