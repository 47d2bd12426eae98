package vn.laichau.par.notifier.message;

import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.ItemAction;
import vn.laichau.par.notifier.testing.BotCommandWords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.laichau.par.notifier.planning.AgencyOnTime;
import vn.laichau.par.notifier.planning.Alert;
import vn.laichau.par.notifier.planning.AlertContent;
import vn.laichau.par.notifier.planning.AlertItem;
import vn.laichau.par.notifier.planning.AlertKey;
import vn.laichau.par.notifier.planning.AlertPlanner;
import vn.laichau.par.notifier.planning.AlertSubject;
import vn.laichau.par.notifier.planning.DueItems;
import vn.laichau.par.notifier.planning.Notice;
import vn.laichau.par.notifier.planning.OnTimeReport;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.recipient.Recipient;

class AlertMessageRendererTest {

    private static final LocalDate DAY = LocalDate.of(2025, 10, 13);
    private static final Recipient PERSON = Recipient.of(1, "Nguyễn Văn An");

    private final AlertMessageRenderer renderer = new AlertMessageRenderer(BotCommandWords.INSTANCE);

    @Test
    void reminderSaysWhatIsDueWhenAndHowToAct() {
        AlertSubject plan = subject(41, "III.1.2", "Ban hành Kế hoạch CCHC năm 2026", "Sở Tư pháp",
                LocalDate.of(2025, 10, 16), List.of("Kế hoạch CCHC năm 2026", "Báo cáo kết quả"));
        AlertSubject report = subject(42, "II.3", "Báo cáo quý III", "Sở Tư pháp", DAY, List.of());
        AlertSubject late = subject(43, "I.1", "Kiểm tra công tác CCHC", "Sở Tư pháp", LocalDate.of(2025, 10, 8),
                List.of());

        RenderedMessage message = renderer.render(alert(AlertKind.REMINDER, new DueItems(List.of(
                new AlertItem(late, Notice.overdue(5)), new AlertItem(report, Notice.dueToday()),
                new AlertItem(plan, Notice.upcoming(3))))));

        assertThat(message.subject()).isEqualTo("Nhắc việc CCHC ngày 13/10/2025: 3 nhiệm vụ của Sở Tư pháp");
        assertThat(message.plainText()).isEqualTo("""
                Nhắc việc cải cách hành chính ngày 13/10/2025
                3 nhiệm vụ của Sở Tư pháp cần chú ý:

                Quá hạn
                • I.1 — Kiểm tra công tác CCHC
                  Hạn: 08/10/2025 — quá hạn 5 ngày
                  /xong_43 · /capnhat_43 · /giahan_43

                Hôm nay là hạn
                • II.3 — Báo cáo quý III
                  Hạn: 13/10/2025 — hôm nay là hạn
                  /xong_42 · /capnhat_42 · /giahan_42

                Sắp đến hạn
                • III.1.2 — Ban hành Kế hoạch CCHC năm 2026
                  Hạn: 16/10/2025 — còn 3 ngày làm việc
                  Còn thiếu tài liệu kiểm chứng: Kế hoạch CCHC năm 2026; Báo cáo kết quả
                  /xong_41 · /capnhat_41 · /giahan_41

                Báo hoàn thành: /xong · Cập nhật tiến độ: /capnhat · Đề nghị gia hạn: /giahan""");
        assertThat(message.telegramHtml())
                .startsWith("<b>Nhắc việc cải cách hành chính ngày 13/10/2025</b>\n")
                .contains("• <b>I.1</b> — Kiểm tra công tác CCHC\n  Hạn: 08/10/2025 — <b>quá hạn 5 ngày</b>");
    }

