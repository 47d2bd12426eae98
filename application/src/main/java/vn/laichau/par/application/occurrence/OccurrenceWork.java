package vn.laichau.par.application.occurrence;

import vn.laichau.par.domain.Refusal;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.occurrence.EvidenceMissingException;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.occurrence.ProgressReport;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.application.occurrence.DeadlineExtensionRepository;
import vn.laichau.par.application.occurrence.EvidenceUpload;
import vn.laichau.par.application.occurrence.OccurrenceRecorder;

/**
 * What an official does on an occurrence, whichever the channel (the REST API or the Telegram bot): report
 * progress, store evidence, mark it finished, ask for a deadline extension; and what an admin decides.
 *
 * <p>Every method takes the acting official's id and the channel, checks in one transaction that the official
 * is active and may act — an official only for the occurrences of their own agency, an admin for every one, a
 * leader for none — and that the caller saw the current version, then records the change and its audit trail.
 * A refusal is a {@link Refusal} whose reason the caller turns into its own answer.
 */
@ApplicationScoped
public class OccurrenceWork {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @PersistenceContext(unitName = "par")
    private EntityManager em;

    /** The container's, to remove an evidence file whose transaction does not commit; absent outside one. */
    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final OccurrenceRecorder recorder;
    private final DeadlineExtensionRepository extensions;
    private final EvidenceStore evidenceStore;
    private final Clock clock;

    /** For the container's client proxy only. */
    protected OccurrenceWork() {
        this.recorder = null;
        this.extensions = null;
        this.evidenceStore = null;
        this.clock = null;
    }

    /**
     * The container's constructor: the application's evidence store and clock when it has them, else the
     * store under {@code PAR_DATA_DIR} and the system clock. The entity manager is the container's.
     */
    @Inject
    OccurrenceWork(OccurrenceRecorder recorder, DeadlineExtensionRepository extensions,
                   Instance<EvidenceStore> evidenceStores, Instance<Clock> clocks) {
        this(null, recorder, extensions,
                evidenceStores.isResolvable() ? evidenceStores.get() : defaultEvidenceStore(),
                clocks.isResolvable() ? clocks.get() : Clock.systemUTC());
    }

