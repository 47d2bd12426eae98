package vn.laichau.par.domain.importing;

/**
 * A file that cannot be read as a plan appendix at all: empty, not text, not a spreadsheet, without the
 * appendix table or with the wrong columns. The message says what is wrong in Vietnamese, then in English.
 */
public class ImportException extends RuntimeException {

    private final String messageVi;
    private final String messageEn;

    public ImportException(String messageVi, String messageEn) {
        super(messageVi + " / " + messageEn);
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    public ImportException(String messageVi, String messageEn, Throwable cause) {
        super(messageVi + " / " + messageEn, cause);
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
