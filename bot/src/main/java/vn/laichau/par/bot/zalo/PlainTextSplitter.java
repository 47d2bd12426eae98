package vn.laichau.par.bot.zalo;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a plain-text reply into ordered parts of at most a limit of characters: between lines whenever a line
 * break lies within the limit (so a list item, one line, stays whole), else between words, and only a single word longer than the limit is cut
 * inside. Nothing is lost: the parts joined with the line breaks and spaces they were cut at give the text back.
 */
public final class PlainTextSplitter {

    private PlainTextSplitter() {
    }

    public static List<String> split(String text, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut <= 0) {
                cut = limit;
            }
            String part = rest.substring(0, cut).stripTrailing();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }
}
