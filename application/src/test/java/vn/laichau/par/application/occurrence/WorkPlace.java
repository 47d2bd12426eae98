package vn.laichau.par.application.occurrence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.Jpa;

/** The shipped plan on the test database, with an official, an admin and a leader of one agency. */
final class WorkPlace {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2018-06-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    final long agency;
    final long otherAgency;
    final long official;
    final long admin;
    final long leader;
    final long strangerOfficial;

    private WorkPlace() {
        Jpa.cleanAndLoadShippedPlan();
        agency = Jpa.count("SELECT agency_id FROM occurrence WHERE evidence_required AND plan_year = 2018 "
                + "GROUP BY agency_id ORDER BY COUNT(*) DESC LIMIT 1");
        otherAgency = Jpa.count("SELECT id FROM agency WHERE id <> " + agency + " ORDER BY id LIMIT 1");
        official = official("canbo", "Nguyễn Văn A", agency, Role.OFFICIAL);
        admin = official("quantri", "Quản trị viên", otherAgency, Role.ADMIN);
        leader = official("lanhdao", "Lãnh đạo", agency, Role.LEADER);
        strangerOfficial = official("canbokhac", "Cán bộ khác", otherAgency, Role.OFFICIAL);
    }

    static WorkPlace load() {
        return new WorkPlace();
    }

    private static long official(String username, String name, long agency, Role role) {
        return Jpa.inTransaction(em -> {
            Official o = new Official(username, name, agency, EnumSet.of(role));
            em.persist(o);
            em.flush();
            return o.id();
        });
    }

    /** The {@code index}-th open 2018 occurrence of the official's agency whose task asks for evidence. */
    long occurrenceNeedingEvidence(int index) {
        return Jpa.count("SELECT id FROM occurrence WHERE evidence_required AND finished_on IS NULL "
                + "AND plan_year = 2018 AND agency_id = " + agency + " ORDER BY id LIMIT 1 OFFSET " + index);
    }

    static Occurrence find(long id) {
        return Jpa.inTransaction(em -> em.find(Occurrence.class, id));
    }
}
