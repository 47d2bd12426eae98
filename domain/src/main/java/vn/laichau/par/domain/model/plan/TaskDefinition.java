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
 * @param indicatorCode     the code of the plan's indicator the task serves, if any
 */
public record TaskDefinition(String code, Optional<String> heading, String text, String leadText,
                             List<ResponsibleParty> leads, String coordinatingText,
                             List<ResponsibleParty> coordinators, String deadlinePhrase,
                             EvidenceRequirement evidence, Optional<String> indicatorCode) {

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
        indicatorCode = Objects.requireNonNull(indicatorCode, "indicatorCode").map(Texts::optional);
    }
}
