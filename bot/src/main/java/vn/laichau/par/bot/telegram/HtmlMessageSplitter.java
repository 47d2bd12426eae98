package vn.laichau.par.bot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a Telegram HTML text into parts that each fit Telegram's limit, which counts the visible text (UTF-16
 * units after entity parsing) and not the tags.
 *
 * <p>A part ends after the last blank line that fits, else the last line break, else the last space, and only
 * when none fits in the middle of a word. Tags open at a cut are closed at the end of the part and opened
 * again at the start of the next, so every part is valid HTML on its own. Tags, entities and surrogate pairs
 * are never cut. Beyond {@code maxParts} the text is shortened and the last part says so.
 */
final class HtmlMessageSplitter {

    /** Telegram's limit for a message text. */
    public static final int MESSAGE_LIMIT = 4096;
    /** Telegram's limit for a photo or document caption. */
    public static final int CAPTION_LIMIT = 1024;

    static final String SHORTENED_NOTICE = "\n… (tin nhắn quá dài, phần còn lại đã được lược bớt)";

    private final int limit;
    private final int maxParts;

    public HtmlMessageSplitter(int limit, int maxParts) {
        if (limit < 2 * SHORTENED_NOTICE.length()) {
            throw new IllegalArgumentException("The limit is too small to split sensibly: " + limit);
        }
        if (maxParts < 1) {
            throw new IllegalArgumentException("At least one part is needed: " + maxParts);
        }
        this.limit = limit;
        this.maxParts = maxParts;
    }

    /** The parts, in order; a text that fits is returned unchanged as the only part. */
    public List<String> split(String html) {
        List<Token> tokens = tokenize(html);
        if (visibleLength(tokens, 0, tokens.size()) <= limit) {
            return List.of(html);
        }
        List<String> parts = cut(tokens, limit);
        if (parts.size() <= maxParts) {
            return parts;
        }
        List<String> kept = new ArrayList<>(cut(tokens, limit - SHORTENED_NOTICE.length()).subList(0, maxParts));
        int last = kept.size() - 1;
        kept.set(last, kept.get(last) + SHORTENED_NOTICE);
        return List.copyOf(kept);
    }

    /** The length Telegram counts for this HTML: visible UTF-16 units, an entity counting as one. */
    public static int visibleLength(String html) {
        List<Token> tokens = tokenize(html);
        return visibleLength(tokens, 0, tokens.size());
    }

    private static List<String> cut(List<Token> tokens, int partLimit) {
        List<String> parts = new ArrayList<>();
        Deque<Token> openTags = new ArrayDeque<>();
        int start = 0;
        while (start < tokens.size()) {
            int end = chooseEnd(tokens, start, partLimit);
            StringBuilder part = new StringBuilder();
            Iterator<Token> reopened = openTags.descendingIterator();
            while (reopened.hasNext()) {
                part.append(reopened.next().raw());
            }
            for (int i = start; i < end; i++) {
                Token token = tokens.get(i);
                part.append(token.raw());
                track(openTags, token);
            }
            for (Token open : openTags) {
                part.append("</").append(open.tagName()).append('>');
            }
            parts.add(part.toString());
            start = end;
        }
        return parts;
    }

    /**
     * The exclusive end of the part starting at {@code start}: the best break in the second half of what fits,
     * followed by any closing tags right after it.
     */
    private static int chooseEnd(List<Token> tokens, int start, int partLimit) {
        int visible = 0;
        int afterBlankLine = -1;
        int afterLineBreak = -1;
        int afterSpace = -1;
        int end = start;
        while (end < tokens.size()) {
            Token token = tokens.get(end);
            if (visible + token.visible() > partLimit) {
                break;
            }
            visible += token.visible();
            end++;
            boolean inSecondHalf = visible >= partLimit / 2;
            if (inSecondHalf && token.isText("\n")) {
                if (end - 2 >= start && tokens.get(end - 2).isText("\n")) {
                    afterBlankLine = end;
                }
                afterLineBreak = end;
            } else if (inSecondHalf && token.isText(" ")) {
                afterSpace = end;
            }
        }
        if (end == tokens.size()) {
            return end;
        }
        int chosen = afterBlankLine > 0 ? afterBlankLine
                : afterLineBreak > 0 ? afterLineBreak
                : afterSpace > 0 ? afterSpace
                : Math.max(end, start + 1);
        while (chosen < tokens.size() && tokens.get(chosen).kind() == Kind.CLOSING_TAG) {
            chosen++;
        }
        return chosen;
    }

    private static void track(Deque<Token> openTags, Token token) {
        if (token.kind() == Kind.OPENING_TAG) {
            openTags.push(token);
        } else if (token.kind() == Kind.CLOSING_TAG) {
            Iterator<Token> open = openTags.iterator();
            while (open.hasNext()) {
                if (open.next().tagName().equals(token.tagName())) {
                    open.remove();
                    break;
                }
            }
        }
    }

    private static int visibleLength(List<Token> tokens, int from, int to) {
        int length = 0;
        for (int i = from; i < to; i++) {
            length += tokens.get(i).visible();
        }
        return length;
    }

    private static List<Token> tokenize(String html) {
        List<Token> tokens = new ArrayList<>(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int close;
            if (c == '<' && (close = html.indexOf('>', i)) > 0) {
                String raw = html.substring(i, close + 1);
                tokens.add(Token.tag(raw));
                i = close + 1;
            } else if (c == '&' && (close = entityEnd(html, i)) > 0) {
                tokens.add(new Token(Kind.TEXT, html.substring(i, close + 1), 1, ""));
                i = close + 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < html.length()
                    && Character.isLowSurrogate(html.charAt(i + 1))) {
                tokens.add(new Token(Kind.TEXT, html.substring(i, i + 2), 2, ""));
                i += 2;
            } else {
                tokens.add(new Token(Kind.TEXT, String.valueOf(c), 1, ""));
                i++;
            }
        }
        return tokens;
    }

    /** The index of the ';' ending an entity such as {@code &amp;} or {@code &#8212;} at {@code from}, or -1. */
    private static int entityEnd(String html, int from) {
        int max = Math.min(html.length(), from + 10);
        for (int i = from + 1; i < max; i++) {
            char c = html.charAt(i);
            if (c == ';') {
                return i > from + 1 ? i : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }

    private enum Kind { TEXT, OPENING_TAG, CLOSING_TAG, SELF_CLOSING_TAG }

    private record Token(Kind kind, String raw, int visible, String tagName) {

        static Token tag(String raw) {
            boolean closing = raw.startsWith("</");
            boolean selfClosing = raw.endsWith("/>");
            int nameStart = closing ? 2 : 1;
            int nameEnd = nameStart;
            while (nameEnd < raw.length() && !Character.isWhitespace(raw.charAt(nameEnd))
                    && raw.charAt(nameEnd) != '>' && raw.charAt(nameEnd) != '/') {
                nameEnd++;
            }
            Kind kind = closing ? Kind.CLOSING_TAG : selfClosing ? Kind.SELF_CLOSING_TAG : Kind.OPENING_TAG;
            return new Token(kind, raw, 0, raw.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT));
        }

        boolean isText(String text) {
            return kind == Kind.TEXT && raw.equals(text);
        }
    }
}
