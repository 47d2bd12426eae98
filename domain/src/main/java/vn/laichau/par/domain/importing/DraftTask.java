package vn.laichau.par.domain.importing;

import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.domain.model.plan.EvidenceRequirement;
import vn.laichau.par.domain.model.plan.TaskDefinition;

/**
 * A task row of an imported appendix as read, for review before the plan is accepted.
 *
 * @param rowNumbers the rows of the file the task was read from (several when a page break split it)
 * @param deadlineRule what the deadline phrase was read as
 */
public record DraftTask(List<Integer> rowNumbers, String areaNumeral, String code, Optional<String> heading,
                        String text, String leadText, List<ResponsibleParty> leads, String coordinatingText,
                        List<ResponsibleParty> coordinators, String deadlinePhrase, DeadlineRule deadlineRule,
                        String evidence) {

    public DraftTask {
        rowNumbers = List.copyOf(rowNumbers);
        leads = List.copyOf(leads);
        coordinators = List.copyOf(coordinators);
    }

    public int firstRow() {
        return rowNumbers.get(0);
    }

    /** The task for the plan; it needs at least one lead party and a deadline phrase. */
    public TaskDefinition toDefinition() {
        return new TaskDefinition(code, heading, text, leadText, leads, coordinatingText, coordinators,
                deadlinePhrase, EvidenceRequirement.of(evidence), Optional.empty());
    }

    public boolean isAcceptable() {
        return !leads.isEmpty() && !deadlinePhrase.isBlank() && !text.isBlank();
    }
}
