package vn.laichau.par.domain.model.occurrence;

/** Refusal to finish an occurrence whose task asks for evidence before any evidence was received. */
public class EvidenceMissingException extends IllegalStateException {

    private final String messageVi;

    public EvidenceMissingException(String messageVi, String messageEn) {
        super(messageEn);
        this.messageVi = messageVi;
    }

    /** The refusal in Vietnamese, for the official. */
    public String messageVi() {
        return messageVi;
    }
}
