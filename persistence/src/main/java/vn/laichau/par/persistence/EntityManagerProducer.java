package vn.laichau.par.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The container's entity manager of the persistence unit "par" as a CDI bean, so that every repository and use
 * case takes it in its one constructor (tests hand them one of their own).
 */
@ApplicationScoped
public class EntityManagerProducer {

    @Produces
    @PersistenceContext(unitName = "par")
    EntityManager entityManager;
}
