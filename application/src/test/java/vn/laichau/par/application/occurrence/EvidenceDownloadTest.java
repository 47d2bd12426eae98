package vn.laichau.par.application.occurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.application.UseCases;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/** An evidence file is read by its agency, leaders, Sở Nội vụ and admins, and by nobody else. */
class EvidenceDownloadTest {

    @TempDir
    static Path dataDir;

    private static WorkPlace place;
    private static EvidenceStore store;
    private static long occurrence;
    private static long evidence;
    private static long homeAffairsOfficial;

    @BeforeAll
    static void submitOneFile() {
        place = WorkPlace.load();
        store = new EvidenceStore(dataDir, EvidenceStore.DEFAULT_MAX_BYTES);
        occurrence = place.occurrenceNeedingEvidence(0);
        long version = WorkPlace.find(occurrence).version();
        Evidence stored = Jpa.inTransaction(em -> UseCases.evidenceSubmission(em, WorkPlace.CLOCK, store)
                .submit(place.official, Channel.API, occurrence, version, "quyet-dinh.pdf", "application/pdf",
                        new ByteArrayInputStream("%PDF-1.4 quyết định".getBytes(StandardCharsets.UTF_8))));
        evidence = stored.id();
        long noiVu = Jpa.count("SELECT id FROM agency WHERE code = 'SO_NOI_VU'");
        homeAffairsOfficial = Jpa.inTransaction(em -> {
            Official o = new Official("canbosnv", "Cán bộ Sở Nội vụ", noiVu, EnumSet.of(Role.OFFICIAL));
            em.persist(o);
            em.flush();
            return o.id();
        });
    }

    @Test
    void theResponsibleAgencyLeadersTheMonitoringAgencyAndAdminsReadTheFile() throws Exception {
        for (long reader : new long[] {place.official, place.leader, place.admin, homeAffairsOfficial}) {
            EvidenceFile file = download(reader, occurrence, evidence);

            assertThat(file.evidence().fileName()).isEqualTo("quyet-dinh.pdf");
            assertThat(Files.readString(file.file(), StandardCharsets.UTF_8)).contains("quyết định");
        }
    }

    @Test
    void anOfficialOfAnotherAgencyIsRefused() {
        assertThatThrownBy(() -> download(place.strangerOfficial, occurrence, evidence))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.FORBIDDEN);
                    assertThat(refusal.code()).isEqualTo("evidence-not-yours");
                    assertThat(refusal.detailVi()).contains("Sở Nội vụ");
                });
    }

    @Test
    void evidenceAskedThroughAnotherOccurrenceIsNotFound() {
        assertThatThrownBy(() -> download(place.official, place.occurrenceNeedingEvidence(1), evidence))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_FOUND));
    }

    private static EvidenceFile download(long reader, long occurrenceId, long evidenceId) {
        return Jpa.inTransaction(em -> new EvidenceDownload(new OfficialRepository(em), new OccurrenceRepository(em),
                new AgencyRepository(em), store, "SO_NOI_VU").file(reader, occurrenceId, evidenceId));
    }
}
