package vn.laichau.par.bot.command;

import vn.laichau.par.bot.BotCommand;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command as typed: the word after the slash, the command it names (empty for an unknown word) and its
 * arguments. {@code /xong_123} and {@code /xong 123} both give {@code FINISH} with argument {@code 123}.
 */
record CommandLine(String word, Optional<BotCommand> command, List<String> arguments) {

    public CommandLine {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(command, "command");
        arguments = List.copyOf(arguments);
    }

    public static CommandLine of(BotCommand command, String... arguments) {
        return new CommandLine(command.slashName().substring(1), Optional.of(command), List.of(arguments));
    }

    /** The arguments joined by single spaces. */
    public String argumentText() {
        return String.join(" ", arguments);
    }

    public Optional<String> firstArgument() {
        return arguments.isEmpty() ? Optional.empty() : Optional.of(arguments.get(0));
    }

    /** The first argument as a whole number, if it is one (a leading '#' is allowed). */
    public Optional<Long> firstNumber() {
        return firstArgument().flatMap(CommandParser::number);
    }
}
