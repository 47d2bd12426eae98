package vn.laichau.par.notifier.message;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A message before it is written out: header lines, sections of entries, footer lines. Written in a format
 * with a length limit, it keeps header and footer, shows as many whole entries as fit, and ends the list
 * with "… và N việc khác" for the rest. Entries are written out only as far as the limit reaches, so a
 * list of a hundred thousand items costs no more than the part of it that is shown.
 */
final class MessageDraft {

    /** A titled group of entries; each entry is one or more lines about one thing, made when it is written. */
    private record Section(Line title, List<?> things, Function<Object, List<Line>> entry) {
    }

    private final List<Line> header = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Line> footer = new ArrayList<>();
    private final String moreNoun;

    /** @param moreNoun what the cut entries are called: "việc", "đơn vị" */
    MessageDraft(String moreNoun) {
        this.moreNoun = moreNoun;
    }

    MessageDraft header(Line line) {
        header.add(line);
        return this;
    }

    MessageDraft section(Line title, List<List<Line>> entries) {
        return section(title, entries, entry -> entry);
    }

    /** A section of one entry per thing, each entry's lines made by {@code entry} only if it is written. */
    @SuppressWarnings("unchecked")
    <T> MessageDraft section(Line title, List<T> things, Function<? super T, List<Line>> entry) {
        if (!things.isEmpty()) {
            sections.add(new Section(title, List.copyOf(things), thing -> entry.apply((T) thing)));
        }
        return this;
    }

    MessageDraft footer(Line line) {
        footer.add(line);
        return this;
    }

    String writtenIn(TextFormat format) {
        String top = lines(header, format);
        String bottom = lines(footer, format);
        int total = sections.stream().mapToInt(s -> s.things().size()).sum();
        String more = Line.of("… và " + total + " " + moreNoun + " khác").writtenIn(format);
        int cutBudget = format.limit() - assemble(top, "", more, bottom).length() - 1;
        int wholeBudget = format.limit() - assemble(top, "", "", bottom).length();
        Body body = body(format, cutBudget, wholeBudget);
        if (body.all()) {
            String whole = assemble(top, body.text(), "", bottom);
            if (whole.length() <= format.limit()) {
                return whole;
            }
        }
        String shown = body.text().substring(0, body.cutLength());
        String cut = Line.of("… và " + (total - body.cutEntries()) + " " + moreNoun + " khác").writtenIn(format);
        String message = assemble(top, shown, cut, bottom);
        return message.length() <= format.limit() ? message : message.substring(0, format.limit());
    }

    /**
     * The entries written out while they fit in {@code wholeBudget} (which a cut message's budget is below);
     * {@code all} when every one did. The first {@code cutLength} characters hold the {@code cutEntries} entries
     * that fit in {@code cutBudget}.
     */
    private record Body(String text, boolean all, int cutLength, int cutEntries) {
    }

    private Body body(TextFormat format, int cutBudget, int wholeBudget) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        int cutLength = 0;
        int cutEntries = 0;
        for (Section section : sections) {
            String title = section.title() == null ? "" : section.title().writtenIn(format) + "\n";
            boolean titled = false;
            for (Object thing : section.things()) {
                String separator = text.isEmpty() ? "" : titled ? "\n" : "\n\n";
                String piece = separator + (titled ? "" : title) + lines(section.entry().apply(thing), format);
                if (text.length() + piece.length() > wholeBudget) {
                    return new Body(text.toString(), false, cutLength, cutEntries);
                }
                text.append(piece);
                titled = true;
                shown++;
                if (text.length() <= cutBudget) {
                    cutLength = text.length();
                    cutEntries = shown;
                }
            }
        }
        return new Body(text.toString(), true, cutLength, cutEntries);
    }

    private static String assemble(String top, String body, String more, String bottom) {
        String listed = body.isEmpty() ? more : more.isEmpty() ? body : body + "\n" + more;
        return Stream.of(top, listed, bottom).filter(part -> !part.isEmpty()).collect(Collectors.joining("\n\n"));
    }

    private static String lines(List<Line> lines, TextFormat format) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line.writtenIn(format));
        }
        return text.toString();
    }
}
