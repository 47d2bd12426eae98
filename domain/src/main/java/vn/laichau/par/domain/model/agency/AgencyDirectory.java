package vn.laichau.par.domain.model.agency;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The agencies and groups of a province, and the names plans use for them. It turns a cell such as
 * "Sở Tư pháp, Sở Thông tin và Truyền thông; Sở Nội vụ" or "Các sở, ban, ngành, UBND huyện, thành phò" into
 * parties, and a party into the agencies responsible on a given day: a group's members valid that day, an
 * agency itself or, once it has ended, the successor that carries on its duties.
 *
 * <p>Names match ignoring case, diacritics and punctuation; an official name also matches with and without
 * "tỉnh" / "tỉnh Lai Châu". Immutable.
 */
public final class AgencyDirectory {

    private static final Set<String> FILLER_WORDS = Set.of("va");
    private static final String PROVINCE_SUFFIX = "tỉnh Lai Châu";
    private static final String COMMITTEE = "Ủy ban nhân dân";

    private final Map<String, Agency> agencies;
    private final List<Agency> orderedAgencies;
    private final Map<String, AgencyGroup> groups;
    private final Map<String, String> successorCodes;
    private final Map<String, List<String>> childCodes;
    private final Map<List<String>, List<ResponsibleParty>> names;
    private final int longestName;

    private AgencyDirectory(Builder builder) {
        this.agencies = Map.copyOf(builder.agencies);
        this.groups = Map.copyOf(builder.groups);
        this.successorCodes = Map.copyOf(builder.successorCodes);
        Map<String, List<String>> children = new LinkedHashMap<>();
        builder.agencies.keySet().forEach(code -> {
            String parent = builder.parentCodes.get(code);
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
            }
        });
        Map<String, List<String>> childCopy = new HashMap<>();
        children.forEach((k, v) -> childCopy.put(k, List.copyOf(v)));
        this.childCodes = Map.copyOf(childCopy);
        Map<List<String>, List<ResponsibleParty>> copy = new HashMap<>();
        builder.names.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.names = Map.copyOf(copy);
        this.longestName = copy.keySet().stream().mapToInt(List::size).max().orElse(0);
        this.orderedAgencies = List.copyOf(builder.agencies.values());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every agency, in the order they were added. */
    public List<Agency> agencies() {
        return orderedAgencies;
    }

    public Collection<AgencyGroup> groups() {
        return groups.values();
    }

    public Optional<Agency> agency(String code) {
        return Optional.ofNullable(agencies.get(code));
    }

    public Optional<AgencyGroup> group(String code) {
        return Optional.ofNullable(groups.get(code));
    }

    /** The code of the agency that took over {@code agency}'s duties, if it has one. */
    public Optional<String> successorCode(Agency agency) {
        return Optional.ofNullable(successorCodes.get(agency.getCode()));
    }

    /** The display name of a party: the agency's or the group's name. */
    public String nameOf(ResponsibleParty party) {
        return party.isGroup()
                ? group(party.code()).map(AgencyGroup::getName).orElse(party.code())
                : agency(party.code()).map(Agency::getName).orElse(party.code());
    }

    /** Reads the parties named in a cell, without a date: a name shared by several agencies is unknown. */
    public PartyResolution resolve(String written) {
        return resolve(written, Optional.empty());
    }

