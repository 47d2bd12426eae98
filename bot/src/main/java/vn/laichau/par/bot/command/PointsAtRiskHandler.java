package vn.laichau.par.bot.command;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.laichau.par.application.parindex.ParIndexFramework.Risk;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.parindex.PointsAtRisk;

/**
 * {@code /diem}: the PAR INDEX points the current plan year's obligations put at risk, by the latest criteria
 * version in force that year — for an official their own agency's part per component; for Sở Nội vụ and leaders
 * the province's, per component with the agencies that must act, and the agencies holding most.
 */
final class PointsAtRiskHandler {

    private static final int MOST_COMPONENTS = 15;
    private static final int AGENCIES_PER_COMPONENT = 3;
    private static final int MOST_AGENCIES = 5;

    public Reply handle(CommandLine line, Conversation conversation) {
        Optional<Plan> plan = conversation.tracker().tasks().currentPlan();
        if (plan.isEmpty()) {
            return Reply.text("Chưa có kế hoạch nào trong hệ thống.");
        }
        int year = conversation.tracker().tasks().currentPlanYear(plan.get());
        if (conversation.tracker().parIndex().versions().stream().noneMatch(v -> v.firstYear() <= year)) {
            return Reply.text("Chưa tính được điểm có nguy cơ mất: chưa có bộ tiêu chí Chỉ số CCHC nào áp dụng cho năm "
                    + year + ". Quản trị viên Sở Nội vụ cần nhập bộ tiêu chí (mục Quản trị của ứng dụng web) và gắn "
                    + "nhiệm vụ với từng tiêu chí thành phần. Gõ /chiso để xem kết quả Chỉ số CCHC các năm.");
        }
        Risk risk = conversation.tracker().parIndex().currentPointsAtRiskFor(conversation.officialId());
        return Reply.text(risk.onlyAgency().map(agency -> agency(risk, agency)).orElseGet(() -> province(risk)));
    }

    private static String agency(Risk risk, long agencyId) {
        PointsAtRisk.Result r = risk.result();
        String name = risk.agencyNames().getOrDefault(agencyId, "Cơ quan " + agencyId);
        StringBuilder html = header(risk, escape(name));
        BigDecimal held = risk.shares().stream().map(PointsAtRisk.Share::atRisk).reduce(BigDecimal.ZERO, BigDecimal::add);
        long outstanding = risk.shares().stream().mapToLong(PointsAtRisk.Share::outstanding).sum();
        if (risk.shares().isEmpty()) {
            html.append("\n✅ Đơn vị không giữ điểm nào có nguy cơ mất: mọi nghĩa vụ được gắn với tiêu chí đã xong và "
                    + "có minh chứng.");
        } else {
            html.append("\n🔴 Đơn vị đang giữ <b>").append(points(held)).append("</b> điểm có nguy cơ mất (")
                    .append(outstanding).append(" nghĩa vụ chưa xong có minh chứng).\n\n<b>Theo tiêu chí thành phần</b>");
            for (PointsAtRisk.Share share : risk.shares()) {
                html.append("\n• ").append(escape(share.component().code())).append(" ")
                        .append(escape(share.component().name())).append(": <b>").append(points(share.atRisk()))
                        .append("</b> điểm — ").append(share.outstanding()).append("/").append(share.obligations())
                        .append(" nghĩa vụ của tiêu chí là của đơn vị, chưa xong có minh chứng");
            }
            html.append("\n\nCần làm: đơn vị hoàn thành các việc và nộp tài liệu kiểm chứng — gõ /viec hoặc /quahan.");
        }
        html.append("\n\nToàn tỉnh: ").append(points(r.atRisk())).append("/").append(points(r.maximum()))
                .append(" điểm tự đánh giá có nguy cơ mất; dự kiến đạt ").append(points(r.projected())).append(".");
        return html.toString();
    }

    private static String province(Risk risk) {
        PointsAtRisk.Result r = risk.result();
        StringBuilder html = header(risk, "toàn tỉnh");
        html.append("\nTự đánh giá có minh chứng: <b>").append(points(r.atRisk())).append("</b>/")
                .append(points(r.maximum())).append(" điểm có nguy cơ mất; dự kiến đạt <b>")
                .append(points(r.projected())).append("</b>.");
        if (!r.notControlled().isEmpty()) {
            html.append("\nKhảo sát và thống kê (không do nhiệm vụ quyết định): ")
                    .append(points(r.notControlledMaximum())).append(" điểm, ").append(r.notControlled().size())
                    .append(" tiêu chí thành phần.");
        }
        List<PointsAtRisk.ComponentRisk> atRisk = r.evidence().stream()
                .filter(c -> c.atRisk().signum() > 0).toList();
        if (!atRisk.isEmpty()) {
            html.append("\n\n<b>Theo tiêu chí thành phần</b>");
        }
        for (PointsAtRisk.ComponentRisk c : atRisk.stream().limit(MOST_COMPONENTS).toList()) {
            html.append("\n• ").append(escape(c.component().code())).append(" ").append(escape(c.component().name()))
                    .append(": <b>").append(points(c.atRisk())).append("</b>/")
                    .append(points(c.component().maxPoints())).append(" điểm");
            if (!c.tracked()) {
                html.append(" — chưa có nhiệm vụ nào gắn với tiêu chí này");
                continue;
            }
            html.append(" — ").append(c.doneWithEvidence()).append("/").append(c.obligations())
                    .append(" nghĩa vụ xong có minh chứng. Cần làm: ");
            html.append(risk.shares().stream().filter(s -> s.component().id() == c.component().id())
                    .limit(AGENCIES_PER_COMPONENT)
                    .map(s -> escape(risk.agencyNames().getOrDefault(s.agencyId(), "Cơ quan " + s.agencyId()))
                            + " (" + points(s.atRisk()) + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (atRisk.size() > MOST_COMPONENTS) {
            html.append("\n… và ").append(atRisk.size() - MOST_COMPONENTS).append(" tiêu chí thành phần khác.");
        }
        if (!r.agencies().isEmpty()) {
            html.append("\n\n<b>Đơn vị giữ nhiều điểm có nguy cơ mất nhất</b>");
            for (PointsAtRisk.AgencyRisk a : r.agencies().stream().limit(MOST_AGENCIES).toList()) {
                html.append("\n• ").append(escape(risk.agencyNames().getOrDefault(a.agencyId(), "Cơ quan "
                        + a.agencyId()))).append(": <b>").append(points(a.atRisk())).append("</b> điểm (")
                        .append(a.obligationsOutstanding()).append(" nghĩa vụ)");
            }
        }
        return html.toString();
    }

    private static StringBuilder header(Risk risk, String whoseHtml) {
        return new StringBuilder("<b>Điểm Chỉ số CCHC có nguy cơ mất — ").append(whoseHtml).append(", năm ")
                .append(risk.year()).append("</b>\nBộ tiêu chí ").append(escape(risk.version().code())).append(" (")
                .append(escape(risk.version().name())).append("), kế hoạch ").append(escape(risk.plan().number()))
                .append(".");
    }

    private static String points(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
