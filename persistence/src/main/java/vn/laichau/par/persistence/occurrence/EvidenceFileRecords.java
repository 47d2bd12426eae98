package vn.laichau.par.persistence.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which evidence files the database knows of: the storage paths of every evidence row. */
@ApplicationScoped
public class EvidenceFileRecords {

    private final EntityManager em;

    @Inject
    public EvidenceFileRecords(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected EvidenceFileRecords() {
        this(null);
    }

    /** The storage path ({@code evidence/<occurrence>/<name>}) of every recorded evidence file. */
    public Set<String> storagePaths() {
        @SuppressWarnings("unchecked")
        List<Object> paths = em.createNativeQuery("SELECT storage_path FROM evidence").getResultList();
        Set<String> result = new HashSet<>();
        paths.forEach(path -> result.add((String) path));
        return result;
    }
}
