package vn.laichau.par.bot.command;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.util.List;
import vn.laichau.par.application.indicator.ParIndexChart;
import vn.laichau.par.bot.gateway.OutgoingFile;
import vn.laichau.par.domain.model.plan.ParIndexResult;

/** {@code /chiso}: the PAR INDEX history as text and as a chart image. */
final class ParIndexHandler {

    public Reply handle(CommandLine line, Conversation conversation) {
        List<ParIndexResult> history = ParIndexChart.shownHistory(conversation.tracker().tasks().parIndexHistory());
        if (history.isEmpty()) {
            return Reply.text("Chưa có số liệu Chỉ số CCHC.");
        }
        String province = history.get(0).province();
        StringBuilder html = new StringBuilder("<b>Chỉ số CCHC (PAR INDEX) của ").append(escape(province))
                .append("</b>\n");
        ParIndexResult previous = null;
        for (ParIndexResult r : history) {
            html.append("\n").append(r.year()).append(": <b>").append(r.score().toPlainString()).append("</b>");
            if (r.maxScore().compareTo(ParIndexResult.HUNDRED) != 0) {
                html.append("/").append(r.maxScore().stripTrailingZeros().toPlainString());
            }
            html.append(" điểm, ").append(r.rank().isPresent() ? "xếp hạng " + r.rankText() : "chưa rõ thứ hạng");
            if (previous != null) {
                r.placesGainedSince(previous).ifPresent(gained -> html.append(gained > 0 ? " (tăng " + gained + " bậc)"
                        : gained < 0 ? " (giảm " + -gained + " bậc)" : ""));
            }
            previous = r;
        }
        byte[] png = ParIndexChart.png(history);
        return Reply.text(html.toString()).withPhoto(new OutgoingFile("par-index.png", png),
                conversation.tracker().downloads().chartLink(conversation.officialId()));
    }
}
