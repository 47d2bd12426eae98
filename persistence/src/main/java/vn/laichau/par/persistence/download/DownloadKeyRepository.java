package vn.laichau.par.persistence.download;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;

/** The one secret that signs download links, made at its first use and shared by every instance. */
@ApplicationScoped
public class DownloadKeyRepository {

    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;

    @Inject
    public DownloadKeyRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected DownloadKeyRepository() {
        this(null);
    }

    /**
     * The secret; the first call anywhere makes it. Two instances making it at once keep the one written first
     * ({@code INSERT IGNORE}), and both read that one back.
     */
    public byte[] secret(Instant now) {
        java.util.List<?> stored = em.createNativeQuery("SELECT secret FROM download_link_key WHERE id = 1")
                .getResultList();
        if (!stored.isEmpty()) {
            return (byte[]) stored.get(0);
        }
        byte[] fresh = new byte[SECRET_BYTES];
        RANDOM.nextBytes(fresh);
        em.createNativeQuery("INSERT IGNORE INTO download_link_key (id, secret, created_at) VALUES (1, ?, ?)")
                .setParameter(1, fresh).setParameter(2, Timestamp.from(now)).executeUpdate();
        return (byte[]) em.createNativeQuery("SELECT secret FROM download_link_key WHERE id = 1").getSingleResult();
    }
}
