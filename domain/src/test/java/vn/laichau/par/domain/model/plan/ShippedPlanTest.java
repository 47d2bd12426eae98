package vn.laichau.par.domain.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.deadline.DeadlineKind;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.model.agency.ResponsibleParty;

class ShippedPlanTest {

    private static final ShippedPlan SHIPPED = ShippedPlan.load();
    private static final Plan PLAN = SHIPPED.plan();

    @Test
    void shipsPlan447WithItsHeader() {
        assertThat(PLAN.number()).isEqualTo("447/KH-UBND");
        assertThat(PLAN.issuer()).isEqualTo("UBND tỉnh Lai Châu");
        assertThat(PLAN.issuedOn()).isEqualTo("2017-04-18");
        assertThat(PLAN.planYears()).containsExactly(2017, 2018, 2019, 2020);
        assertThat(PLAN.title()).isEqualTo("Nâng cao Chỉ số cải cách hành chính (PAR INDEX) tỉnh Lai Châu giai đoạn 2017-2020");
    }

    @Test
    void holdsFiftyTasksInTenAreas() {
        assertThat(PLAN.appendixTasks()).hasSize(50);
        assertThat(PLAN.areas()).extracting(Area::numeral)
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");
        assertThat(PLAN.areas()).extracting(a -> a.tasks().stream().filter(Task::isAppendixRow).count())
                .containsExactly(8L, 3L, 5L, 5L, 9L, 2L, 8L, 6L, 3L, 1L);
        assertThat(PLAN.tasks()).extracting(Task::code).doesNotHaveDuplicates();
        assertThat(PLAN.appendixTasks()).extracting(Task::position).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
    }

    @Test
    void areaNamesHaveTheirOcrErrorsRepaired() {
        assertThat(PLAN.area("III").orElseThrow().name()).isEqualTo("CẢI CÁCH THỦ TỤC HÀNH CHÍNH");
        assertThat(PLAN.area("IV").orElseThrow().name()).isEqualTo("CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC");
        assertThat(PLAN.area("V").orElseThrow().name())
                .isEqualTo("XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC");
        assertThat(PLAN.area("VI").orElseThrow().name()).isEqualTo("CẢI CÁCH TÀI CHÍNH CÔNG");
        assertThat(PLAN.area("VII").orElseThrow().name()).isEqualTo("HIỆN ĐẠI HÓA HÀNH CHÍNH");
        assertThat(PLAN.area("X").orElseThrow().name()).isEqualTo("TỔ CHỨC PHỐI HỢP ĐIỀU TRA XÃ HỘI HỌC");
    }

    @Test
    void firstTaskReadsAsInTheDocument() {
        Task task = PLAN.task("I.1").orElseThrow();
        assertThat(task.text()).startsWith("Kế hoạch CCHC: Tham mưu cho UBND tỉnh: Ban hành kế hoạch CCHC của tỉnh hàng năm")
                .endsWith("chi tiết mức thời gian hoàn thành trong năm)");
        assertThat(task.shortTitle()).isEqualTo("Kế hoạch CCHC");
        assertThat(task.leads()).containsExactly(ResponsibleParty.agency("SO_NOI_VU"));
        assertThat(task.coordinatingText()).isEqualTo("Các sở, ban, ngành, UBND huyện, thành phố");
        assertThat(task.coordinators()).containsExactly(ResponsibleParty.group("SO_BAN_NGANH"),
                ResponsibleParty.group("UBND_CAP_HUYEN"));
        assertThat(task.deadlinePhrase()).isEqualTo("Trước 31/12 năm trước liền kề năm kế hoạch");
        assertThat(task.evidence().documents()).contains("Kế hoạch CCHC");
    }

    @Test
    void rowSplitByAPageBreakIsOneTaskWithItsRepairs() {
        Task task = PLAN.task("I.5").orElseThrow();
        assertThat(task.text()).isEqualTo("Sáng kiến CCHC: Tham mưu UBND xem xét, quyết định công nhận những giải pháp,"
                + " những cách làm mới có khả năng mang lại lợi ích thiết thực, nâng cao hiệu quả triển khai CCHC của tỉnh.");
        assertThat(task.coordinatingText()).isEqualTo("Các sở, ban, ngành, UBND huyện, thành phố");
        assertThat(task.evidence().documents()).contains("Quyết định công nhận sáng kiến");
        assertThat(SHIPPED.sourceLinesOf("I.5")).contains("253,255");
    }