    /**
     * Outside a container (the bot's tests, tools): every collaborator given, all on {@code em}, whose
     * transaction the caller runs.
     */
    public OccurrenceWork(EntityManager em, OccurrenceRecorder recorder, DeadlineExtensionRepository extensions,
                          EvidenceStore evidenceStore, Clock clock) {
        this.em = em;
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.extensions = Objects.requireNonNull(extensions, "extensions");
        this.evidenceStore = Objects.requireNonNull(evidenceStore, "evidenceStore");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The occurrence if the official may work on it now, without changing anything: for a channel that asks
     * for details (a percent, a file, a date) before it acts. Refused as every write would be.
     */
    public Occurrence occurrenceToWorkOn(long officialId, long occurrenceId) {
        return mayActOn(actingOfficial(officialId), occurrenceId);
    }

    /** Records a progress report (percent 0–100, an optional note). */
    @Transactional
    public ProgressReport reportProgress(long officialId, Channel channel, long occurrenceId, long expectedVersion,
                                         int percent, String note) {
        Official official = actingOfficial(officialId);
        writable(official, occurrenceId, expectedVersion);
        if (percent < 0 || percent > 100) {
            throw Refusal.of(Refusal.Reason.INVALID, "invalid-request",
                    "Tiến độ phải từ 0 đến 100 %", "Progress must be between 0 and 100 %");
        }
        return translated(() -> recorder.reportProgress(occurrenceId, expectedVersion, percent, note,
                actor(official, channel)));
    }

    /**
     * Marks the occurrence finished today (Asia/Ho_Chi_Minh); refused with {@code EVIDENCE_MISSING} when the
     * task asks for evidence and none was received.
     */
    @Transactional
    public Occurrence finish(long officialId, Channel channel, long occurrenceId, long expectedVersion) {
        Official official = actingOfficial(officialId);
        writable(official, occurrenceId, expectedVersion);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        return translated(() -> recorder.finish(occurrenceId, expectedVersion, today, actor(official, channel)));
    }

    /**
     * Stores an evidence file (checked name, accepted type, size limit, SHA-256) and records it. The file is
     * removed again when the record cannot be written or, in a container, when the transaction does not commit.
     */
    @Transactional
    public Evidence storeEvidence(long officialId, Channel channel, long occurrenceId, long expectedVersion,
                                  String fileName, String contentType, InputStream content) {
        Official official = actingOfficial(officialId);
        writable(official, occurrenceId, expectedVersion);
        EvidenceUpload upload = evidenceStore.store(occurrenceId, fileName, contentType, content);
        boolean discardedByTransaction = transactions != null && transactions.getTransactionKey() != null;
        if (discardedByTransaction) {
            transactions.registerInterposedSynchronization(
                    new DiscardUnlessCommitted(evidenceStore, upload.storagePath()));
        }
        try {
            return translated(() -> recorder.recordEvidence(occurrenceId, expectedVersion, upload,
                    actor(official, channel)));
        } catch (RuntimeException e) {
            if (!discardedByTransaction) {
                evidenceStore.discard(upload.storagePath());
            }
            throw e;
        }
    }

    /** Asks to move the due date to {@code newDueDate} for {@code reason}; an admin decides. */
    @Transactional
    public DeadlineExtension requestExtension(long officialId, Channel channel, long occurrenceId,
                                              long expectedVersion, LocalDate newDueDate, String reason) {
        Official official = actingOfficial(officialId);
        writable(official, occurrenceId, expectedVersion);
        if (newDueDate == null || reason == null || reason.isBlank()) {
            throw Refusal.of(Refusal.Reason.INVALID, "invalid-request",
                    "Cần ngày hạn mới và lý do gia hạn", "A new due date and a reason are required");
        }
        return translated(() -> extensions.request(occurrenceId, expectedVersion, newDueDate, reason,
                actor(official, channel)));
    }

    /**
     * An admin's decision on a pending request, with the reference of the deciding document; an approval moves
     * the occurrence's due date.
     */
    @Transactional
    public DeadlineExtension decideExtension(long officialId, Channel channel, long extensionId, long expectedVersion,
                                             boolean approve, String decisionReference) {
        Official official = actingOfficial(officialId);
        if (!official.hasRole(Role.ADMIN)) {
            throw Refusal.of(Refusal.Reason.FORBIDDEN, "not-your-agency",
                    "Chỉ quản trị viên của cơ quan theo dõi mới được quyết định gia hạn",
                    "Only an admin of the monitoring agency decides extensions");
        }
        DeadlineExtension extension = em.find(DeadlineExtension.class, extensionId);
        if (extension == null) {
            throw notFound("yêu cầu gia hạn", "extension", extensionId);
        }
        if (extension.version() != expectedVersion) {
            throw stale("Yêu cầu gia hạn", "extension", extensionId);
        }
        if (extension.status() != ExtensionStatus.PENDING) {
            throw Refusal.of(Refusal.Reason.CONFLICT, "conflicting-state",
                    "Yêu cầu gia hạn " + extensionId + " đã được quyết định",
                    "Extension " + extensionId + " was already decided");
        }
        if (decisionReference == null || decisionReference.isBlank()) {
            throw Refusal.of(Refusal.Reason.INVALID, "invalid-request",
                    "Cần số hiệu văn bản quyết định", "A decision reference is required");
        }
        Actor actor = actor(official, channel);
        return translated(() -> approve
                ? extensions.approve(extensionId, expectedVersion, decisionReference, actor)
                : extensions.reject(extensionId, expectedVersion, decisionReference, actor));
    }

    /** Where an evidence file lies on disk, for a download. */
    public Path evidenceFile(Evidence evidence) {
        return evidenceStore.resolve(evidence.storagePath());
    }

    private Official actingOfficial(long officialId) {
        Official official = em.find(Official.class, officialId);
        if (official == null || !official.isActive()) {
            throw Refusal.of(Refusal.Reason.FORBIDDEN, "not-your-agency",
                    "Tài khoản không tồn tại hoặc đã ngừng hoạt động", "The account does not exist or is inactive");
        }
        return official;
    }

    private Occurrence writable(Official official, long occurrenceId, long expectedVersion) {
        Occurrence occurrence = mayActOn(official, occurrenceId);
        if (occurrence.version() != expectedVersion) {
            throw stale("Kỳ", "occurrence", occurrenceId);
        }
        return occurrence;
    }

    private Occurrence mayActOn(Official official, long occurrenceId) {
        Occurrence occurrence = em.find(Occurrence.class, occurrenceId);
        if (occurrence == null) {
            throw notFound("kỳ", "occurrence", occurrenceId);
        }
        boolean admin = official.hasRole(Role.ADMIN);
        boolean ownAgency = official.hasRole(Role.OFFICIAL) && official.agencyId() == occurrence.agencyId();
        if (admin || ownAgency) {
            return occurrence;
        }
        if (official.hasRole(Role.OFFICIAL)) {
            throw Refusal.of(Refusal.Reason.FORBIDDEN, "not-your-agency",
                    "Cán bộ chỉ được cập nhật các kỳ của cơ quan mình",
                    "An official acts only on the occurrences of their own agency");
        }
        throw Refusal.of(Refusal.Reason.FORBIDDEN, "not-your-agency",
                "Tài khoản lãnh đạo chỉ được xem, không cập nhật kỳ",
                "A leader's account reads only and changes no occurrence");
    }

    private static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (EvidenceMissingException e) {
            throw Refusal.of(Refusal.Reason.EVIDENCE_MISSING, "evidence-missing", e.messageVi(),
                    e.getMessage());
        } catch (IllegalArgumentException e) {
            throw Refusal.of(Refusal.Reason.INVALID, "invalid-request", vietnamese(e.getMessage()),
                    english(e.getMessage()));
        } catch (IllegalStateException e) {
            throw Refusal.of(Refusal.Reason.CONFLICT, "conflicting-state", vietnamese(e.getMessage()),
                    english(e.getMessage()));
        }
    }

    private static String vietnamese(String message) {
        int slash = message == null ? -1 : message.indexOf(" / ");
        return slash < 0 ? String.valueOf(message) : message.substring(0, slash);
    }

    private static String english(String message) {
        int slash = message == null ? -1 : message.indexOf(" / ");
        return slash < 0 ? String.valueOf(message) : message.substring(slash + 3);
    }

    private static Refusal notFound(String vi, String en, long id) {
        return Refusal.of(Refusal.Reason.NOT_FOUND, "not-found", "Không tìm thấy " + vi + " " + id,
                "No " + en + " " + id);
    }

    private static Refusal stale(String vi, String en, long id) {
        return Refusal.of(Refusal.Reason.STALE, "stale-version",
                vi + " " + id + " đã được người khác thay đổi; hãy tải lại rồi thử lại",
                "The " + en + " " + id + " was changed meanwhile; reload it and try again");
    }

    private static Actor actor(Official official, Channel channel) {
        return Actor.official(official.id(), official.displayName(), channel);
    }

    private static EvidenceStore defaultEvidenceStore() {
        String dir = System.getProperty("par.data.dir", System.getenv().getOrDefault("PAR_DATA_DIR", "par-data"));
        return new EvidenceStore(Path.of(dir), EvidenceStore.DEFAULT_MAX_BYTES);
    }
}
