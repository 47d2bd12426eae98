package vn.laichau.par.api.task;

import java.time.Instant;
import java.util.List;
import vn.laichau.par.domain.deadline.DeadlineKind;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.domain.model.plan.Task;

/**
 * A task (nhiệm vụ): its text, who leads and who coordinates (as written and as agency or group codes), the
 * deadline as written and its kind, the evidence documents it asks for, the indicators it contributes to
 * ({@code indicatorCode} is the first of {@code indicatorCodes}), and for an obligation stated in the plan's body
 * rather than its appendix the section that states it ({@code bodySection}, e.g. "III").
 */
public record TaskResponse(long id, long planId, long areaId, String areaNumeral, int position, String code,
                           String heading, String title, String text, String leadText, List<Party> leads,
                           String coordinatingText, List<Party> coordinators, String deadlinePhrase,
                           DeadlineKind deadlineKind, boolean evidenceRequired, List<String> evidenceDocuments,
                           String indicatorCode, List<String> indicatorCodes, String bodySection, long version,
                           Instant updatedAt) {

    /** A responsible agency or group of agencies, by code. */
    public record Party(String kind, String code) {

        static Party of(ResponsibleParty party) {
            return new Party(party.kind().name(), party.code());
        }
    }

    static TaskResponse of(Task task, DeadlineKind kind) {
        return new TaskResponse(task.id(), task.plan().id(), task.area().id(), task.area().numeral(),
                task.position(), task.code(), task.heading().orElse(null), task.shortTitle(), task.text(),
                task.leadText(), task.leads().stream().map(Party::of).toList(), task.coordinatingText(),
                task.coordinators().stream().map(Party::of).toList(), task.deadlinePhrase(), kind,
                task.requiresEvidence(), task.evidence().documentList(), task.indicatorCode().orElse(null),
                task.indicatorCodes(), task.bodySection().orElse(null), task.version(), task.updatedAt().orElse(null));
    }
}