    @Test
    void unnumberedTaskUnderAHeadingTakesTheHeadingsCode() {
        Task task = PLAN.task("III.2").orElseThrow();
        assertThat(task.heading()).contains("Công khai thủ tục hành chính");
        assertThat(task.text()).startsWith("Đề xuất, tham mưu UBND tỉnh các văn bản chỉ đạo")
                .contains("công khai TTHC đầy đủ").doesNotContain("TTTHC");
        assertThat(task.leadText()).isEqualTo("Sở Tư pháp, Sở Thông tin và Truyền thông; Sở Nội vụ");
        assertThat(task.leads()).extracting(ResponsibleParty::code).containsExactly("SO_TU_PHAP", "SO_TTTT", "SO_NOI_VU");
    }

    @Test
    void misnumberedRowsOfAreaFourGetTheCodesOfTheirPlace() {
        assertThat(PLAN.task("IV.3").orElseThrow().heading()).contains("Thực hiện phân cấp quản lý");
        Task rules = PLAN.task("IV.4").orElseThrow();
        assertThat(rules.text()).startsWith("Đôn đốc, kiểm tra các ngành, các cấp");
        assertThat(rules.leads()).containsExactly(ResponsibleParty.agency("VP_UBND_TINH"));
    }

    @Test
    void oneStopShopTaskHasItsFixedDeadlineAndDistrictLeads() {
        Task task = PLAN.task("VIII.2.1").orElseThrow();
        assertThat(task.deadlinePhrase()).isEqualTo("Xong trước 30/12/2017");
        assertThat(task.leads()).containsExactly(ResponsibleParty.group("UBND_CAP_HUYEN"));
        assertThat(task.coordinators()).extracting(ResponsibleParty::code)
                .containsExactly("SO_NOI_VU", "SO_KHDT", "SO_TAI_CHINH");
        assertThat(PLAN.task("VIII.1.1").orElseThrow().text()).startsWith("Rà soát các TTHC, từng bước đưa trên 90%");
    }

    @Test
    void htmlFragmentIsGoneFromTaskVi2() {
        Task task = PLAN.task("VI.2").orElseThrow();
        assertThat(task.text()).doesNotContain("<", ">")
                .startsWith("Tham mưu UBND tỉnh chỉ đạo, tổ chức thực hiện và Theo dõi, báo cáo kết quả thực hiện. Trọng tâm đánh giá:")
                .contains("đủ điều kiện").contains("đảm bảo 100%");
    }

    @Test
    void lastTaskNamesEveryCoordinatorAndAsksForNoEvidence() {
        Task task = PLAN.task("X.1").orElseThrow();
        assertThat(task.coordinators()).extracting(ResponsibleParty::code)
                .containsExactly("VP_HDND_TINH", "SO_BAN_NGANH", "UBND_CAP_HUYEN", "UBND_CAP_XA", "DOANH_NGHIEP");
        assertThat(task.requiresEvidence()).isFalse();
        assertThat(PLAN.tasks()).filteredOn(t -> !t.requiresEvidence()).extracting(Task::code).containsExactly("X.1");
    }

    @Test
    void everyTaskNamesALeadAgencyAndNoTextKeepsAKnownOcrError() {
        assertThat(PLAN.tasks()).hasSize(52);
        assertThat(PLAN.tasks()).allSatisfy(task -> {
            assertThat(task.leads()).isNotEmpty();
            String all = String.join(" ", task.text(), task.leadText(), task.coordinatingText(), task.deadlinePhrase(),
                    task.evidence().documents().orElse(""), task.heading().orElse(""));
            assertThat(all).doesNotContain("TTIC", "TTTHC", "Dàm bảo", "dảm bảo", "Dồn dốc", "dồn dốc", "quy dịnh",
                    "thành phò", "Dê xuất", "Thông kê");
            assertThat(Normalizer.isNormalized(all, Normalizer.Form.NFC)).isTrue();
        });
    }

    @Test
    void everyDeadlinePhraseBecomesARuleAndEightNeedAPerson() {
        DeadlinePhraseParser parser = new DeadlinePhraseParser();
        List<String> manual = PLAN.appendixTasks().stream()
                .filter(t -> t.deadlineRule(parser).kind() == DeadlineKind.NEEDS_MANUAL_DATE)
                .map(Task::code).toList();
        assertThat(manual).containsExactly("I.6.2", "II.1", "II.3", "III.1.1", "III.1.2", "V.5", "V.6", "X.1");
        assertThat(PLAN.task("I.4").orElseThrow().deadlineRule(parser).kind()).isEqualTo(DeadlineKind.CONTINUOUS);
    }

