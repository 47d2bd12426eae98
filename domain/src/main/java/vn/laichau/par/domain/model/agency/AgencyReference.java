package vn.laichau.par.domain.model.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data on Lai Châu's agencies shipped on the class path under {@code reference/}: the
 * agencies with their validity, parent and successor ({@code agencies.tsv}), the groups plans name
 * ({@code agency-groups.tsv}) and the other names plans write for them ({@code agency-aliases.tsv}). The
 * sources of every fact are in {@code reference/SOURCES.md} and the {@code source} column.
 *
 * <p>Agencies are created without identifiers; parents and successors are kept by code, for the
 * persistence layer to link once the agencies have identifiers.
 */
public final class AgencyReference {

    public static final String AGENCIES = "reference/agencies.tsv";
    public static final String GROUPS = "reference/agency-groups.tsv";
    public static final String ALIASES = "reference/agency-aliases.tsv";

    private final List<Agency> agencies;
    private final List<AgencyGroup> groups;
    private final Map<String, String> parentCodes;
    private final Map<String, String> successorCodes;
    private final Map<String, String> sources;
    private final AgencyDirectory directory;

    private AgencyReference(ReferenceTable agencyTable, ReferenceTable groupTable, ReferenceTable aliasTable) {
        List<Agency> agencyList = new ArrayList<>();
        Map<String, String> parents = new HashMap<>();
        Map<String, String> successors = new HashMap<>();
        Map<String, String> sourceMap = new HashMap<>();
        AgencyDirectory.Builder builder = AgencyDirectory.builder();
        for (ReferenceTable.Row row : agencyTable.rows()) {
            String code = row.required("code");
            Agency agency = new Agency(code, row.required("name"), AgencyKind.valueOf(row.required("kind")),
                    row.optional("valid_from").map(LocalDate::parse).orElse(null),
                    row.optional("valid_to").map(LocalDate::parse).orElse(null));
            agencyList.add(agency);
            builder.agency(agency);
            row.optional("parent_code").ifPresent(p -> parents.put(code, p));
            row.optional("successor_code").ifPresent(s -> successors.put(code, s));
            row.optional("source").ifPresent(s -> sourceMap.put(code, s));
        }
        parents.forEach(builder::parent);
        successors.forEach((code, successor) -> {
            if (agencyList.stream().noneMatch(a -> a.getCode().equals(successor))) {
                throw new IllegalStateException(AGENCIES + ": successor " + successor + " of " + code + " is unknown");
            }
            builder.successor(code, successor);
        });
        List<AgencyGroup> groupList = new ArrayList<>();
        for (ReferenceTable.Row row : groupTable.rows()) {
            List<AgencyKind> kinds = row.optional("member_kinds")
                    .map(k -> Arrays.stream(k.split(",")).map(String::strip).map(AgencyKind::valueOf).toList())
                    .orElse(List.of());
            AgencyGroup group = new AgencyGroup(row.required("code"), row.required("name"), kinds);
            groupList.add(group);
            builder.group(group);
        }
        for (ReferenceTable.Row row : aliasTable.rows()) {
            builder.alias(row.required("alias"), row.required("code"));
        }
        this.agencies = List.copyOf(agencyList);
        this.groups = List.copyOf(groupList);
        this.parentCodes = Map.copyOf(parents);
        this.successorCodes = Map.copyOf(successors);
        this.sources = Map.copyOf(sourceMap);
        this.directory = builder.build();
    }

    /** Lai Châu's agencies as shipped. */
    public static AgencyReference laiChau() {
        return new AgencyReference(ReferenceTable.fromClasspath(AGENCIES), ReferenceTable.fromClasspath(GROUPS),
                ReferenceTable.fromClasspath(ALIASES));
    }

    public List<Agency> agencies() {
        return agencies;
    }

    public List<AgencyGroup> groups() {
        return groups;
    }

    public AgencyDirectory directory() {
        return directory;
    }

    public Optional<String> parentCode(String agencyCode) {
        return Optional.ofNullable(parentCodes.get(agencyCode));
    }

    public Optional<String> successorCode(String agencyCode) {
        return Optional.ofNullable(successorCodes.get(agencyCode));
    }

    public Optional<String> source(String agencyCode) {
        return Optional.ofNullable(sources.get(agencyCode));
    }
}
