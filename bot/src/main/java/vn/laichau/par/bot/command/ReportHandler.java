package vn.laichau.par.bot.command;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import vn.laichau.par.application.download.DownloadLinks;
import vn.laichau.par.application.report.PeriodicReports.DraftRequest;
import vn.laichau.par.application.report.ReportFile;
import vn.laichau.par.application.report.ReportPeriod;
import vn.laichau.par.bot.gateway.OutgoingFile;

/**
 * {@code /baocao [quy1|6thang|9thang|nam] [năm] [tinh]}: the draft of the periodic CCHC report as a Word
 * document — by default the period under way, the current plan year and the official's own agency; {@code tinh}
 * the whole province, which the report's own rule allows Sở Nội vụ and leaders only. The document goes as a file
 * where the messenger takes files, and as a short-lived signed link where it does not.
 */
final class ReportHandler {

    static final String USAGE = "Cách dùng: <code>/baocao [kỳ] [năm] [tinh]</code>\n"
            + "• kỳ: <code>quy1</code> (quý I), <code>6thang</code>, <code>9thang</code> hoặc <code>nam</code>; "
            + "mặc định là kỳ đang diễn ra\n"
            + "• năm: năm kế hoạch, ví dụ <code>2019</code>; mặc định năm nay\n"
            + "• <code>tinh</code>: báo cáo toàn tỉnh (Sở Nội vụ và lãnh đạo)\n"
            + "Ví dụ: <code>/baocao 6thang</code>, <code>/baocao nam 2019 tinh</code>";

    public Reply handle(CommandLine line, Conversation conversation) {
        Optional<ReportPeriod> period = Optional.empty();
        Optional<Integer> year = Optional.empty();
        boolean province = false;
        String words = plain(line.argumentText())
                .replaceAll("\\bquy (i|1)\\b", "quy1").replaceAll("\\b(6|9) thang\\b", "$1thang")
                .replaceAll("\\btoan tinh\\b", "tinh").replaceAll("\\bca nam\\b", "nam");
        for (String word : words.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<ReportPeriod> named = period(word);
            if (named.isPresent() && period.isEmpty()) {
                period = named;
            } else if (word.matches("\\d{4}") && year.isEmpty()) {
                year = Optional.of(Integer.parseInt(word));
            } else if (word.equals("tinh") && !province) {
                province = true;
            } else {
                return Reply.text("Bot chưa hiểu <code>" + escape(shorten(word)) + "</code>.\n" + USAGE);
            }
        }
        DraftRequest request = conversation.tracker().reports().currentRequest(conversation.officialId(), period,
                year, province);
        ReportFile file = conversation.tracker().reports().draft(conversation.officialId(), request);
        String whose = request.agencyId().map(id -> conversation.tracker().tasks().agencyName(id))
                .orElse("toàn tỉnh");
        Optional<String> link = conversation.tracker().downloads().draftLink(conversation.officialId(), request,
                DownloadLinks.CHAT_LINK_LIFETIME);
        String html = "📄 <b>Dự thảo báo cáo kết quả CCHC " + escape(request.period().titleVi(request.year()))
                + "</b> — " + escape(whose) + "\nSố liệu tính đến " + Formats.date(conversation.tracker()
                .occurrences().today()) + "; phần khó khăn, đề xuất lấy từ nội dung đơn vị đã nhập. Mở tệp Word, "
                + "kiểm tra rồi trình ký.";
        return Reply.text(html).withDocument(new OutgoingFile(file.fileName(), file.content()), link);
    }

    private static Optional<ReportPeriod> period(String word) {
        return switch (word) {
            case "quy1", "q1", "quyi", "quarter_1", "quarter-1" -> Optional.of(ReportPeriod.QUARTER_1);
            case "6thang", "6t", "half_year", "half-year" -> Optional.of(ReportPeriod.HALF_YEAR);
            case "9thang", "9t", "nine_months", "nine-months" -> Optional.of(ReportPeriod.NINE_MONTHS);
            case "nam", "year" -> Optional.of(ReportPeriod.YEAR);
            default -> Optional.empty();
        };
    }

    /** Lower case without diacritics (đ as d), so that "Quý I" and "quy i" read alike. */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd');
    }

    private static String shorten(String word) {
        return word.length() <= 32 ? word : word.substring(0, 32) + "…";
    }
}
