package vn.laichau.par.notifier.message;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.laichau.par.notifier.planning.Notice;

/** The Vietnamese words and number forms of the messages. */
final class VietnameseText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final int TITLE_LIMIT = 300;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int REMEMBERED_TITLES = 4096;
    /** A plan has tens of tasks whose titles appear in thousands of lines: each is shortened once. */
    private static final Map<String, String> TITLES = new ConcurrentHashMap<>();

    private VietnameseText() {
    }

    /** Text in composed Unicode form (one character per accented letter), without control characters. */
    static String clean(String text) {
        if (!hasControl(text) && Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return CONTROL.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ");
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "còn 3 ngày làm việc", "hôm nay là hạn", "quá hạn 5 ngày". */
    static String standing(Notice notice) {
        return switch (notice.state()) {
            case UPCOMING -> "còn " + notice.workingDaysLeft() + " ngày làm việc";
            case DUE_TODAY -> "hôm nay là hạn";
            case OVERDUE -> "quá hạn " + notice.daysOverdue() + " ngày";
        };
    }

    /** A permille as a Vietnamese percentage: 805 → "80,5 %". */
    static String percent(int permille) {
        return permille / 10 + "," + permille % 10 + " %";
    }

    /** A task title short enough for a message line, cut at a word where it must be cut. */
    static String title(String title) {
        String known = TITLES.get(title);
        if (known != null) {
            return known;
        }
        String shortened = shorten(title);
        if (TITLES.size() >= REMEMBERED_TITLES) {
            TITLES.clear();
        }
        TITLES.put(title, shortened);
        return shortened;
    }

    private static String shorten(String title) {
        String clean = SPACES.matcher(clean(title).strip()).replaceAll(" ");
        if (clean.length() <= TITLE_LIMIT) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', TITLE_LIMIT - 1);
        return clean.substring(0, cut > TITLE_LIMIT / 2 ? cut : TITLE_LIMIT - 1) + "…";
    }
}
