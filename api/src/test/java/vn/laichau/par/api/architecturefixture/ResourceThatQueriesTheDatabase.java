package vn.laichau.par.api.architecturefixture;

import jakarta.persistence.EntityManager;

/** A deliberate violation: an adapter that reaches the database itself instead of calling a use case. */
public class ResourceThatQueriesTheDatabase {

    private final EntityManager em;

    public ResourceThatQueriesTheDatabase(EntityManager em) {
        this.em = em;
    }

    public long count() {
        return em.createQuery("SELECT COUNT(t) FROM Task t", Long.class).getSingleResult();
    }
}
