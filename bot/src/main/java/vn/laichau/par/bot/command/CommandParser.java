package vn.laichau.par.bot.command;

import vn.laichau.par.bot.BotCommand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads commands from message texts: {@code /viec}, {@code /sapden 7}, {@code /xong_123} (the form alert
 * messages use, so that one tap sends it), {@code /xong@par_bot 123} in groups.
 */
final class CommandParser {

    private static final Pattern DIGITS = Pattern.compile("#?\\d{1,18}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String botUsername;

    /** @param botUsername the bot's user name without '@' (commands addressed to other bots are ignored); may be blank */
    public CommandParser(String botUsername) {
        this.botUsername = botUsername == null ? "" : botUsername.strip().toLowerCase(Locale.ROOT);
    }

    /** The command in {@code text}, or empty when the text is no command or addresses another bot. */
    public Optional<CommandLine> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.length() < 2 || stripped.charAt(0) != '/') {
            return Optional.empty();
        }
        String[] parts = SPACES.split(stripped.substring(1));
        String word = parts[0];
        int at = word.indexOf('@');
        if (at >= 0) {
            String addressee = word.substring(at + 1).toLowerCase(Locale.ROOT);
            if (!botUsername.isEmpty() && !addressee.equals(botUsername)) {
                return Optional.empty();
            }
            word = word.substring(0, at);
        }
        List<String> arguments = new ArrayList<>(Arrays.asList(parts).subList(1, parts.length));
        Optional<BotCommand> command = BotCommand.named(word);
        if (command.isEmpty()) {
            int underscore = word.lastIndexOf('_');
            if (underscore > 0 && DIGITS.matcher(word.substring(underscore + 1)).matches()) {
                command = BotCommand.named(word.substring(0, underscore));
                if (command.isPresent()) {
                    arguments.add(0, word.substring(underscore + 1));
                    word = word.substring(0, underscore);
                }
            }
        }
        return Optional.of(new CommandLine(word.toLowerCase(Locale.ROOT), command, arguments));
    }

    /** A whole number such as {@code 123} or {@code #123}. */
    public static Optional<Long> number(String text) {
        if (text == null || !DIGITS.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text.strip().replace("#", "")));
    }
}
