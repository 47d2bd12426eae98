package vn.laichau.par.domain.model.plan;

/**
 * Plan data refused before anything of it is stored: a task code used twice in a plan, a party that names no
 * known agency or group, a due date before the plan was issued. {@link #row()} names the offending row (task
 * code and position in the input, or the occurrence's task, period and agency); the message says what is
 * wrong in Vietnamese, then in English.
 */
public class InvalidPlanDataException extends RuntimeException {

    private final String row;
    private final String messageVi;
    private final String messageEn;

    public InvalidPlanDataException(String row, String messageVi, String messageEn) {
        super(row + ": " + messageVi + " / " + messageEn);
        this.row = row;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    public String row() {
        return row;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
