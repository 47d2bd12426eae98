package vn.laichau.par.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyKind;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.official.OfficialChanges;

class SessionStandingTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicInteger reads = new AtomicInteger();
    private long officialId;
    private int generation;

    @BeforeEach
    void anAccount() {
        Jpa.clean();
        Official official = Jpa.inTransaction((EntityManager em) -> {
            Agency agency = new Agency("SO_NOI_VU", "Sở Nội vụ", AgencyKind.DEPARTMENT, null, null);
            em.persist(agency);
            em.flush();
            Official o = new Official("canbo", "Cán bộ", agency.getId(), EnumSet.of(Role.OFFICIAL));
            em.persist(o);
            em.flush();
            return o;
        });
        officialId = official.id();
        generation = official.sessionGeneration();
    }

    @Test
    void aStandingTokenIsNotReadAgainWithinTheRecheckTime() {
        SessionStanding standing = standing(1000);

        assertThat(standing.stands(officialId, generation)).isTrue();
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        assertThat(standing.stands(officialId, generation)).isTrue();
        assertThat(reads).hasValue(1);

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(standing.stands(officialId, generation)).isTrue();
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeMadeByAnotherInstanceCountsOnceTheRecheckTimeHasPassed() {
        SessionStanding standing = standing(1000);
        assertThat(standing.stands(officialId, generation)).isTrue();

        // written straight to the database, as another server process on it would
        Jpa.run(em -> em.createNativeQuery("UPDATE official SET session_generation = session_generation + 1 WHERE id = "
                + officialId).executeUpdate());
        assertThat(standing.stands(officialId, generation)).isTrue();

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1000));
        assertThat(standing.stands(officialId, generation)).isFalse();
        assertThat(standing.stands(officialId, generation + 1)).isTrue();
    }

    @Test
    void aChangeWrittenByThisProcessCountsFromTheNextCheck() {
        SessionStanding standing = standing(1000);
        assertThat(standing.stands(officialId, generation)).isTrue();

        Jpa.run(em -> em.find(Official.class, officialId).deactivate());

        assertThat(standing.stands(officialId, generation)).isFalse();
        assertThat(reads).hasValue(2);
    }

    @Test
    void aRefusedTokenIsReadAgainEveryTime() {
        SessionStanding standing = standing(1000);

        assertThat(standing.stands(officialId, generation + 1)).isFalse();
        assertThat(standing.stands(officialId, generation + 1)).isFalse();
        assertThat(standing.stands(officialId + 1000, 0)).isFalse();
        assertThat(reads).hasValue(3);
    }

    @Test
    void withNoRecheckTimeEveryCheckReadsTheDatabase() {
        SessionStanding standing = standing(0);

        for (int i = 0; i < 3; i++) {
            assertThat(standing.stands(officialId, generation)).isTrue();
        }
        assertThat(reads).hasValue(3);
    }

    private SessionStanding standing(long recheckMs) {
        return new SessionStanding(counting(Jpa.dataSource()), recheckMs, nanos::get, OfficialChanges::count);
    }

    /** The data source, counting the connections taken from it (one per read). */
    private DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        reads.incrementAndGet();
                    }
                    return method.invoke(target, args);
                });
    }
}