    @Test
    void dateSetByHandReplacesAnUnreadablePhrase() {
        Plan plan = ShippedPlan.load().plan();
        Task task = plan.task("V.5").orElseThrow();
        task.scheduleByHand(ManualDeadline.everyYear(java.time.MonthDay.of(12, 15), "Theo Công văn hướng dẫn của Bộ Nội vụ"));
        DeadlinePhraseParser parser = new DeadlinePhraseParser();
        assertThat(task.deadlineRule(parser).kind()).isEqualTo(DeadlineKind.SET_BY_HAND);
        assertThat(task.deadlinePhrase()).isEqualTo("Theo hướng dẫn của Bộ Nội vụ");
        task.followWrittenDeadline();
        assertThat(task.deadlineRule(parser).kind()).isEqualTo(DeadlineKind.NEEDS_MANUAL_DATE);
    }

    @Test
    void holdsTheIndicatorsOfSectionTwo() {
        assertThat(PLAN.indicators()).hasSize(36);
        assertThat(PLAN.indicators().subList(0, 22)).extracting(Indicator::code)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 22)
                        .mapToObj(i -> String.format("CT%02d", i)).toList());
        Indicator iso = PLAN.indicator("CT19").orElseThrow();
        assertThat(iso.description()).contains("TCVN ISO 9001:2008 lên 70% năm 2017 và 100% đến năm 2020");
        assertThat(iso.targetFor(2017)).contains(IndicatorTarget.inYear(2017, Comparison.AT_LEAST, new BigDecimal("70")));
        assertThat(iso.targetFor(2020)).contains(IndicatorTarget.inYear(2020, Comparison.AT_LEAST, new BigDecimal("100")));
        Indicator online = PLAN.indicator("CT17").orElseThrow();
        assertThat(online.isMetBy(2019, new BigDecimal("40"))).contains(false);
        assertThat(online.isMetBy(2019, new BigDecimal("40.5"))).contains(true);
        assertThat(PLAN.indicator("CT22").orElseThrow().isMetBy(2018, new BigDecimal("80"))).contains(true);
        assertThat(PLAN.task("VII.2.1").orElseThrow().indicatorCode()).contains("CT19");
        assertThat(PLAN.indicator("CT07").orElseThrow().targetFor(2017)).isEqualTo(Optional.empty());
    }

    @Test
    void sectionThreeObligesEveryDepartmentAndDistrictToReportBefore25DecemberEachYear() {
        Task report = PLAN.task("TCTH.2").orElseThrow();
        assertThat(report.isAppendixRow()).isFalse();
        assertThat(report.bodySection()).contains("III");
        assertThat(report.area().numeral()).isEqualTo("I");
        assertThat(report.leads()).containsExactly(ResponsibleParty.group("SO_BAN_NGANH"),
                ResponsibleParty.group("UBND_CAP_HUYEN"));
        assertThat(report.text()).contains("định kỳ trước ngày 25/12 hàng năm báo cáo kết quả triển khai các nhiệm vụ"
                + " được giao về Sở Nội vụ");
        assertThat(report.deadlineRule(new DeadlinePhraseParser()))
                .isEqualTo(new vn.laichau.par.domain.deadline.YearlyDate(java.time.MonthDay.of(12, 25)));
        assertThat(report.requiresEvidence()).isTrue();
        assertThat(SHIPPED.sourceLinesOf("TCTH.2")).contains("229");
    }

    @Test
    void sectionThreeObligesEachToIssueItsOwnImplementationPlanWithNoDateWrittenSoAPersonMustDateIt() {
        Task own = PLAN.task("TCTH.1").orElseThrow();
        assertThat(own.bodySection()).contains("III.1");
        assertThat(own.text()).contains("chỉ đạo xây dựng kế hoạch triển khai thực hiện Kế hoạch này tại ngành, địa"
                + " phương mình");
        assertThat(own.leads()).containsExactly(ResponsibleParty.group("SO_BAN_NGANH"),
                ResponsibleParty.group("UBND_CAP_HUYEN"));
        assertThat(own.deadlineRule(new DeadlinePhraseParser()).kind()).isEqualTo(DeadlineKind.NEEDS_MANUAL_DATE);
        assertThat(own.evidence().documents()).hasValueSatisfying(d -> assertThat(d).startsWith("Kế hoạch triển khai"));
    }

    @Test
    void areasCarryTheLeadAndCoordinatingAgenciesOfSectionTwo() {
        AreaResponsibility direction = PLAN.area("I").orElseThrow().responsibility().orElseThrow();
        assertThat(direction.section()).isEqualTo("II.1.2");
        assertThat(direction.leads()).containsExactly(ResponsibleParty.agency("SO_NOI_VU"));
        assertThat(direction.coordinators()).extracting(ResponsibleParty::code).containsExactly("SO_BAN_NGANH",
                "DAI_PTTH_TINH", "BAO_LAI_CHAU", "UBND_CAP_HUYEN", "UBND_CAP_XA", "CO_QUAN_LIEN_QUAN");
        assertThat(PLAN.area("VI").orElseThrow().responsibility().orElseThrow().coordinators())
                .contains(ResponsibleParty.group("DON_VI_SU_NGHIEP_TINH"));
        assertThat(PLAN.area("VII").orElseThrow().responsibility().orElseThrow().leads()).extracting(ResponsibleParty::code)
                .containsExactly("SO_TTTT", "SO_KHCN");
        assertThat(PLAN.area("VIII").orElseThrow().responsibility().orElseThrow().leads()).extracting(ResponsibleParty::code)
                .containsExactly("SO_NOI_VU", "SO_KHDT", "SO_TU_PHAP", "SO_TTTT");
        assertThat(PLAN.area("IX").orElseThrow().responsibility().orElseThrow().leadText())
                .startsWith("Sở Kế hoạch và Đầu tư, Sở Y tế, Sở Giáo dục và Đào tạo");
        assertThat(PLAN.areas()).filteredOn(a -> a.responsibility().isPresent()).extracting(a -> a.responsibility()
                .orElseThrow().section()).containsExactly("II.1.2", "II.2.2", "II.3.2", "II.4.2", "II.5.2", "II.6.2",
                "II.7.2", "II.8.2", "II.9.2");
        assertThat(PLAN.area("X").orElseThrow().responsibility()).isEmpty();
    }

    @Test
    void targetsStatedOutsideSectionTwoAreIndicatorsTooWithTheirComparator() {
        Indicator desks = PLAN.indicator("CT33").orElseThrow();
        assertThat(desks.description()).contains("hết năm 2017, 100% các huyện, thành phố có Bộ phận tiếp nhận và trả kết quả hiện đại");
        assertThat(desks.targetFor(2017)).contains(IndicatorTarget.inYear(2017, Comparison.AT_LEAST, new BigDecimal("100")));
        assertThat(desks.targetFor(2018)).isEmpty();
        assertThat(PLAN.indicator("CT32").orElseThrow().targetFor(2020))
                .contains(IndicatorTarget.inYear(2020, Comparison.AT_LEAST, new BigDecimal("100")));
        Indicator parScore = PLAN.indicator("CT36").orElseThrow();
        assertThat(parScore.unit()).isEqualTo("điểm");
        assertThat(parScore.comparesWithLastYear()).isTrue();
        assertThat(parScore.isMetBy(2018, new BigDecimal("80.10"), Optional.of(new BigDecimal("79.12")))).contains(true);
        assertThat(parScore.isMetBy(2018, new BigDecimal("79.12"), Optional.of(new BigDecimal("79.12")))).contains(false);
        assertThat(parScore.shortfall(2018, new BigDecimal("77.00"), Optional.of(new BigDecimal("79.12"))))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.12"));
        assertThat(parScore.isMetBy(2018, new BigDecimal("80"))).as("without last year's value it cannot be judged").isEmpty();
        assertThat(PLAN.indicator("CT35").orElseThrow().problemWith(new BigDecimal("1250.5"))).isEmpty();
        assertThat(PLAN.indicator("CT30").orElseThrow().targetFor(2019)).hasValueSatisfying(t ->
                assertThat(t.isRelativeToLastYear()).isTrue());
    }

    @Test
    void aTaskContributesToEveryIndicatorItsTextStates() {
        assertThat(PLAN.task("I.3").orElseThrow().indicatorCodes()).containsExactly("CT23", "CT24");
        assertThat(PLAN.task("II.2").orElseThrow().indicatorCodes()).containsExactly("CT26", "CT27");
        assertThat(PLAN.task("V.4").orElseThrow().indicatorCodes()).containsExactly("CT28");
        assertThat(PLAN.task("V.6").orElseThrow().indicatorCodes()).containsExactly("CT29");
        assertThat(PLAN.task("VII.2.2").orElseThrow().indicatorCodes()).containsExactly("CT31");
        assertThat(PLAN.task("VII.1.4").orElseThrow().indicatorCodes()).containsExactly("CT14", "CT15", "CT16");
        assertThat(PLAN.task("VIII.1.2").orElseThrow().indicatorCodes()).containsExactly("CT32");
        assertThat(PLAN.task("VIII.2.1").orElseThrow().indicatorCodes()).containsExactly("CT33");
        assertThat(PLAN.task("IX.3").orElseThrow().indicatorCodes()).containsExactly("CT34", "CT35");
        assertThat(PLAN.task("VII.2.1").orElseThrow().indicatorCode()).contains("CT19");
        assertThat(PLAN.tasks()).allSatisfy(t -> t.indicatorCodes().forEach(code ->
                assertThat(PLAN.indicator(code)).as(t.code() + " → " + code).isPresent()));
    }

    @Test
    void holdsTheParIndexHistory2012To2015() {
        List<ParIndexResult> history = SHIPPED.parIndexHistory();
        assertThat(history).extracting(ParIndexResult::year).containsExactly(2012, 2013, 2014, 2015);
        assertThat(history).extracting(ParIndexResult::score).containsExactly(new BigDecimal("66.46"),
                new BigDecimal("63.17"), new BigDecimal("76.75"), new BigDecimal("79.12"));
        assertThat(history).extracting(r -> r.rank().orElseThrow()).containsExactly(59, 62, 52, 58);
        assertThat(history).allSatisfy(r -> assertThat(r.rankedOutOf()).contains(63));
        assertThat(history).allSatisfy(r -> assertThat(r.maxScore()).isEqualByComparingTo("100"));
        assertThat(history.get(1).scoreChangeSince(history.get(0))).isEqualByComparingTo("-3.29");
        assertThat(history.get(2).placesGainedSince(history.get(1))).hasValue(10);
    }

    @Test
    void holdsTheResultsPublishedAfterThePlanWithTheirMaximumAndUnknownRank() {
        List<ParIndexResult> published = SHIPPED.parIndexPublished();
        assertThat(published).extracting(ParIndexResult::year).containsExactly(2016, 2022);
        ParIndexResult y2016 = published.get(0);
        assertThat(y2016.score()).isEqualByComparingTo("67.41");
        assertThat(y2016.maxScore()).isEqualByComparingTo("97.5");
        assertThat(y2016.rank()).isEmpty();
        assertThat(y2016.rankText()).isEqualTo("—");
        ParIndexResult y2022 = published.get(1);
        assertThat(y2022.score()).isEqualByComparingTo("86.29");
        assertThat(y2022.rankText()).isEqualTo("24/63");
        assertThat(y2022.placesGainedSince(y2016)).isEmpty();
    }

    @Test
    void refusesResultsThatCannotBePublished() {
        assertThatThrownBy(() -> new ParIndexResult.Figures(new BigDecimal("98"), new BigDecimal("97.5"), null, null,
                List.of(), null)).hasMessageContaining("between 0 and 97.5");
        assertThatThrownBy(() -> new ParIndexResult.Figures(new BigDecimal("80"), ParIndexResult.HUNDRED, 3, null,
                List.of(), null)).hasMessageContaining("rank needs");
        AreaScore one = new AreaScore(1, "Công tác chỉ đạo, điều hành", new BigDecimal("7.5"), new BigDecimal("9"));
        assertThatThrownBy(() -> new ParIndexResult.Figures(new BigDecimal("80"), ParIndexResult.HUNDRED, null, null,
                List.of(one, one), null)).hasMessageContaining("Area 1 is given twice");
        assertThatThrownBy(() -> new AreaScore(2, "Thể chế", new BigDecimal("9.5"), new BigDecimal("9")))
                .hasMessageContaining("outside");
    }

    @Test
    void refusesADuplicateTaskCode() {
        Plan plan = new Plan("1/KH-UBND", "Thử", "UBND tỉnh Lai Châu", java.time.LocalDate.of(2024, 1, 2), 2024, 2025);
        Area area = plan.openArea("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC");
        TaskDefinition definition = new TaskDefinition("I.1", Optional.empty(), "Kế hoạch CCHC", "Sở Nội vụ",
                List.of(ResponsibleParty.agency("SO_NOI_VU")), "", List.of(), "Thường xuyên",
                EvidenceRequirement.of("Kế hoạch"), Optional.empty());
        plan.addTask(area, definition);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> plan.addTask(area, definition))
                .withMessageContaining("I.1").withMessageContaining("trùng");
    }
}
