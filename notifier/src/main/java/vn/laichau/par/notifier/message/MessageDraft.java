package vn.laichau.par.notifier.message;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A message before it is written out: header lines, sections of entries, footer lines. Written in a format
 * with a length limit, it keeps header and footer, shows as many whole entries as fit, and ends the list
 * with "… và N việc khác" for the rest.
 */
final class MessageDraft {

    /** A titled group of entries; each entry is one or more lines about one thing. */
    private record Section(Line title, List<List<Line>> entries) {
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
        if (!entries.isEmpty()) {
            sections.add(new Section(title, List.copyOf(entries)));
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
        int total = sections.stream().mapToInt(s -> s.entries().size()).sum();
        String whole = assemble(top, body(format, Integer.MAX_VALUE).text(), "", bottom);
        if (whole.length() <= format.limit()) {
            return whole;
        }
        String more = Line.of("… và " + total + " " + moreNoun + " khác").writtenIn(format);
        int budget = format.limit() - assemble(top, "", more, bottom).length() - 1;
        Body shown = body(format, budget);
        String cut = Line.of("… và " + (total - shown.entries()) + " " + moreNoun + " khác").writtenIn(format);
        String message = assemble(top, shown.text(), cut, bottom);
        return message.length() <= format.limit() ? message : message.substring(0, format.limit());
    }

    private record Body(String text, int entries) {
    }

    /** As many whole entries as fit in {@code budget} characters, each under its section's title. */
    private Body body(TextFormat format, int budget) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (Section section : sections) {
            String title = section.title() == null ? "" : section.title().writtenIn(format) + "\n";
            boolean titled = false;
            for (List<Line> entry : section.entries()) {
                String separator = text.isEmpty() ? "" : titled ? "\n" : "\n\n";
                String piece = separator + (titled ? "" : title) + lines(entry, format);
                if (text.length() + piece.length() > budget) {
                    return new Body(text.toString(), shown);
                }
                text.append(piece);
                titled = true;
                shown++;
            }
        }
        return new Body(text.toString(), shown);
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
