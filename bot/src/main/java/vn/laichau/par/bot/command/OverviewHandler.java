package vn.laichau.par.bot.command;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.persistence.occurrence.StatusCount;

/** {@code /tongquan}: for leaders and the monitoring agency — counts by area and status, the worst agencies. */
final class OverviewHandler {

    private static final int WORST = 5;

    public Reply handle(CommandLine line, Conversation conversation) {
        if (!Access.seesWholeProvince(conversation.me())) {
            return Reply.text("Tổng quan toàn tỉnh dành cho lãnh đạo và Sở Nội vụ. Gõ /viec để xem việc của đơn vị.");
        }
        Optional<Plan> current = conversation.tracker().tasks().currentPlan();
        if (current.isEmpty()) {
            return Reply.text("Chưa có kế hoạch nào trong hệ thống.");
        }
        Plan plan = current.get();
        int year = conversation.tracker().tasks().currentPlanYear(plan);
        StringBuilder html = new StringBuilder("<b>Tổng quan ").append(escape(plan.number())).append(", năm ")
                .append(year).append("</b>\n");
        Map<Long, Map<OccurrenceStatus, Long>> byArea = grouped(conversation.tracker().occurrences().countByArea(plan.id(), year));
        Map<OccurrenceStatus, Long> total = new EnumMap<>(OccurrenceStatus.class);
        for (Area area : plan.areas()) {
            Map<OccurrenceStatus, Long> counts = byArea.getOrDefault(area.id(), Map.of());
            counts.forEach((status, n) -> total.merge(status, n, Long::sum));
            html.append("\n<b>").append(escape(area.numeral())).append(".</b> ").append(escape(area.name()))
                    .append(": ").append(summary(counts));
        }
        html.append("\n\n<b>Cả tỉnh:</b> ").append(summary(total));
        Map<Long, Map<OccurrenceStatus, Long>> byAgency = grouped(conversation.tracker().occurrences().countByAgency(plan.id(), year));
        List<Map.Entry<Long, Map<OccurrenceStatus, Long>>> worst = byAgency.entrySet().stream()
                .filter(e -> overdueOrLate(e.getValue()) > 0)
                .sorted(Comparator.<Map.Entry<Long, Map<OccurrenceStatus, Long>>>comparingLong(
                        e -> -e.getValue().getOrDefault(OccurrenceStatus.OVERDUE, 0L))
                        .thenComparingLong(e -> -overdueOrLate(e.getValue())))
                .limit(WORST).toList();
        if (!worst.isEmpty()) {
            html.append("\n\n<b>Đơn vị nhiều việc quá hạn nhất</b>");
            for (var entry : worst) {
                html.append("\n🔴 ").append(escape(conversation.tracker().tasks().agencyName(entry.getKey()))).append(": ")
                        .append(entry.getValue().getOrDefault(OccurrenceStatus.OVERDUE, 0L)).append(" quá hạn, ")
                        .append(entry.getValue().getOrDefault(OccurrenceStatus.FINISHED_LATE, 0L)).append(" trễ hạn");
            }
        }
        return Reply.text(html.toString());
    }

    private static Map<Long, Map<OccurrenceStatus, Long>> grouped(List<StatusCount> counts) {
        Map<Long, Map<OccurrenceStatus, Long>> grouped = new LinkedHashMap<>();
        for (StatusCount count : counts) {
            grouped.computeIfAbsent(count.groupId(), id -> new EnumMap<>(OccurrenceStatus.class))
                    .merge(count.status(), count.count(), Long::sum);
        }
        return grouped;
    }

    private static long overdueOrLate(Map<OccurrenceStatus, Long> counts) {
        return counts.getOrDefault(OccurrenceStatus.OVERDUE, 0L) + counts.getOrDefault(OccurrenceStatus.FINISHED_LATE, 0L);
    }

    private static String summary(Map<OccurrenceStatus, Long> counts) {
        long done = counts.getOrDefault(OccurrenceStatus.FINISHED_EARLY, 0L)
                + counts.getOrDefault(OccurrenceStatus.FINISHED_ON_TIME, 0L)
                + counts.getOrDefault(OccurrenceStatus.FINISHED_LATE, 0L);
        return done + " xong (" + counts.getOrDefault(OccurrenceStatus.FINISHED_LATE, 0L) + " trễ), "
                + counts.getOrDefault(OccurrenceStatus.OVERDUE, 0L) + " quá hạn, "
                + counts.getOrDefault(OccurrenceStatus.DUE_SOON, 0L) + " sắp đến hạn, "
                + counts.getOrDefault(OccurrenceStatus.NOT_YET_DUE, 0L) + " chưa đến hạn";
    }
}
