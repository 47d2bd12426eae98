package vn.laichau.par.persistence.official;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;

/** Reads and stores officials, the users of the bot and the API. */
@ApplicationScoped
public class OfficialRepository {

    private final EntityManager em;

    @Inject
    public OfficialRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected OfficialRepository() {
        this(null);
    }

    /** Stores a new official; the user name must be free and the agency must exist. */
    public Official add(Official official) {
        if (em.find(Agency.class, official.agencyId()) == null) {
            throw new InvalidPlanDataException("official " + official.username(),
                    "Không có cơ quan mã số " + official.agencyId(), "No agency with id " + official.agencyId());
        }
        if (findByUsername(official.username()).isPresent()) {
            throw new InvalidPlanDataException("official " + official.username(),
                    "Tên đăng nhập " + official.username() + " đã được dùng",
                    "The user name " + official.username() + " is taken");
        }
        em.persist(official);
        return official;
    }

    public Optional<Official> findById(long id) {
        return Optional.ofNullable(em.find(Official.class, id));
    }

    /** By user name, ignoring case. */
    public Optional<Official> findByUsername(String username) {
        return em.createQuery("SELECT o FROM Official o WHERE o.username = :name", Official.class)
                .setParameter("name", username.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    public Optional<Official> findByTelegramChatId(long chatId) {
        return em.createQuery("SELECT o FROM Official o WHERE o.telegramChatId = :chat", Official.class)
                .setParameter("chat", chatId).getResultStream().findFirst();
    }

    /** The active officials of an agency, heads first. */
    public List<Official> activeOfAgency(long agencyId) {
        return em.createQuery("SELECT o FROM Official o WHERE o.agencyId = :agency AND o.active = TRUE "
                        + "ORDER BY o.headOfAgency DESC, o.id", Official.class)
                .setParameter("agency", agencyId).getResultList();
    }

    /** Officials in id order, at most {@code limit} after the one with id {@code afterId}. */
    public List<Official> list(long afterId, int limit) {
        return em.createQuery("SELECT o FROM Official o WHERE o.id > :after ORDER BY o.id", Official.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /**
     * Officials in id order after {@code afterId}, at most {@code limit}, of one agency and changed since an
     * instant when those are given.
     */
    public List<Official> list(Optional<Long> agencyId, Optional<Instant> updatedSince, long afterId, int limit) {
        var query = em.createQuery("SELECT o FROM Official o WHERE o.id > :after"
                        + (agencyId.isPresent() ? " AND o.agencyId = :agency" : "")
                        + (updatedSince.isPresent() ? " AND o.updatedAt >= :since" : "") + " ORDER BY o.id",
                        Official.class)
                .setParameter("after", afterId).setMaxResults(limit);
        agencyId.ifPresent(a -> query.setParameter("agency", a));
        updatedSince.ifPresent(s -> query.setParameter("since", s));
        return query.getResultList();
    }

    /** The active officials who hold {@code role}, by id. */
    public List<Official> activeWithRole(Role role) {
        return em.createQuery("SELECT o FROM Official o JOIN o.roles r WHERE o.active = TRUE AND r = :role "
                + "ORDER BY o.id", Official.class).setParameter("role", role).getResultList();
    }

    /** The active officials linked to a Telegram chat, by id. */
    public List<Official> activeInChats() {
        return em.createQuery("SELECT o FROM Official o WHERE o.active = TRUE AND o.telegramChatId IS NOT NULL "
                + "ORDER BY o.id", Official.class).getResultList();
    }

    /** Writes the pending changes of the unit of work to the database now. */
    public void flush() {
        em.flush();
    }

    /** The official as stored, with the columns the database sets (the time of the last change). */
    public Official reload(Official official) {
        em.flush();
        em.refresh(official);
        return official;
    }
}
