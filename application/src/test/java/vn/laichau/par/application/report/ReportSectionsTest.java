package vn.laichau.par.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.persistence.Jpa;

/** Who writes which report sections, versions, limits and the audit trail. */
class ReportSectionsTest {

    private static ReportFixture data;

    @BeforeAll
    static void load() {
        data = new ReportFixture();
    }

    private static ReportSections.Stored write(long official, Optional<Long> agency, Optional<Long> version,
                                               ReportSections.Texts texts) {
        return Jpa.inTransaction(em -> ReportFixture.sections(em).write(official, data.plan, agency, version, texts));
    }

    private static ReportSections.Texts texts(String difficulties) {
        return new ReportSections.Texts(difficulties, "Đề xuất", null, "Giám đốc", "Tòng Văn D");
    }

    @Test
    void sectionsAreWrittenOnceThenChangedByTheVersionReadAndAudited() {
        Optional<Long> province = Optional.empty();
        ReportSections.Stored first = write(data.homeAffairs, province, Optional.empty(), texts("Khó khăn 1"));
        assertThat(first.version()).contains(0L);
        assertThat(first.texts().recipients()).isEmpty();
        assertThatThrownBy(() -> write(data.admin, province, Optional.empty(), texts("Khó khăn 2")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason()).isEqualTo(Refusal.Reason.STALE));
        assertThatThrownBy(() -> write(data.admin, province, Optional.of(5L), texts("Khó khăn 2")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason()).isEqualTo(Refusal.Reason.STALE));
        ReportSections.Stored second = write(data.admin, province, Optional.of(0L), texts("Khó khăn 2"));
        assertThat(second.version()).contains(1L);
        assertThat(Jpa.inTransaction(em -> ReportFixture.sections(em).read(data.leader, data.plan, province))
                .texts().difficulties()).isEqualTo("Khó khăn 2");
        assertThat(Jpa.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'report_written_section' "
                + "AND field = 'difficulties' AND entity_id = (SELECT id FROM report_written_section "
                + "WHERE agency_id IS NULL)")).isEqualTo(2);
    }

    @Test
    void onlyTheAgencySoNoiVuForTheProvinceAndAdminsWrite() {
        Optional<Long> agency = Optional.of(data.agency);
        for (long refused : new long[] {data.stranger, data.leader}) {
            assertThatThrownBy(() -> write(refused, agency, Optional.empty(), texts("x")))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("report-not-yours"));
        }
        assertThatThrownBy(() -> write(data.official, Optional.empty(), Optional.empty(), texts("x")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("report-not-yours"));
        assertThatThrownBy(() -> Jpa.inTransaction(em -> ReportFixture.sections(em).read(data.stranger, data.plan,
                agency))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("report-not-yours"));
        assertThat(write(data.official, agency, Optional.empty(), texts("Của đơn vị")).version()).contains(0L);
    }

    @Test
    void tooLongTextsAndControlCharactersAreRefusedByField() {
        Optional<Long> agency = Optional.of(data.otherAgency);
        assertThatThrownBy(() -> write(data.admin, agency, Optional.empty(), new ReportSections.Texts(
                "x".repeat(ReportSections.LONGEST_TEXT + 1), "a\u0007b", null, "dòng 1\ndòng 2", null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.violations())
                        .extracting(Refusal.Violation::field).containsExactly("difficulties", "proposals", "signerTitle"));
    }
}