    @Test
    void extendedDueDateIsMarkedAndItemsOfSeveralAgenciesNameTheirAgency() {
        AlertSubject extended = new AlertSubject(7, 7, "IV.2", "Rà soát TTHC", 10, "Sở Tư pháp",
                LocalDate.of(2025, 11, 14), Optional.empty(), true, List.of());
        AlertSubject other = subject(8, "IV.3", "Công bố TTHC", "Sở Tài chính", LocalDate.of(2025, 11, 14), List.of());

        String text = renderer.render(alert(AlertKind.REMINDER, new DueItems(List.of(
                new AlertItem(extended, Notice.upcoming(7)), new AlertItem(other, Notice.upcoming(7)))))).plainText();

        assertThat(text).contains("2 nhiệm vụ cần chú ý:", "  Đơn vị: Sở Tài chính", "  Đơn vị: Sở Tư pháp",
                "Hạn: 14/11/2025 (đã gia hạn) — còn 7 ngày làm việc");
    }

    @Test
    void telegramTextEscapesAngleBracketsAndAmpersands() {
        AlertSubject tricky = subject(9, "V.1", "Sửa <Quy chế> một cửa & liên thông", "Sở Nội vụ",
                DAY, List.of("Quyết định <số>"));

        RenderedMessage message = renderer.render(alert(AlertKind.REMINDER,
                new DueItems(List.of(new AlertItem(tricky, Notice.dueToday())))));

        assertThat(message.telegramHtml())
                .contains("Sửa &lt;Quy chế&gt; một cửa &amp; liên thông", "Quyết định &lt;số&gt;")
                .doesNotContain("<Quy chế>", "& liên");
        assertThat(message.plainText()).contains("Sửa <Quy chế> một cửa & liên thông");
    }

    @Test
    void longDigestIsCutWithinTelegramsLimitAndCountsTheRest() {
        List<AlertItem> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String agency = i < 150 ? "Sở Tài chính" : "UBND huyện Tam Đường";
            items.add(new AlertItem(subject(i, "VI." + i, "Báo cáo tình hình thực hiện nhiệm vụ số " + i, agency,
                    LocalDate.of(2025, 9, 30), List.of()), Notice.overdue(13)));
        }

        RenderedMessage message = renderer.render(alert(AlertKind.WEEKLY_DIGEST, new DueItems(items)));

