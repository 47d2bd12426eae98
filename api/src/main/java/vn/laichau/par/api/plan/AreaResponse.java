package vn.laichau.par.api.plan;

import java.util.List;
import vn.laichau.par.application.plan.AreaQueries;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.plan.Area;

/**
 * One of a plan's PAR INDEX areas (lĩnh vực), with its tasks counted (appendix rows and obligations of the plan's
 * body) and the lead and coordinating agencies the plan's body names for the whole area ("Trách nhiệm thực
 * hiện"), as written and by party; absent ({@code responsibilitySection} null, empty lists) where it names none.
 */
public record AreaResponse(long id, long planId, int position, String numeral, String name, int taskCount,
                           int appendixTaskCount, String responsibilitySection, String leadText, List<Party> leads,
                           String coordinatingText, List<Party> coordinators) {

    /**
     * An agency or a group the plan names, and the agencies that carry its duties today: the agency itself, a
     * merged department's successor, the communes formed from a district's communes after 30/6/2025, a group's
     * current members; none for an open-ended group.
     */
    public record Party(String kind, String code, String name, List<Acting> actingToday) {

        static Party of(AreaQueries.NamedParty named) {
            return new Party(named.party().kind().name(), named.party().code(), named.name(),
                    named.actingToday().stream().map(Acting::of).toList());
        }
    }

    /** An agency by code and name. */
    public record Acting(String code, String name) {

        static Acting of(Agency agency) {
            return new Acting(agency.getCode(), agency.getName());
        }
    }

    static AreaResponse of(AreaQueries.AreaView view) {
        Area area = view.area();
        return new AreaResponse(area.id(), area.plan().id(), area.position(), area.numeral(), area.name(),
                area.tasks().size(), (int) area.tasks().stream().filter(t -> t.isAppendixRow()).count(),
                view.responsibility().map(r -> r.section()).orElse(null),
                view.responsibility().map(r -> r.leadText()).orElse(null),
                view.leads().stream().map(Party::of).toList(),
                view.responsibility().map(r -> r.coordinatingText()).orElse(null),
                view.coordinators().stream().map(Party::of).toList());
    }
}