    /**
     * Reads the parties named in a cell; where several agencies share a name (a commune before and after the
     * 2025 merger), the one that exists on {@code day} is taken.
     */
    public PartyResolution resolve(String written, Optional<LocalDate> day) {
        WrittenName name = WrittenName.of(written);
        List<WrittenName.Word> words = name.words();
        List<ResponsibleParty> parties = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            WrittenName.Word word = words.get(i);
            if (word.separator() || FILLER_WORDS.contains(word.key())) {
                i++;
                continue;
            }
            Match match = longestMatchAt(words, i, day);
            if (match != null) {
                if (match.party() != null && !parties.contains(match.party())) {
                    parties.add(match.party());
                } else if (match.party() == null) {
                    unknown.add(name.writtenBetween(word.source(), words.get(match.end() - 1).source()));
                }
                i = match.end();
                continue;
            }
            int end = i;
            while (end < words.size() && !words.get(end).separator()) {
                end++;
            }
            unknown.add(name.writtenBetween(word.source(), words.get(end - 1).source()));
            i = end;
        }
        return new PartyResolution(parties, unknown);
    }

    private record Match(ResponsibleParty party, int end) {
    }

    private Match longestMatchAt(List<WrittenName.Word> words, int start, Optional<LocalDate> day) {
        List<String> key = new ArrayList<>();
        Match best = null;
        int i = start;
        while (i < words.size() && key.size() < longestName) {
            WrittenName.Word word = words.get(i++);
            if (word.separator()) {
                continue;
            }
            key.add(word.key());
            List<ResponsibleParty> candidates = names.get(key);
            if (candidates != null) {
                best = new Match(choose(candidates, day).orElse(null), i);
            }
        }
        return best;
    }

    private Optional<ResponsibleParty> choose(List<ResponsibleParty> candidates, Optional<LocalDate> day) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        if (day.isEmpty()) {
            return Optional.empty();
        }
        List<ResponsibleParty> valid = candidates.stream()
                .filter(p -> p.isGroup() || agency(p.code()).map(a -> a.isValidOn(day.get())).orElse(false))
                .toList();
        return valid.size() == 1 ? Optional.of(valid.get(0)) : Optional.empty();
    }

    /**
     * The agencies a party holds responsible on {@code day}: a group's members that exist that day, followed by
     * the units carrying on the duties of its members that had ended by then; an agency itself, or what carries on
     * its duties when it has ended (see {@link #carryingOn}); nobody when none exists.
     *
     * <p>So after the district level ended on 30/6/2025, "UBND các huyện, thành phố" and "UBND huyện Tam Đường"
     * stand for the commune-level committees formed from the districts' communes.
     */
    public List<Agency> responsibleOn(ResponsibleParty party, LocalDate day) {
        if (party.isGroup()) {
            return group(party.code()).map(g -> {
                Map<String, Agency> byCode = new LinkedHashMap<>();
                g.membersOn(day, orderedAgencies).forEach(a -> byCode.putIfAbsent(a.getCode(), a));
                g.membersEndedBefore(day, orderedAgencies).stream().flatMap(a -> carryingOn(a, day).stream())
                        .forEach(a -> byCode.putIfAbsent(a.getCode(), a));
                return List.copyOf(byCode.values());
            }).orElse(List.of());
        }
        return agency(party.code()).map(a -> carryingOn(a, day)).orElse(List.of());
    }

    /**
     * The agencies carrying on {@code agency}'s duties on {@code day}: the agency itself or the successor in its
     * line that exists then; when that line ended without a successor (a district-level committee, 2025), the
     * units carrying on the duties of the agencies under it (its communes' successors), in order, without repeats.
     * Empty when the agency does not exist yet on {@code day}, or nothing carries on.
     */
    public List<Agency> carryingOn(Agency agency, LocalDate day) {
        return carryingOn(agency, day, new HashSet<>());
    }

    private List<Agency> carryingOn(Agency agency, LocalDate day, Set<String> visited) {
        Optional<Agency> acting = actingOn(agency, day);
        if (acting.isPresent()) {
            return List.of(acting.get());
        }
        Agency last = lastInLine(agency);
        if (!visited.add(last.getCode()) || last.getValidTo().map(end -> !end.isBefore(day)).orElse(true)) {
            return List.of();
        }
        Map<String, Agency> byCode = new LinkedHashMap<>();
        for (String child : childCodes.getOrDefault(last.getCode(), List.of())) {
            carryingOn(agencies.get(child), day, visited).forEach(a -> byCode.putIfAbsent(a.getCode(), a));
        }
        return List.copyOf(byCode.values());
    }

    private Agency lastInLine(Agency agency) {
        Set<String> seen = new HashSet<>();
        Agency current = agency;
        while (seen.add(current.getCode())) {
            String next = successorCodes.get(current.getCode());
            Agency successor = next == null ? null : agencies.get(next);
            if (successor == null) {
                return current;
            }
            current = successor;
        }
        return current;
    }

    /** The agency itself if it exists on {@code day}, else the successor in its line that does. */
    public Optional<Agency> actingOn(Agency agency, LocalDate day) {
        Set<String> seen = new HashSet<>();
        Agency current = agency;
        while (current != null && seen.add(current.getCode())) {
            if (current.isValidOn(day)) {
                return Optional.of(current);
            }
            String next = successorCodes.get(current.getCode());
            current = next == null ? null : agencies.get(next);
        }
        return Optional.empty();
    }

    /** Collects agencies, groups, successors and the names written for them. */
    public static final class Builder {
        private final Map<String, Agency> agencies = new LinkedHashMap<>();
        private final Map<String, AgencyGroup> groups = new LinkedHashMap<>();
        private final Map<String, String> successorCodes = new HashMap<>();
        private final Map<String, String> parentCodes = new HashMap<>();
        private final Map<List<String>, List<ResponsibleParty>> names = new HashMap<>();

        private Builder() {
        }

        public Builder agency(Agency agency) {
            Objects.requireNonNull(agency, "agency");
            if (agencies.putIfAbsent(agency.getCode(), agency) != null || groups.containsKey(agency.getCode())) {
                throw new IllegalArgumentException("Duplicate agency code " + agency.getCode());
            }
            ResponsibleParty party = ResponsibleParty.agency(agency.getCode());
            officialNames(agency.getName()).forEach(n -> name(n, party));
            return this;
        }

        public Builder group(AgencyGroup group) {
            Objects.requireNonNull(group, "group");
            if (groups.putIfAbsent(group.getCode(), group) != null || agencies.containsKey(group.getCode())) {
                throw new IllegalArgumentException("Duplicate group code " + group.getCode());
            }
            name(group.getName(), ResponsibleParty.group(group.getCode()));
            return this;
        }

        public Builder successor(String agencyCode, String successorCode) {
            if (agencyCode.equals(successorCode)) {
                throw new IllegalArgumentException("An agency cannot succeed itself: " + agencyCode);
            }
            successorCodes.put(agencyCode, successorCode);
            return this;
        }

        /** Places an agency under another (a commune under its district), for carrying on duties. */
        public Builder parent(String agencyCode, String parentCode) {
            if (agencyCode.equals(parentCode)) {
                throw new IllegalArgumentException("An agency cannot belong to itself: " + agencyCode);
            }
            parentCodes.put(agencyCode, parentCode);
            return this;
        }

        /** Another name for an agency or a group already added. */
        public Builder alias(String writtenName, String code) {
            if (agencies.containsKey(code)) {
                name(writtenName, ResponsibleParty.agency(code));
            } else if (groups.containsKey(code)) {
                name(writtenName, ResponsibleParty.group(code));
            } else {
                throw new IllegalArgumentException("Alias \"" + writtenName + "\" names unknown code " + code);
            }
            return this;
        }

        private void name(String writtenName, ResponsibleParty party) {
            List<String> key = WrittenName.keyOf(writtenName);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("An empty name cannot stand for " + party);
            }
            List<ResponsibleParty> candidates = names.computeIfAbsent(key, k -> new ArrayList<>());
            if (!candidates.contains(party)) {
                candidates.add(party);
            }
        }

        private static List<String> officialNames(String official) {
            String name = Normalizer.normalize(official, Normalizer.Form.NFC);
            List<String> variants = new ArrayList<>();
            variants.add(name);
            if (name.endsWith(" " + PROVINCE_SUFFIX)) {
                String stem = name.substring(0, name.length() - PROVINCE_SUFFIX.length() - 1);
                variants.add(stem + " tỉnh");
                if (!stem.equalsIgnoreCase(COMMITTEE)) {
                    variants.add(stem);
                }
            } else if (!name.contains("Lai Châu")) {
                variants.add(name + " tỉnh");
                variants.add(name + " " + PROVINCE_SUFFIX);
            }
            if (name.toLowerCase(Locale.ROOT).startsWith(COMMITTEE.toLowerCase(Locale.ROOT) + " ")
                    && !name.endsWith(" " + PROVINCE_SUFFIX)) {
                variants.add(name.substring(COMMITTEE.length() + 1));
            }
            return variants;
        }

        public AgencyDirectory build() {
            return new AgencyDirectory(this);
        }
    }
}
