package vn.laichau.par.application.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyGroup;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.domain.model.plan.ManualDeadline;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.TaskDefinition;
import vn.laichau.par.persistence.agency.AgencyRepository;

/**
 * The checks plan data passes before any of it is written: task codes new in the plan, parties naming stored
 * agencies or groups, dates set by hand not before the plan's issue date. The first failure is reported
 * with the row it concerns.
 */
final class PlanChecks {

    private final Set<String> agencyCodes = new HashSet<>();
    private final Set<String> groupCodes = new HashSet<>();

    PlanChecks(AgencyRepository agencies) {
        agencies.all().stream().map(Agency::getCode).forEach(agencyCodes::add);
        agencies.groups().stream().map(AgencyGroup::getCode).forEach(groupCodes::add);
    }

    /** The name of a row in messages: its position in the input and its task code. */
    static String row(int position, String code) {
        return "dòng/row " + position + " (" + code + ")";
    }

    void checkTask(Plan plan, Set<String> codesSoFar, int position, TaskDefinition task,
                   Optional<ManualDeadline> manual) {
        String row = row(position, task.code());
        if (!codesSoFar.add(task.code())) {
            throw new InvalidPlanDataException(row,
                    "Mã nhiệm vụ " + task.code() + " bị trùng trong kế hoạch " + plan.number(),
                    "Duplicate task code " + task.code() + " in plan " + plan.number());
        }
        checkParties(row, task.leads());
        checkParties(row, task.coordinators());
        manual.filter(m -> !m.isEveryYear() && m.date().isBefore(plan.issuedOn())).ifPresent(m -> {
            throw new InvalidPlanDataException(row,
                    "Hạn " + VietnameseDate.of(m.date()) + " trước ngày ban hành kế hoạch "
                            + VietnameseDate.of(plan.issuedOn()),
                    "Due date " + VietnameseDate.of(m.date()) + " is before the plan's issue date "
                            + VietnameseDate.of(plan.issuedOn()));
        });
    }

    private void checkParties(String row, List<ResponsibleParty> parties) {
        for (ResponsibleParty party : parties) {
            boolean known = party.isGroup() ? groupCodes.contains(party.code()) : agencyCodes.contains(party.code());
            if (!known) {
                throw new InvalidPlanDataException(row,
                        (party.isGroup() ? "Không có nhóm cơ quan " : "Không có cơ quan ") + party.code(),
                        (party.isGroup() ? "Unknown agency group " : "Unknown agency ") + party.code());
            }
        }
    }
}
