package vn.laichau.par.domain.model.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgencyDirectoryTest {

    private static final AgencyReference REFERENCE = AgencyReference.laiChau();
    private static final AgencyDirectory DIRECTORY = REFERENCE.directory();

    @Test
    void shipsTheAgenciesAndGroupsOfLaiChau() {
        assertThat(REFERENCE.agencies()).hasSize(177);
        assertThat(REFERENCE.agencies()).extracting(Agency::getCode).doesNotHaveDuplicates();
        assertThat(REFERENCE.groups()).extracting(AgencyGroup::getCode)
                .containsExactly("SO_BAN_NGANH", "UBND_CAP_HUYEN", "UBND_CAP_XA", "CO_QUAN_LIEN_QUAN", "DOANH_NGHIEP",
                        "DON_VI_SU_NGHIEP_TINH");
        assertThat(REFERENCE.parentCode("UBND_XA_03424")).contains("UBND_H_TAM_DUONG");
        assertThat(REFERENCE.successorCode("UBND_XA_03427")).contains("UBND_XA_03424_2025");
        assertThat(REFERENCE.source("SO_KHDT")).hasValueSatisfying(s -> assertThat(s).contains("NĐ 45/2025"));
    }

    @Test
    void readsAbbreviationsAndOfficeNames() {
        assertThat(DIRECTORY.resolve("Sở KH&ĐT").parties()).containsExactly(ResponsibleParty.agency("SO_KHDT"));
        assertThat(DIRECTORY.resolve("Văn phòng UBND tỉnh").parties()).containsExactly(ResponsibleParty.agency("VP_UBND_TINH"));
        assertThat(DIRECTORY.resolve("Văn phòng Ủy ban nhân dân tỉnh Lai Châu").parties())
                .containsExactly(ResponsibleParty.agency("VP_UBND_TINH"));
        assertThat(DIRECTORY.resolve("Các sở, ban, ngành tỉnh").parties()).containsExactly(ResponsibleParty.group("SO_BAN_NGANH"));
        assertThat(DIRECTORY.resolve("Thanh tra tỉnh").parties()).containsExactly(ResponsibleParty.agency("THANH_TRA_TINH"));
    }

    @Test
    void readsACellListingSeveralAgenciesWithMixedSeparators() {
        PartyResolution resolution = DIRECTORY.resolve(
                "Sở Thông tin - Truyền thông; Sở Nội vụ; Đài Phát thanh - Truyền hình tỉnh, Báo Lai Châu");
        assertThat(resolution.isComplete()).isTrue();
        assertThat(resolution.parties()).extracting(ResponsibleParty::code)
                .containsExactly("SO_TTTT", "SO_NOI_VU", "DAI_PTTH_TINH", "BAO_LAI_CHAU");
        assertThat(DIRECTORY.resolve("Văn phòng HĐND tỉnh; các sở, ban, ngành; UBND cấp huyện, cấp xã và các Doanh nghiệp tỉnh Lai Châu")
                .parties()).extracting(ResponsibleParty::code)
                .containsExactly("VP_HDND_TINH", "SO_BAN_NGANH", "UBND_CAP_HUYEN", "UBND_CAP_XA", "DOANH_NGHIEP");
    }

    @Test
    void toleratesOcrNoiseDecomposedTextAndCase() {
        assertThat(DIRECTORY.resolve("Các sở, ban, ngành, UBND huyện, thành phò").parties()).extracting(ResponsibleParty::code)
                .containsExactly("SO_BAN_NGANH", "UBND_CAP_HUYEN");
        String decomposed = Normalizer.normalize("SỞ TƯ PHÁP, Sở Giáo dục và Đào tạo", Normalizer.Form.NFD);
        assertThat(DIRECTORY.resolve(decomposed).parties()).extracting(ResponsibleParty::code)
                .containsExactly("SO_TU_PHAP", "SO_GDDT");
    }

    @Test
    void reportsNamesItDoesNotKnow() {
        PartyResolution resolution = DIRECTORY.resolve("Sở Ngoại vụ, Sở Nội vụ");
        assertThat(resolution.parties()).containsExactly(ResponsibleParty.agency("SO_NOI_VU"));
        assertThat(resolution.unknownNames()).containsExactly("Sở Ngoại vụ");
        assertThat(resolution.isComplete()).isFalse();
        assertThat(DIRECTORY.resolve("").parties()).isEmpty();
    }

    @Test
    void aCommuneNameSharedBeforeAndAfterTheMergerNeedsADay() {
        assertThat(DIRECTORY.resolve("UBND xã Bản Bo").unknownNames()).containsExactly("UBND xã Bản Bo");
        assertThat(DIRECTORY.resolve("UBND xã Bản Bo", Optional.of(LocalDate.of(2020, 1, 1))).parties())
                .containsExactly(ResponsibleParty.agency("UBND_XA_03424"));
        assertThat(DIRECTORY.resolve("UBND xã Bản Bo", Optional.of(LocalDate.of(2026, 1, 1))).parties())
                .containsExactly(ResponsibleParty.agency("UBND_XA_03424_2025"));
    }

    @Test
    void districtGroupHasEightMembersUntilJune2025ThenTheCommunesThatTookTheirDuties() {
        ResponsibleParty districts = ResponsibleParty.group("UBND_CAP_HUYEN");
        assertThat(DIRECTORY.responsibleOn(districts, LocalDate.of(2024, 12, 25))).hasSize(8)
                .extracting(Agency::getCode).contains("UBND_TP_LAI_CHAU", "UBND_H_NAM_NHUN");
        assertThat(DIRECTORY.responsibleOn(districts, LocalDate.of(2025, 6, 30))).hasSize(8);
        List<Agency> in2026 = DIRECTORY.responsibleOn(districts, LocalDate.of(2026, 12, 25));
        assertThat(in2026).hasSize(38).allSatisfy(a -> {
            assertThat(a.getKind()).isEqualTo(AgencyKind.COMMUNE_COMMITTEE);
            assertThat(a.isValidOn(LocalDate.of(2026, 12, 25))).isTrue();
        });
        assertThat(in2026).extracting(Agency::getCode).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(DIRECTORY.responsibleOn(ResponsibleParty.group("UBND_CAP_XA"),
                        LocalDate.of(2026, 12, 25)).stream().map(Agency::getCode).toList());
    }

    @Test
    void aDistrictEndedIn2025IsCarriedOnByTheCommunesFormedFromItsCommunes() {
        ResponsibleParty sinHo = ResponsibleParty.agency("UBND_H_SIN_HO");
        assertThat(DIRECTORY.responsibleOn(sinHo, LocalDate.of(2025, 6, 30))).extracting(Agency::getCode)
                .containsExactly("UBND_H_SIN_HO");
        assertThat(DIRECTORY.responsibleOn(sinHo, LocalDate.of(2026, 1, 5))).extracting(Agency::getName)
                .containsExactlyInAnyOrder("Ủy ban nhân dân xã Sìn Hồ", "Ủy ban nhân dân xã Lê Lợi",
                        "Ủy ban nhân dân xã Pa Tần", "Ủy ban nhân dân xã Hồng Thu", "Ủy ban nhân dân xã Nậm Tăm",
                        "Ủy ban nhân dân xã Tủa Sín Chải", "Ủy ban nhân dân xã Pu Sam Cáp", "Ủy ban nhân dân xã Nậm Mạ",
                        "Ủy ban nhân dân xã Nậm Cuổi");
        assertThat(DIRECTORY.responsibleOn(ResponsibleParty.agency("UBND_H_TAM_DUONG"), LocalDate.of(2026, 1, 5)))
                .extracting(Agency::getName).containsExactlyInAnyOrder("Ủy ban nhân dân xã Bình Lư",
                        "Ủy ban nhân dân xã Sin Suối Hồ", "Ủy ban nhân dân xã Tả Lèng", "Ủy ban nhân dân phường Tân Phong",
                        "Ủy ban nhân dân xã Khun Há", "Ủy ban nhân dân xã Bản Bo");
    }

    @Test
    void anAgencyNotYetFoundedIsNotCarriedOnByAnybody() {
        assertThat(DIRECTORY.responsibleOn(ResponsibleParty.agency("SO_NNMT"), LocalDate.of(2018, 12, 25))).isEmpty();
        assertThat(DIRECTORY.responsibleOn(ResponsibleParty.agency("UBND_XA_03424_2025"), LocalDate.of(2018, 12, 25)))
                .isEmpty();
    }

    @Test
    void communeGroupHas106MembersBeforeJuly2025And38After() {
        ResponsibleParty communes = ResponsibleParty.group("UBND_CAP_XA");
        assertThat(DIRECTORY.responsibleOn(communes, LocalDate.of(2018, 12, 25))).hasSize(106);
        assertThat(DIRECTORY.responsibleOn(communes, LocalDate.of(2025, 6, 30))).hasSize(106);
        assertThat(DIRECTORY.responsibleOn(communes, LocalDate.of(2025, 7, 1))).hasSize(38);
        assertThat(DIRECTORY.responsibleOn(communes, LocalDate.of(2026, 12, 25))).hasSize(38);
    }

    @Test
    void departmentGroupFollowsThe2025Merger() {
        ResponsibleParty departments = ResponsibleParty.group("SO_BAN_NGANH");
        assertThat(DIRECTORY.responsibleOn(departments, LocalDate.of(2018, 12, 25))).hasSize(18)
                .extracting(Agency::getCode).contains("SO_KHDT", "SO_TTTT", "VP_UBND_TINH", "THANH_TRA_TINH", "BAN_DAN_TOC")
                .doesNotContain("SO_NNMT", "BAO_LAI_CHAU", "VP_HDND_TINH");
        assertThat(DIRECTORY.responsibleOn(departments, LocalDate.of(2026, 12, 25))).hasSize(13)
                .extracting(Agency::getCode).contains("SO_NNMT", "SO_DTTG").doesNotContain("SO_KHDT", "SO_TTTT");
    }

    @Test
    void anEndedAgencyIsSucceededByTheBodyThatTookItsDuties() {
        ResponsibleParty planning = ResponsibleParty.agency("SO_KHDT");
        assertThat(DIRECTORY.responsibleOn(planning, LocalDate.of(2018, 12, 25))).extracting(Agency::getCode)
                .containsExactly("SO_KHDT");
        assertThat(DIRECTORY.responsibleOn(planning, LocalDate.of(2026, 12, 25))).extracting(Agency::getCode)
                .containsExactly("SO_TAI_CHINH");
        assertThat(DIRECTORY.responsibleOn(ResponsibleParty.agency("SO_TTTT"), LocalDate.of(2026, 1, 5)))
                .extracting(Agency::getCode).containsExactly("SO_KHCN");
        assertThat(DIRECTORY.responsibleOn(ResponsibleParty.agency("UBND_H_SIN_HO"), LocalDate.of(2026, 1, 5))).hasSize(9);
    }

    @Test
    void openEndedGroupsHoldNobodyResponsible() {
        assertThat(DIRECTORY.group("CO_QUAN_LIEN_QUAN")).hasValueSatisfying(g -> assertThat(g.isOpenEnded()).isTrue());
        assertThat(DIRECTORY.responsibleOn(ResponsibleParty.group("DOANH_NGHIEP"), LocalDate.of(2018, 1, 1))).isEmpty();
        assertThat(DIRECTORY.nameOf(ResponsibleParty.group("UBND_CAP_HUYEN"))).isEqualTo("UBND các huyện, thành phố");
    }
}
