package vn.laichau.par.application.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.agency.AgencyGroup;
import vn.laichau.par.domain.model.agency.AgencyReference;
import vn.laichau.par.domain.model.agency.ReferenceTable;
import vn.laichau.par.persistence.agency.AgencyRepository;

/**
 * The directory an appendix is read with: the stored agencies, groups and successors, plus the other names
 * plans write for them ({@code reference/agency-aliases.tsv}: "Các sở, ban, ngành", "UBND các huyện, thành
 * phố"…) where the agency or group they name is stored.
 */
final class ImportDirectory {

    private static final List<ReferenceTable.Row> ALIASES =
            ReferenceTable.fromClasspath(AgencyReference.ALIASES).rows();

    private ImportDirectory() {
    }

    static AgencyDirectory of(AgencyRepository agencies) {
        List<Agency> stored = agencies.all();
        List<AgencyGroup> groups = agencies.groups();
        Map<Long, String> codes = new HashMap<>();
        Set<String> known = new HashSet<>();
        AgencyDirectory.Builder builder = AgencyDirectory.builder();
        for (Agency agency : stored) {
            codes.put(agency.getId(), agency.getCode());
            known.add(agency.getCode());
            builder.agency(agency);
        }
        for (Agency agency : stored) {
            agency.getSuccessorId().map(codes::get).ifPresent(s -> builder.successor(agency.getCode(), s));
            agency.getParentId().map(codes::get).ifPresent(p -> builder.parent(agency.getCode(), p));
        }
        for (AgencyGroup group : groups) {
            known.add(group.getCode());
            builder.group(group);
        }
        for (ReferenceTable.Row alias : ALIASES) {
            String code = alias.required("code");
            if (known.contains(code)) {
                builder.alias(alias.required("alias"), code);
            }
        }
        return builder.build();
    }
}
