package vn.laichau.par.api.plan;

import vn.laichau.par.domain.model.plan.Area;

/** One of a plan's PAR INDEX areas (lĩnh vực). */
public record AreaResponse(long id, long planId, int position, String numeral, String name, int taskCount) {

    static AreaResponse of(Area area) {
        return new AreaResponse(area.id(), area.plan().id(), area.position(), area.numeral(), area.name(),
                area.tasks().size());
    }
}
