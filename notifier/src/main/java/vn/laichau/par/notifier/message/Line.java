package vn.laichau.par.notifier.message;

import java.util.ArrayList;
import java.util.List;

/** One line of a message: pieces of text, some emphasised, written out in a {@link TextFormat}. */
final class Line {

    private record Piece(String text, boolean bold) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    private Line besideButtons;

    static Line of(String text) {
        return new Line().plus(text);
    }

    static Line bold(String text) {
        return new Line().plusBold(text);
    }

    Line plus(String text) {
        pieces.add(new Piece(VietnameseText.clean(text), false));
        return this;
    }

    Line plusBold(String text) {
        pieces.add(new Piece(VietnameseText.clean(text), true));
        return this;
    }

    /** This line as written in a format whose messages carry their buttons: {@code line} instead. */
    Line besideButtons(Line line) {
        besideButtons = line;
        return this;
    }

    String writtenIn(TextFormat format) {
        if (besideButtons != null && format.carriesButtons()) {
            return besideButtons.writtenIn(format);
        }
        StringBuilder written = new StringBuilder();
        for (Piece piece : pieces) {
            written.append(piece.bold() ? format.bold(piece.text()) : format.text(piece.text()));
        }
        return written.toString();
    }
}
