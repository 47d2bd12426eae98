package vn.laichau.par.application.agency;

import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.Refusal.Reason;
import vn.laichau.par.domain.Refusal.Violation;
import vn.laichau.par.domain.UserText;
import vn.laichau.par.persistence.agency.AgencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyKind;
import vn.laichau.par.domain.model.agency.AgencyLinks;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.domain.model.official.Official;

/**
 * The agencies as administrators keep them: listing and reading them (with successor, predecessors and whether
 * they exist today), creating one, changing its names, kind, place, validity and
 * successor, recording its end and undoing an end recorded by mistake. Every change checks the caller saw the
 * current version, keeps codes unique and names unique among agencies that exist at the same time, keeps
 * successor and parent lines free of loops, and is written to the audit trail in the same transaction.
 *
 * <p>Ending an agency never moves its occurrences: an occurrence stays with the agency it was assigned to, so
 * that history stays attributable. The answer says how many open ones it still holds; the next cycle gives the
 * periods after the last day to the successor.
 */
@ApplicationScoped
public class AgencyAdministration {

    /** The audit trail's name for agency records. */
    public static final String AUDITED = "agency";
    /** The audit trail's name for official records (as the accounts' administration names them). */
    static final String OFFICIAL_AUDITED = "official";
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,63}";
    static final int MAX_NAME = 255;
    static final int MAX_SHORT_NAME = 64;

    private final AgencyRepository agencies;
    private final OccurrenceRepository occurrences;
    private final OfficialRepository officials;
    private final AuditTrail audit;
    private final Clock clock;

    /** For the container's client proxy only. */
    protected AgencyAdministration() {
        this(null, null, null, null, null);
    }

    @Inject
    public AgencyAdministration(AgencyRepository agencies, OccurrenceRepository occurrences,
                                OfficialRepository officials, AuditTrail audit, Clock clock) {
        this.agencies = agencies;
        this.occurrences = occurrences;
        this.officials = officials;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Agencies in id order after {@code afterId}, at most {@code limit}, of one kind when given: with
     * {@code existingToday} those that exist today (true) or do not (false), else those that exist on {@code day}
     * when given, else all.
     */
    @Transactional
    public List<AgencyView> list(long afterId, int limit, Optional<LocalDate> day, Optional<Boolean> existingToday,
                                 Optional<AgencyKind> kind) {
        LocalDate today = today();
        List<Agency> rows = agencies.list(afterId, limit,
                existingToday.isPresent() ? Optional.of(today) : day, existingToday.orElse(true), kind);
        Map<Long, Agency> successors = byId(rows.stream().flatMap(a -> a.getSuccessorId().stream())
                .collect(Collectors.toSet()));
        return rows.stream().map(a -> new AgencyView(a, a.getSuccessorId().map(successors::get), Optional.empty(),
                a.isValidOn(today))).toList();
    }

    /** One agency with its successor and predecessors; refused when there is none. */
    @Transactional
    public AgencyView get(long id) {
        return shown(found(id));
    }

    /** A new agency with a code no agency or group uses. */
    @Transactional
    public AgencyView create(Actor actor, String code, AgencyDetails details) {
        List<Violation> violations = new ArrayList<>();
        String cleanCode = code == null ? "" : code.strip();
        if (!cleanCode.matches(CODE_PATTERN)) {
            violations.add(new Violation("code", "Mã gồm chữ in hoa, số và dấu _, 2–64 ký tự, bắt đầu bằng chữ", ""
                    + "a code is 2–64 capital letters, digits and _, starting with a letter"));
        }
        checkDetails(null, details, violations);
        refuseIfAny(violations);
        if (agencies.findByCode(cleanCode).isPresent()
                || agencies.findGroupByCode(cleanCode).isPresent()) {
            throw refusal(Reason.CONFLICT, "agency-conflict", "Mã " + cleanCode + " đã được dùng",
                    "The code " + cleanCode + " is taken", List.of(new Violation("code", "đã được dùng", "taken")));
        }
        refuseSameNameAtTheSameTime(null, details);
        Agency agency = new Agency(cleanCode, details.name(), details.kind(), details.validFrom(), details.validTo());
        agency.rename(details.name(), details.shortName());
        agencies.add(agency);
        agencies.flush();
        agency.placeUnder(details.parentId() == null ? null : agencies.findById(details.parentId()).orElse(null));
        agency.changeValidity(details.validFrom(), details.validTo(),
                details.successorId() == null ? null : agencies.findById(details.successorId()).orElse(null));
        agencies.flush();
        audit.record(actor, AUDITED, agency.getId(), "code", null, agency.getCode());
        recordChanges(audit, actor, Snapshot.EMPTY, Snapshot.of(agency), agency.getId());
        return shown(agency);
    }

    /** Replaces what an administrator sets on an agency; the code stays. */
    @Transactional
    public AgencyView change(Actor actor, long id, long expectedVersion, AgencyDetails details) {
        Agency agency = current(id, expectedVersion);
        List<Violation> violations = new ArrayList<>();
        checkDetails(agency, details, violations);
        refuseIfAny(violations);
        refuseSameNameAtTheSameTime(agency, details);
        Snapshot before = Snapshot.of(agency);
        agency.rename(details.name(), details.shortName());
        agency.reclassify(details.kind());
        agency.placeUnder(details.parentId() == null ? null : agencies.findById(details.parentId()).orElse(null));
        agency.changeValidity(details.validFrom(), details.validTo(),
                details.successorId() == null ? null : agencies.findById(details.successorId()).orElse(null));
        agencies.flush();
        recordChanges(audit, actor, before, Snapshot.of(agency), id);
        return shown(agency);
    }

    /**
     * Records that the agency ends on {@code lastDay} (today when absent), its duties carried on by
     * {@code successorId} when there is one. The open occurrences it still holds stay with it and are counted in
     * the answer. Its active officials are moved to the successor or deactivated, as {@code officialsOnEnd} says;
     * with active officials and no choice, or a move without a successor, it is refused. Each official changed is
     * written to the audit trail, and their sessions end.
     */
    @Transactional
    public AgencyEnd end(Actor actor, long id, long expectedVersion, Optional<LocalDate> lastDayGiven,
                         Long successorId, Optional<OfficialsOnEnd> officialsOnEnd) {
        Agency agency = current(id, expectedVersion);
        LocalDate lastDay = lastDayGiven.orElseGet(this::today);
        List<Violation> violations = new ArrayList<>();
        if (agency.getValidFrom().filter(lastDay::isBefore).isPresent()) {
            violations.add(new Violation("lastDay", "Ngày cuối cùng trước ngày bắt đầu "
                    + VietnameseDate.of(agency.getValidFrom().get()) + "", "the last day is before the first day "
                    + VietnameseDate.of(agency.getValidFrom().get())));
        }
        if (successorId != null) {
            checkSuccessor(agency, successorId, lastDay, violations);
        }
        List<Official> staff = officials.activeOfAgency(id);
        if (!staff.isEmpty() && officialsOnEnd.isEmpty()) {
            violations.add(new Violation("officials", "Cơ quan còn " + staff.size() + " cán bộ đang hoạt động: hãy chọn "
                    + "MOVE_TO_SUCCESSOR (chuyển sang cơ quan kế thừa) hoặc DEACTIVATE (vô hiệu hóa tài khoản)",
                    "the agency still has " + staff.size() + " active officials: choose MOVE_TO_SUCCESSOR or "
                            + "DEACTIVATE"));
        } else if (!staff.isEmpty() && officialsOnEnd.get() == OfficialsOnEnd.MOVE_TO_SUCCESSOR && successorId == null) {
            violations.add(new Violation("officials", "Không có cơ quan kế thừa để chuyển cán bộ sang",
                    "there is no successor to move the officials to"));
        }
        refuseIfAny(violations);
        refuseSameNameAtTheSameTime(agency, new AgencyDetails(agency.getName(), null, agency.getKind(), null,
                agency.getValidFrom().orElse(null), lastDay, successorId));
        Snapshot before = Snapshot.of(agency);
        agency.dissolveInto(successorId == null ? null : agencies.findById(successorId).orElse(null), lastDay);
        agencies.flush();
        recordChanges(audit, actor, before, Snapshot.of(agency), id);
        OfficialsOnEnd disposition = staff.isEmpty() ? null : officialsOnEnd.get();
        for (Official official : staff) {
            if (disposition == OfficialsOnEnd.MOVE_TO_SUCCESSOR) {
                official.moveTo(successorId);
                audit.record(actor, OFFICIAL_AUDITED, official.id(), "agencyId", id, successorId);
            } else {
                official.deactivate();
                audit.record(actor, OFFICIAL_AUDITED, official.id(), "active", true, false);
            }
        }
        officials.flush();
        return new AgencyEnd(shown(agency), lastDay, openOccurrences(id, lastDay, false),
                openOccurrences(id, lastDay, true), disposition, staff.size());
    }

    /** Undoes a recorded end: the agency exists again, without a successor. */
    @Transactional
    public AgencyView restore(Actor actor, long id, long expectedVersion) {
        Agency agency = current(id, expectedVersion);
        if (agency.getValidTo().isEmpty() && agency.getSuccessorId().isEmpty()) {
            throw refusal(Reason.CONFLICT, "agency-conflict", "Cơ quan " + agency.getName() + " chưa kết thúc",
                    "The agency " + agency.getName() + " has not ended");
        }
        refuseSameNameAtTheSameTime(agency, new AgencyDetails(agency.getName(), null, agency.getKind(), null,
                agency.getValidFrom().orElse(null), null, null));
        Snapshot before = Snapshot.of(agency);
        agency.restore();
        agencies.flush();
        recordChanges(audit, actor, before, Snapshot.of(agency), id);
        return shown(agency);
    }

    /** The open occurrences of an agency due by {@code lastDay}, or after it. */
    public long openOccurrences(long agencyId, LocalDate lastDay, boolean dueAfter) {
        return occurrences.countOpenOf(agencyId, lastDay, dueAfter);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private AgencyView shown(Agency agency) {
        Optional<Agency> successor = agency.getSuccessorId().flatMap(agencies::findById);
        return new AgencyView(agency, successor, Optional.of(agencies.predecessorsOf(agency.getId())),
                agency.isValidOn(today()));
    }

    private Map<Long, Agency> byId(java.util.Set<Long> ids) {
        return agencies.findAll(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(Agency::getId, Function.identity()));
    }

    private Agency found(long id) {
        return agencies.findById(id).orElseThrow(() -> refusal(Reason.NOT_FOUND, "agency-not-found",
                "Không tìm thấy cơ quan mã số " + id, "No agency with id " + id));
    }

    private Agency current(long id, long expectedVersion) {
        Agency agency = found(id);
        if (agency.getVersion() != expectedVersion) {
            throw refusal(Reason.STALE, "stale-version",
                    "Cơ quan đã được thay đổi từ khi bạn đọc; hãy tải lại",
                    "The agency changed since you read it; reload it");
        }
        return agency;
    }

    private void checkDetails(Agency agency, AgencyDetails details, List<Violation> violations) {
        if (details.name() == null || details.name().isBlank()) {
            violations.add(new Violation("name", "Bắt buộc", "required"));
        } else if (details.name().strip().length() > MAX_NAME) {
            violations.add(new Violation("name", "Tối đa " + MAX_NAME + " ký tự", "at most " + MAX_NAME + " characters"));
        } else {
            UserText.violation("name", UserText.cleaned(details.name(), false), false).ifPresent(violations::add);
        }
        if (details.shortName() != null && details.shortName().strip().length() > MAX_SHORT_NAME) {
            violations.add(new Violation("shortName", "Tối đa " + MAX_SHORT_NAME + " ký tự", "at most "
                    + MAX_SHORT_NAME + " characters"));
        } else if (details.shortName() != null) {
            UserText.violation("shortName", UserText.cleaned(details.shortName(), false), false)
                    .ifPresent(violations::add);
        }
        if (details.kind() == null) {
            violations.add(new Violation("kind", "Bắt buộc", "required"));
        }
        if (details.validFrom() != null && details.validTo() != null
                && details.validTo().isBefore(details.validFrom())) {
            violations.add(new Violation("validTo", "Ngày kết thúc " + VietnameseDate.of(details.validTo())
                    + " trước ngày bắt đầu " + VietnameseDate.of(details.validFrom()) + "", "the last day "
                    + VietnameseDate.of(details.validTo()) + " is before the first day " + VietnameseDate.of(details.validFrom())));
        }
        if (details.parentId() != null) {
            Agency parent = agencies.findById(details.parentId()).orElse(null);
            if (parent == null) {
                violations.add(new Violation("parentId", "Không có cơ quan mã số " + details.parentId()
                        + "", "no agency with id " + details.parentId()));
            } else if (agency != null && parent.getId().equals(agency.getId())) {
                violations.add(new Violation("parentId", "Một cơ quan không thể trực thuộc chính nó", ""
                        + "an agency cannot be placed under itself"));
            } else if (agency != null && AgencyLinks.closesLoop(agency.getId(), parent.getId(), this::parentOf)) {
                violations.add(new Violation("parentId", "Cơ quan " + parent.getName() + " đã trực thuộc cơ quan này"
                        + "", "" + parent.getName() + " is already placed under this agency"));
            }
        }
        if (details.successorId() != null) {
            if (details.validTo() == null) {
                violations.add(new Violation("successorId", "Chỉ cơ quan đã kết thúc (có ngày kết thúc) mới có cơ quan"
                        + " kế thừa", "only an agency with a last day has a successor"));
            } else {
                checkSuccessor(agency, details.successorId(), details.validTo(), violations);
            }
        }
    }

    private void checkSuccessor(Agency agency, long successorId, LocalDate lastDay, List<Violation> violations) {
        Agency successor = agencies.findById(successorId).orElse(null);
        if (successor == null) {
            violations.add(new Violation("successorId", "Không có cơ quan mã số " + successorId
                    + "", "no agency with id " + successorId));
            return;
        }
        if (agency != null && successor.getId().equals(agency.getId())) {
            violations.add(new Violation("successorId", "Một cơ quan không thể kế thừa chính nó", ""
                    + "an agency cannot succeed itself"));
            return;
        }
        if (agency != null && AgencyLinks.closesLoop(agency.getId(), successor.getId(), this::successorOf)) {
            violations.add(new Violation("successorId", "Cơ quan " + successor.getName() + " đã được cơ quan này kế "
                    + "thừa (trực tiếp hoặc gián tiếp); chuỗi kế thừa không được quay vòng", "" + successor.getName()
                    + " is already succeeded by this agency; a line of successors cannot loop"));
            return;
        }
        if (lastDay != null && actingOn(successor, lastDay.plusDays(1)).isEmpty()) {
            violations.add(new Violation("successorId", "Cơ quan " + successor.getName() + " và các cơ quan kế thừa "
                    + "nó không tồn tại vào ngày " + VietnameseDate.of(lastDay.plusDays(1)) + "", "" + successor.getName()
                    + " and its successors do not exist on " + VietnameseDate.of(lastDay.plusDays(1))));
        }
    }

    /** The agency itself if it exists on {@code day}, else the first of its successors that does. */
    private Optional<Agency> actingOn(Agency start, LocalDate day) {
        List<Long> seen = new ArrayList<>();
        Agency current = start;
        while (current != null && !seen.contains(current.getId())) {
            if (current.isValidOn(day)) {
                return Optional.of(current);
            }
            seen.add(current.getId());
            current = current.getSuccessorId().flatMap(agencies::findById).orElse(null);
        }
        return Optional.empty();
    }

    private Optional<Long> successorOf(long id) {
        return agencies.findById(id).flatMap(Agency::getSuccessorId);
    }

    private Optional<Long> parentOf(long id) {
        return agencies.findById(id).flatMap(Agency::getParentId);
    }

    /**
     * Two agencies may share a name only when they never exist on the same day (a commune before and after a
     * merger); the comparison ignores case, not diacritics.
     */
    private void refuseSameNameAtTheSameTime(Agency agency, AgencyDetails details) {
        String wanted = comparable(details.name());
        List<Agency> namesakes = agencies.findByName(Normalizer.normalize(details.name().strip(),
                Normalizer.Form.NFC));
        for (Agency other : namesakes) {
            if (agency != null && other.getId().equals(agency.getId())) {
                continue;
            }
            if (comparable(other.getName()).equals(wanted) && overlap(details.validFrom(), details.validTo(),
                    other.getValidFrom().orElse(null), other.getValidTo().orElse(null))) {
                throw refusal(Reason.CONFLICT, "agency-conflict", "Đã có cơ quan " + other.getName() + " ("
                        + other.getCode() + ") tồn tại cùng thời gian",
                        "Another agency named " + other.getName() + " (" + other.getCode() + ") exists at the same time",
                        List.of(new Violation("name", "trùng tên với " + other.getCode() + "", "the same name as "
                                + other.getCode())));
            }
        }
    }

    private static boolean overlap(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
        boolean firstEndsBeforeSecond = to1 != null && from2 != null && to1.isBefore(from2);
        boolean secondEndsBeforeFirst = to2 != null && from1 != null && to2.isBefore(from1);
        return !firstEndsBeforeSecond && !secondEndsBeforeFirst;
    }

    private static String comparable(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi"));
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw refusal(Reason.INVALID, "invalid-agency", "Thông tin cơ quan không hợp lệ",
                    "The agency's details are invalid", violations);
        }
    }

    private static void recordChanges(AuditTrail audit, Actor actor, Snapshot before, Snapshot after, long id) {
        audit.record(actor, AUDITED, id, "name", before.name(), after.name());
        audit.record(actor, AUDITED, id, "shortName", before.shortName(), after.shortName());
        audit.record(actor, AUDITED, id, "kind", before.kind(), after.kind());
        audit.record(actor, AUDITED, id, "parentId", before.parentId(), after.parentId());
        audit.record(actor, AUDITED, id, "validFrom", before.validFrom(), after.validFrom());
        audit.record(actor, AUDITED, id, "validTo", before.validTo(), after.validTo());
        audit.record(actor, AUDITED, id, "successorId", before.successorId(), after.successorId());
    }

    /** The audited fields of an agency at one moment. */
    private record Snapshot(String name, String shortName, String kind, Long parentId, LocalDate validFrom,
                            LocalDate validTo, Long successorId) {

        static final Snapshot EMPTY = new Snapshot(null, null, null, null, null, null, null);

        static Snapshot of(Agency a) {
            return new Snapshot(a.getName(), a.getShortName().orElse(null), a.getKind().name(),
                    a.getParentId().orElse(null), a.getValidFrom().orElse(null), a.getValidTo().orElse(null),
                    a.getSuccessorId().orElse(null));
        }
    }

    private static Refusal refusal(Reason reason, String code, String detailVi, String detailEn) {
        return Refusal.of(reason, code, detailVi, detailEn);
    }

    private static Refusal refusal(Reason reason, String code, String detailVi, String detailEn,
                                   List<Violation> violations) {
        return reason == Reason.INVALID ? Refusal.invalid(code, detailVi, detailEn, violations)
                : Refusal.withViolations(reason, code, detailVi, detailEn, violations);
    }
}
