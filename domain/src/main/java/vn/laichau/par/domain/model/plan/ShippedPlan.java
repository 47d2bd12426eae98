package vn.laichau.par.domain.model.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.agency.AgencyReference;
import vn.laichau.par.domain.model.agency.ReferenceTable;
import vn.laichau.par.domain.model.agency.ResponsibleParty;

/**
 * A curated plan shipped on the class path, read into the model: {@code plan.properties} (number, title,
 * issuer, issue date, period), {@code areas.tsv}, {@code tasks.tsv}, {@code indicators.tsv} with
 * {@code indicator-targets.tsv}, {@code par-index.tsv} (the PAR INDEX results the plan cites),
 * {@code par-index-published.tsv} (results the Ministry published after the plan was issued), and
 * {@code body-tasks.tsv} for the obligations the plan's body states outside its appendix (each department's yearly
 * report, its own implementation plan). Party codes in {@code tasks.tsv} are agency codes
 * of {@link AgencyReference}, or group codes written {@code G:CODE}. Every code is checked on reading.
 */
public final class ShippedPlan {

    /** Kế hoạch 447/KH-UBND of Lai Châu (2017–2020). */
    public static final String PLAN_447 = "plan/447-KH-UBND/";

    private static final String GROUP_PREFIX = "G:";
    private static final String BODY_TASKS = "body-tasks.tsv";

    private final Plan plan;
    private final String province;
    private final List<ParIndexResult> parIndexHistory;
    private final List<ParIndexResult> parIndexPublished;
    private final AgencyReference agencies;
    private final Map<String, String> sourceLines;

    private ShippedPlan(String folder, AgencyReference agencies) {
        this.agencies = agencies;
        Properties header = properties(folder + "plan.properties");
        this.province = required(header, "province");
        this.plan = new Plan(required(header, "number"), required(header, "title"), required(header, "issuer"),
                LocalDate.parse(required(header, "issued_on")), Integer.parseInt(required(header, "first_year")),
                Integer.parseInt(required(header, "last_year")));
        AgencyDirectory directory = agencies.directory();
        for (ReferenceTable.Row row : ReferenceTable.fromClasspath(folder + "areas.tsv").rows()) {
            Area area = plan.openArea(row.required("numeral"), row.required("name"));
            row.optional("section").ifPresent(section -> area.assignResponsibility(new AreaResponsibility(section,
                    row.required("lead"), parties(row, "lead_parties", directory),
                    row.optional("coordinating").orElse(""), parties(row, "coordinating_parties", directory))));
        }
        this.sourceLines = new LinkedHashMap<>();
        for (ReferenceTable.Row row : ReferenceTable.fromClasspath(folder + "tasks.tsv").rows()) {
            String numeral = row.required("area");
            Area area = plan.area(numeral).orElseThrow(() -> new IllegalStateException(
                    row.source() + " line " + row.lineNumber() + ": unknown area " + numeral));
            TaskDefinition definition = new TaskDefinition(row.required("code"), row.optional("heading"),
                    row.required("text"), row.required("lead"), parties(row, "lead_parties", directory),
                    row.optional("coordinating").orElse(""), parties(row, "coordinating_parties", directory),
                    row.required("deadline"), EvidenceRequirement.of(row.optional("evidence").orElse(null)),
                    codes(row.optional("indicator")), Optional.empty());
            plan.addTask(area, definition);
            row.optional("source_lines").ifPresent(lines -> sourceLines.put(definition.code(), lines));
        }
        readBodyObligations(folder, directory);
        readIndicators(folder);
        this.parIndexHistory = readParIndex(folder + "par-index.tsv");
        this.parIndexPublished = readParIndex(folder + "par-index-published.tsv");
    }

    /** Kế hoạch 447/KH-UBND with Lai Châu's agencies. */
    public static ShippedPlan load() {
        return load(PLAN_447, AgencyReference.laiChau());
    }

    /** The plan in a class-path folder (ending with {@code /}), its parties resolved against {@code agencies}. */
    public static ShippedPlan load(String folder, AgencyReference agencies) {
        return new ShippedPlan(folder, agencies);
    }