        String html = message.telegramHtml();
        assertThat(html.length()).isLessThanOrEqualTo(TelegramHtml.MESSAGE_LIMIT);
        int shown = html.split("• ", -1).length - 1;
        assertThat(shown).isBetween(20, 299);
        assertThat(html).endsWith("… và " + (300 - shown) + " việc khác")
                .startsWith("<b>Tổng hợp nhiệm vụ cải cách hành chính quá hạn đến ngày 13/10/2025</b>\n"
                        + "300 nhiệm vụ quá hạn tại 2 đơn vị.\n\n<b>Sở Tài chính (150)</b>\n• <b>VI.0</b>");
        String plain = message.plainText();
        int listed = plain.split("• ", -1).length - 1;
        assertThat(plain.length()).as("within what the in-app feed stores").isLessThanOrEqualTo(PlainText.LIMIT);
        assertThat(listed).isGreaterThan(shown).isLessThan(300);
        assertThat(plain).doesNotContain("<b>").contains("UBND huyện Tam Đường (150)")
                .contains("• VI.0 — Báo cáo tình hình thực hiện nhiệm vụ số 0 (hạn 30/09/2025, quá hạn 13 ngày)")
                .endsWith("… và " + (300 - listed) + " việc khác");
        assertThat(message.subject()).isEqualTo("Tổng hợp nhiệm vụ CCHC quá hạn tuần 42/2025: 300 nhiệm vụ");
    }

    @Test
    void shortDigestIsNotCut() {
        RenderedMessage message = renderer.render(alert(AlertKind.WEEKLY_DIGEST, new DueItems(List.of(
                new AlertItem(subject(1, "I.1", "Kế hoạch", "Sở Y tế", LocalDate.of(2025, 10, 1),
                        List.of("Kế hoạch")), Notice.overdue(12))))));

        assertThat(message.telegramHtml()).isEqualTo("""
                <b>Tổng hợp nhiệm vụ cải cách hành chính quá hạn đến ngày 13/10/2025</b>
                1 nhiệm vụ quá hạn tại 1 đơn vị.

                <b>Sở Y tế (1)</b>
                • <b>I.1</b> — Kế hoạch (hạn 01/10/2025, quá hạn 12 ngày; thiếu tài liệu kiểm chứng)""");
    }

    @Test
    void headEscalationAddressesTheHeadOfTheAgency() {
        RenderedMessage message = renderer.render(alert(AlertKind.HEAD_ESCALATION, new DueItems(List.of(
                new AlertItem(subject(3, "II.1", "Báo cáo CCHC", "Sở Tư pháp", LocalDate.of(2025, 10, 8),
                        List.of()), Notice.overdue(5))))));

        assertThat(message.subject()).isEqualTo("Cảnh báo quá hạn: 1 nhiệm vụ của Sở Tư pháp");
        assertThat(message.plainText()).contains("Kính gửi Thủ trưởng Sở Tư pháp: đến ngày 13/10/2025, 1 nhiệm vụ "
                + "đã quá hạn mà chưa được báo cáo hoàn thành.", "Hạn: 08/10/2025 — quá hạn 5 ngày")
                .doesNotContain("/xong");
    }

    @Test
    void aReminderAboutOneItemCarriesTheThreeButtonsWithTheVersionReadAtSending() {
        AlertSubject report = subject(42, "II.3", "Báo cáo quý III", "Sở Tư pháp", DAY, List.of("Báo cáo"));
        Alert alert = alert(AlertKind.REMINDER, new DueItems(List.of(new AlertItem(report, Notice.dueToday()))));

        RenderedMessage message = renderer.render(alert, Map.of(42L, 7L));

        assertThat(message.actions()).containsExactly(
                List.of(new ItemAction(ItemAction.Kind.FINISH, 42, 7, "✅ Đã hoàn thành"),
                        new ItemAction(ItemAction.Kind.EXTEND, 42, 7, "⏳ Xin gia hạn")),
                List.of(new ItemAction(ItemAction.Kind.EVIDENCE, 42, 7, "📎 Nộp minh chứng")));
        assertThat(message.telegramHtml()).as("the buttons stand for the item's command links in Telegram")
                .doesNotContain("/xong_42", "/giahan_42").contains("  Cập nhật tiến độ: /capnhat_42");
        assertThat(message.plainText()).as("e-mail and the in-app feed have no buttons")
                .contains("  /xong_42 · /capnhat_42 · /giahan_42");
        assertThat(renderer.render(alert).actions()).as("planned or previewed: no versions, no buttons").isEmpty();
        assertThat(renderer.render(alert).telegramHtml()).contains("/xong_42");
    }

    @Test
    void aMergedReminderHasOneRowOfButtonsForEachOfItsFirstSixItemsAsListedAndCommandLinksForTheRest() {
        List<AlertItem> items = new ArrayList<>();
        Map<Long, Long> versions = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            LocalDate due = DAY.plusDays(i);
            items.add(new AlertItem(subject(100 + i, "IV." + i, "Nhiệm vụ " + i, "Sở Tư pháp", due, List.of()),
                    Notice.upcoming(i)));
            versions.put(100L + i, (long) i * 10);
        }
        items.add(new AlertItem(subject(100, "I.1", "Nhiệm vụ quá hạn", "Sở Tư pháp", DAY.minusDays(3), List.of()),
                Notice.overdue(3)));
        versions.put(100L, 3L);

        RenderedMessage message = renderer.render(alert(AlertKind.REMINDER,
                AlertPlanner.personalItems(items)), versions);

        assertThat(message.actions()).hasSize(6).allSatisfy(row -> assertThat(row).extracting(ItemAction::kind)
                .containsExactly(ItemAction.Kind.FINISH, ItemAction.Kind.EXTEND, ItemAction.Kind.EVIDENCE));
        assertThat(message.actions()).extracting(row -> row.get(0).targetId())
                .as("the overdue item first, then the soonest due").containsExactly(100L, 101L, 102L, 103L, 104L, 105L);
        assertThat(message.actions().get(0)).extracting(ItemAction::label)
                .containsExactly("✅ I.1 Xong", "⏳ I.1 Gia hạn", "📎 I.1 Minh chứng");
        assertThat(message.actions().get(2)).allSatisfy(action -> assertThat(action.version()).isEqualTo(20));
        String html = message.telegramHtml();
        for (long id = 100; id <= 105; id++) {
            assertThat(html).doesNotContain("/xong_" + id + " ").contains("/capnhat_" + id);
        }
        assertThat(html).contains("/xong_106 · /capnhat_106 · /giahan_106", "/xong_109 · /capnhat_109 · /giahan_109");
        assertThat(message.plainText()).contains("/xong_100 · /capnhat_100 · /giahan_100");
    }

    @Test
    void itemsOfTheSameTaskAreToldApartOnTheirButtonsByDueDayOrOccurrence() {
        AlertSubject august = subject(11, "II.4", "Báo cáo tháng", "Sở Tư pháp", LocalDate.of(2025, 8, 31), List.of());
        AlertSubject september = subject(12, "II.4", "Báo cáo tháng", "Sở Tư pháp", LocalDate.of(2025, 9, 30),
                List.of());
        AlertSubject twin = subject(13, "II.4", "Báo cáo tháng", "Sở Tư pháp", LocalDate.of(2025, 9, 30), List.of());

        RenderedMessage message = renderer.render(alert(AlertKind.REMINDER, new DueItems(List.of(
                new AlertItem(august, Notice.overdue(43)), new AlertItem(september, Notice.overdue(13)),
                new AlertItem(twin, Notice.overdue(13))))), Map.of(11L, 1L, 12L, 1L, 13L, 1L));

        assertThat(message.actions()).extracting(row -> row.get(0).label())
                .containsExactly("✅ II.4 31/08 Xong", "✅ II.4 #12 Xong", "✅ II.4 #13 Xong");
    }

    @Test
    void aHeadsEscalationCarriesButtonsButAGroupsReminderADigestAndASummaryDoNot() {
        AlertSubject late = subject(3, "II.1", "Báo cáo CCHC", "Sở Tư pháp", LocalDate.of(2025, 10, 8), List.of());
        DueItems items = new DueItems(List.of(new AlertItem(late, Notice.overdue(5))));
        Map<Long, Long> versions = Map.of(3L, 4L);

        assertThat(renderer.render(alert(AlertKind.HEAD_ESCALATION, items), versions).actions())
                .flatExtracting(row -> row).extracting(ItemAction::kind, ItemAction::targetId, ItemAction::version)
                .containsExactly(tuple(ItemAction.Kind.FINISH, 3L, 4L), tuple(ItemAction.Kind.EXTEND, 3L, 4L),
                        tuple(ItemAction.Kind.EVIDENCE, 3L, 4L));
        RenderedMessage group = renderer.render(alert(AlertKind.GROUP_REMINDER, items), versions);
        assertThat(group.actions()).as("the bot acts on occurrences only in an official's own chat").isEmpty();
        assertThat(group.telegramHtml()).doesNotContain("/xong_3").contains("tin nhắn riêng với bot");
        assertThat(renderer.render(alert(AlertKind.WEEKLY_DIGEST, items), versions).actions()).isEmpty();
        assertThat(renderer.render(alert(AlertKind.MONTHLY_SUMMARY, new OnTimeReport(YearMonth.of(2025, 9),
                List.of(new AgencyOnTime(1, "Sở Tư pháp", 2, 1, 0)))), versions).actions()).isEmpty();
    }

    @Test
    void monthlySummaryShowsRatesWithVietnameseDecimalsWorstFirst() {
        RenderedMessage message = renderer.render(alert(AlertKind.MONTHLY_SUMMARY, new OnTimeReport(
                YearMonth.of(2025, 9), List.of(new AgencyOnTime(1, "Sở Tư pháp", 2, 1, 0),
                        new AgencyOnTime(2, "Sở Y tế", 1, 0, 1)))));

        assertThat(message.subject()).isEqualTo("Tỷ lệ hoàn thành nhiệm vụ CCHC đúng hạn tháng 09/2025");
        assertThat(message.plainText()).isEqualTo("""
                Tỷ lệ hoàn thành nhiệm vụ cải cách hành chính đúng hạn tháng 09/2025
                Toàn tỉnh: 3/5 nhiệm vụ đúng hạn (60,0 %); trễ hạn 1; chưa hoàn thành 1

                Theo đơn vị
                • Sở Y tế: 1/2 nhiệm vụ đúng hạn (50,0 %); trễ hạn 0; chưa hoàn thành 1
                • Sở Tư pháp: 2/3 nhiệm vụ đúng hạn (66,7 %); trễ hạn 1; chưa hoàn thành 0""");
    }

    @Test
    void decomposedVietnameseIsComposedBeforeCounting() {
        String decomposed = Normalizer.normalize("Sở Tư pháp", Normalizer.Form.NFD);
        AlertSubject subject = subject(1, "I.1", "Kế hoạch", decomposed, DAY, List.of());

        String html = renderer.render(alert(AlertKind.WEEKLY_DIGEST,
                new DueItems(List.of(new AlertItem(subject, Notice.overdue(1)))))).telegramHtml();

        assertThat(html).contains("<b>Sở Tư pháp (1)</b>");
    }

    @Test
    void theDigestEndsWithTheProvincesDraftLinkSignedForItsRecipientOrTheCommandWithoutOne() {
        List<Long> askedFor = new ArrayList<>();
        AlertMessageRenderer withLink = new AlertMessageRenderer(BotCommandWords.INSTANCE, recipient -> {
            askedFor.add(recipient);
            return Optional.of(new vn.laichau.par.notifier.ReportDraftLinks.DraftNotice("năm 2025",
                    Optional.of("https://cchc.example/api/v1/downloads/abc.def"), "09:00 20/10/2025"));
        });
        DueItems items = new DueItems(List.of(new AlertItem(subject(1, "I.1", "Kế hoạch", "Sở Y tế",
                LocalDate.of(2025, 10, 1), List.of()), Notice.overdue(12))));

        RenderedMessage message = withLink.render(alert(AlertKind.WEEKLY_DIGEST, items));

        assertThat(askedFor).containsExactly(PERSON.personId());
        String footer = "Dự thảo báo cáo kết quả CCHC năm 2025 của toàn tỉnh (tệp Word, liên kết dùng đến 09:00 "
                + "20/10/2025): https://cchc.example/api/v1/downloads/abc.def";
        assertThat(message.telegramHtml()).endsWith(footer);
        assertThat(message.plainText()).endsWith(footer);

        RenderedMessage withoutUrl = new AlertMessageRenderer(BotCommandWords.INSTANCE, recipient -> Optional.of(
                new vn.laichau.par.notifier.ReportDraftLinks.DraftNotice("6 tháng năm 2025", Optional.empty(), "")))
                .render(alert(AlertKind.WEEKLY_DIGEST, items));
        assertThat(withoutUrl.plainText()).endsWith("Dự thảo báo cáo kết quả CCHC 6 tháng năm 2025 của toàn tỉnh: gõ "
                + "/baocao tinh với bot để nhận tệp Word.");
        assertThat(renderer.render(alert(AlertKind.WEEKLY_DIGEST, items)).plainText()).doesNotContain("Dự thảo");
    }

    private static AlertSubject subject(long id, String code, String title, String agency, LocalDate due,
                                        List<String> missing) {
        return new AlertSubject(id, id, code, title, agency.hashCode(), agency, due, Optional.empty(), false, missing);
    }

    private static Alert alert(AlertKind kind, AlertContent content) {
        return new Alert(new AlertKey(AlertKey.DAILY, kind, PERSON.personId(), DAY), PERSON,
                Instant.parse("2025-10-13T00:00:00Z"), content);
    }
}
