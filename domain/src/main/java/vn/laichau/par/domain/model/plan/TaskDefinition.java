package vn.laichau.par.domain.model.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.model.agency.ResponsibleParty;

/**
 * One row of a plan's appendix, as written, with the parties its agency cells name.
 *
 * @param code              the row's number within the plan, hierarchical ({@code III.1.2})
 * @param heading           the numbered heading the row belongs to, if any ("Công khai thủ tục hành chính")
 * @param text              the task as written ("Nhiệm vụ")
 * @param leadText          the lead-agency cell as written ("Đơn vị chủ trì")
 * @param leads             the parties the lead cell names, in order
 * @param coordinatingText  the coordinating-agency cell as written ("Đơn vị phối hợp"), may be empty
 * @param coordinators      the parties the coordinating cell names
 * @param deadlinePhrase    the deadline as written ("Thời gian hoàn thành")
 * @param evidence          the evidence documents the task asks for ("Tài liệu kiểm chứng")
 * @param indicatorCodes    the codes of the plan's indicators the task contributes to, in order (a task may
 *                          serve several)
 * @param bodySection       empty for a row of the appendix; for an obligation the plan's body states outside the
 *                          appendix, the section that states it ({@code "III"})
 */
public record TaskDefinition(String code, Optional<String> heading, String text, String leadText,
                             List<ResponsibleParty> leads, String coordinatingText,
                             List<ResponsibleParty> coordinators, String deadlinePhrase,
                             EvidenceRequirement evidence, List<String> indicatorCodes,
                             Optional<String> bodySection) {

    /** A row of the appendix serving at most one indicator. */
    public TaskDefinition(String code, Optional<String> heading, String text, String leadText,
                          List<ResponsibleParty> leads, String coordinatingText, List<ResponsibleParty> coordinators,
                          String deadlinePhrase, EvidenceRequirement evidence, Optional<String> indicatorCode) {
        this(code, heading, text, leadText, leads, coordinatingText, coordinators, deadlinePhrase, evidence,
                Objects.requireNonNull(indicatorCode, "indicatorCode").map(List::of).orElse(List.of()),
                Optional.empty());
    }

    public TaskDefinition {
        code = Texts.required(code, "code");
        heading = Objects.requireNonNull(heading, "heading").map(Texts::optional);
        text = Texts.required(text, "text");
        leadText = Texts.required(leadText, "leadText");
        leads = List.copyOf(leads);
        if (leads.isEmpty()) {
            throw new IllegalArgumentException("Task " + code + " names no lead agency");
        }
        coordinatingText = coordinatingText == null ? "" : Texts.nfc(coordinatingText);
        coordinators = List.copyOf(coordinators);
        deadlinePhrase = Texts.required(deadlinePhrase, "deadlinePhrase");
        evidence = Objects.requireNonNull(evidence, "evidence");
        indicatorCodes = indicatorCodes.stream().map(c -> Texts.required(c, "indicatorCode")).distinct().toList();
        bodySection = Objects.requireNonNull(bodySection, "bodySection").map(Texts::optional);
    }

    /** The first indicator the task serves, if any. */
    public Optional<String> indicatorCode() {
        return indicatorCodes.stream().findFirst();
    }

    /** Whether the plan's body, not its appendix, states this obligation. */
    public boolean fromBody() {
        return bodySection.isPresent();
    }
}