    /**
     * The obligations the plan's body states outside the appendix ({@code body-tasks.tsv}, optional): added to
     * their area after its appendix rows, marked with the section that states them.
     */
    private void readBodyObligations(String folder, AgencyDirectory directory) {
        if (ShippedPlan.class.getClassLoader().getResource(folder + BODY_TASKS) == null) {
            return;
        }
        for (ReferenceTable.Row row : ReferenceTable.fromClasspath(folder + BODY_TASKS).rows()) {
            String numeral = row.required("area");
            Area area = plan.area(numeral).orElseThrow(() -> new IllegalStateException(
                    row.source() + " line " + row.lineNumber() + ": unknown area " + numeral));
            TaskDefinition definition = new TaskDefinition(row.required("code"), Optional.empty(),
                    row.required("text"), row.required("lead"), parties(row, "lead_parties", directory),
                    row.optional("coordinating").orElse(""), parties(row, "coordinating_parties", directory),
                    row.required("deadline"), EvidenceRequirement.of(row.optional("evidence").orElse(null)),
                    codes(row.optional("indicator")), Optional.of(row.required("section")));
            plan.addTask(area, definition);
            row.optional("source_lines").ifPresent(lines -> sourceLines.put(definition.code(), lines));
        }
    }

    private static List<String> codes(Optional<String> cell) {
        return cell.map(c -> Arrays.stream(c.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList())
                .orElse(List.of());
    }

    private void readIndicators(String folder) {
        Map<String, List<IndicatorTarget>> targets = new LinkedHashMap<>();
        for (ReferenceTable.Row row : ReferenceTable.fromClasspath(folder + "indicator-targets.tsv").rows()) {
            Comparison comparison = Comparison.fromSymbol(row.required("comparison"));
            BigDecimal value = new BigDecimal(row.required("value"));
            IndicatorTarget target = row.optional("year")
                    .map(y -> IndicatorTarget.inYear(Integer.parseInt(y), comparison, value))
                    .orElseGet(() -> IndicatorTarget.everyYear(comparison, value));
            targets.computeIfAbsent(row.required("code"), c -> new ArrayList<>()).add(target);
        }
        for (ReferenceTable.Row row : ReferenceTable.fromClasspath(folder + "indicators.tsv").rows()) {
            String code = row.required("code");
            plan.addIndicator(code, row.optional("area"), row.required("description"), row.required("unit"),
                    targets.getOrDefault(code, List.of()));
        }
        for (Task task : plan.tasks()) {
            task.indicatorCodes().stream().filter(code -> plan.indicator(code).isEmpty()).findFirst().ifPresent(code -> {
                throw new IllegalStateException("Task " + task.code() + " serves unknown indicator " + code);
            });
        }
    }

    private List<ParIndexResult> readParIndex(String file) {
        return ReferenceTable.fromClasspath(file).rows().stream()
                .map(row -> new ParIndexResult(province, Integer.parseInt(row.required("year")),
                        new ParIndexResult.Figures(new BigDecimal(row.required("score")),
                                row.optional("max_score").map(BigDecimal::new).orElse(ParIndexResult.HUNDRED),
                                row.optional("rank").map(Integer::valueOf).orElse(null),
                                row.optional("ranked_out_of").map(Integer::valueOf).orElse(null), List.of(),
                                row.optional("source").orElse(null))))
                .toList();
    }

    private static List<ResponsibleParty> parties(ReferenceTable.Row row, String column, AgencyDirectory directory) {
        return row.optional(column).map(codes -> Arrays.stream(codes.split(",")).map(String::strip).map(code -> {
            ResponsibleParty party = code.startsWith(GROUP_PREFIX)
                    ? ResponsibleParty.group(code.substring(GROUP_PREFIX.length()))
                    : ResponsibleParty.agency(code);
            boolean known = party.isGroup() ? directory.group(party.code()).isPresent()
                    : directory.agency(party.code()).isPresent();
            if (!known) {
                throw new IllegalStateException(row.source() + " line " + row.lineNumber() + ": unknown party " + code);
            }
            return party;
        }).toList()).orElse(List.of());
    }

    private static Properties properties(String resource) {
        try (InputStream in = ShippedPlan.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Data file not found on the class path: " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("plan.properties: " + key + " is missing");
        }
        return Texts.nfc(value);
    }

    public Plan plan() {
        return plan;
    }

    /** The province the plan and its PAR INDEX history belong to. */
    public String province() {
        return province;
    }

    /** The PAR INDEX results the plan cites, oldest first. */
    public List<ParIndexResult> parIndexHistory() {
        return parIndexHistory;
    }

    /** The PAR INDEX results published after the plan was issued, oldest first. */
    public List<ParIndexResult> parIndexPublished() {
        return parIndexPublished;
    }

    public AgencyReference agencies() {
        return agencies;
    }

    /** The lines of the published text a task was read from, e.g. {@code "253,255"}. */
    public Optional<String> sourceLinesOf(String taskCode) {
        return Optional.ofNullable(sourceLines.get(taskCode));
    }
}
