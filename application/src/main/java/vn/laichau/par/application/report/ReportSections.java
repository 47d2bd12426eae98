package vn.laichau.par.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.UserText;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.plan.PlanRepository;
import vn.laichau.par.persistence.report.WrittenSectionRepository;
import vn.laichau.par.persistence.report.WrittenSectionRepository.WrittenSections;

/**
 * An agency writes the parts of its CCHC report the data cannot give (difficulties, proposals, the recipients,
 * who signs), for a plan; every later draft of that agency's report (or of the province's) starts from them. The
 * first text is stored without a version, each change names the version read; each changed field is audited.
 */
@ApplicationScoped
public class ReportSections {

    static final String AUDITED_AS = "report_written_section";
    static final int LONGEST_TEXT = 20_000;
    static final int LONGEST_LINE = 255;

    /** The texts an agency writes; absent ones are empty. */
    public record Texts(String difficulties, String proposals, String recipients, String signerTitle,
                        String signerName) {
    }

    /** The sections of a scope as stored; {@code version} is empty while none are. */
    public record Stored(long planId, Optional<Long> agencyId, Texts texts, Optional<Long> version) {
    }

    private final PlanRepository plans;
    private final WrittenSectionRepository sections;
    private final AuditTrail audit;
    private final ReportAccess access;

    @Inject
    public ReportSections(PlanRepository plans, WrittenSectionRepository sections, AuditTrail audit,
                          OfficialRepository officials, AgencyRepository agencies,
                          @ConfigProperty(name = "par.alerts.monitoring-agency", defaultValue = "SO_NOI_VU")
                          String monitoringAgencyCode) {
        this.plans = plans;
        this.sections = sections;
        this.audit = audit;
        this.access = new ReportAccess(officials, agencies, monitoringAgencyCode);
    }

    /** For the container's client proxy only. */
    protected ReportSections() {
        this.plans = null;
        this.sections = null;
        this.audit = null;
        this.access = null;
    }

    @Transactional
    public Stored read(long officialId, long planId, Optional<Long> agencyId) {
        Official official = access.acting(officialId);
        plan(planId);
        access.scope(agencyId);
        access.mayRead(official, agencyId);
        return sections.find(planId, agencyId).map(ReportSections::stored)
                .orElse(new Stored(planId, agencyId, new Texts("", "", "", "", ""), Optional.empty()));
    }

    /**
     * Stores the texts: the first ones with {@code expectedVersion} empty (refused as stale when some exist),
     * a change with the version read (refused as stale when it is no longer current).
     */
    @Transactional
    public Stored write(long officialId, long planId, Optional<Long> agencyId, Optional<Long> expectedVersion,
                        Texts texts) {
        Official official = access.acting(officialId);
        plan(planId);
        access.scope(agencyId);
        access.mayWrite(official, agencyId);
        Texts clean = checked(texts);
        Optional<WrittenSections> before = sections.find(planId, agencyId);
        WrittenSections next = new WrittenSections(0, planId, agencyId, clean.difficulties(), clean.proposals(),
                clean.recipients(), clean.signerTitle(), clean.signerName(), 0, Optional.empty());
        boolean stored = expectedVersion.isEmpty() ? sections.insert(next, official.id())
                : sections.update(next, expectedVersion.get(), official.id());
        if (!stored) {
            throw Refusal.stale("phần báo cáo do đơn vị viết", "written report sections", planId);
        }
        WrittenSections after = sections.find(planId, agencyId).orElseThrow();
        Actor actor = Actor.official(official.id(), official.displayName(), Channel.API);
        long entityId = after.id();
        Texts old = before.map(ReportSections::texts).orElse(new Texts(null, null, null, null, null));
        audit.record(actor, AUDITED_AS, entityId, "difficulties", old.difficulties(), clean.difficulties());
        audit.record(actor, AUDITED_AS, entityId, "proposals", old.proposals(), clean.proposals());
        audit.record(actor, AUDITED_AS, entityId, "recipients", old.recipients(), clean.recipients());
        audit.record(actor, AUDITED_AS, entityId, "signer_title", old.signerTitle(), clean.signerTitle());
        audit.record(actor, AUDITED_AS, entityId, "signer_name", old.signerName(), clean.signerName());
        return stored(after);
    }

    private void plan(long planId) {
        plans.findById(planId).orElseThrow(() -> Refusal.notFound("kế hoạch", "plan", planId));
    }

    private static Texts checked(Texts texts) {
        if (texts == null) {
            throw Refusal.of(Refusal.Reason.INVALID, "missing-body", "Thiếu nội dung yêu cầu",
                    "The request body is missing");
        }
        List<Refusal.Violation> violations = new ArrayList<>();
        Texts clean = new Texts(field("difficulties", texts.difficulties(), LONGEST_TEXT, violations),
                field("proposals", texts.proposals(), LONGEST_TEXT, violations),
                field("recipients", texts.recipients(), LONGEST_TEXT, violations),
                field("signerTitle", texts.signerTitle(), LONGEST_LINE, violations),
                field("signerName", texts.signerName(), LONGEST_LINE, violations));
        if (!violations.isEmpty()) {
            throw Refusal.invalid("invalid-report-sections", "Nội dung báo cáo không hợp lệ",
                    "The report sections are invalid", violations);
        }
        return clean;
    }

    private static String field(String name, String value, int longest, List<Refusal.Violation> violations) {
        if (value == null) {
            return "";
        }
        boolean multiLine = longest != LONGEST_LINE;
        String text = UserText.cleaned(value, multiLine);
        if (text.length() > longest) {
            violations.add(new Refusal.Violation(name, "dài quá " + longest + " ký tự",
                    "longer than " + longest + " characters"));
        } else {
            UserText.violation(name, text, multiLine).ifPresent(violations::add);
        }
        return text;
    }

    private static Texts texts(WrittenSections s) {
        return new Texts(nz(s.difficulties()), nz(s.proposals()), nz(s.recipients()), nz(s.signerTitle()),
                nz(s.signerName()));
    }

    private static Stored stored(WrittenSections s) {
        return new Stored(s.planId(), s.agencyId(), texts(s), Optional.of(s.version()));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
