package vn.laichau.par.bot.command;

import vn.laichau.par.bot.BotCommand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandParserTest {

    private final CommandParser parser = new CommandParser("par_laichau_bot");

    private CommandLine parse(String text) {
        return parser.parse(text).orElseThrow();
    }

    @Test
    void vietnameseNamesAndEnglishAliasesNameTheSameCommand() {
        assertThat(parse("/viec").command()).contains(BotCommand.OPEN_WORK);
        assertThat(parse("/tasks").command()).contains(BotCommand.OPEN_WORK);
        assertThat(parse("/FINISH 5").command()).contains(BotCommand.FINISH);
        assertThat(parse("/unlink").command()).contains(BotCommand.UNLINK);
        assertThat(parse("/huy_lienket").command()).contains(BotCommand.UNLINK);
    }

    @Test
    void theAlertFormWithAnUnderscoreCarriesTheOccurrenceId() {
        CommandLine line = parse("/xong_123");
        assertThat(line.command()).contains(BotCommand.FINISH);
        assertThat(line.firstNumber()).contains(123L);
        assertThat(parse("/capnhat_45 60 ghi chú").arguments()).containsExactly("45", "60", "ghi", "chú");
        assertThat(parse("/giahan_7").firstNumber()).contains(7L);
    }

    @Test
    void argumentsAreSplitOnAnyWhitespace() {
        assertThat(parse("/sapden   7").arguments()).containsExactly("7");
        assertThat(parse("/tim  đào\ttạo ").argumentText()).isEqualTo("đào tạo");
        assertThat(parse("/xong #12").firstNumber()).contains(12L);
    }

    @Test
    void commandsForThisBotInGroupsAreReadAndOthersIgnored() {
        assertThat(parse("/viec@PAR_LaiChau_Bot").command()).contains(BotCommand.OPEN_WORK);
        assertThat(parser.parse("/viec@other_bot")).isEmpty();
    }

    @Test
    void unknownWordsAreKeptSoThatTheReplyCanNameThem() {
        CommandLine line = parse("/abc_12");
        assertThat(line.command()).isEmpty();
        assertThat(line.word()).isEqualTo("abc_12");
    }

    @Test
    void textsThatAreNoCommandGiveNothing() {
        for (String text : List.of("xin chào", "", "/", " ", "12/12/2020")) {
            assertThat(parser.parse(text)).as(text).isEmpty();
        }
        assertThat(parser.parse(null)).isEqualTo(Optional.empty());
    }

    @Test
    void everyCommandHasAHelpLine() {
        for (BotCommand command : BotCommand.values()) {
            assertThat(command.helpLineHtml()).startsWith(command.slashName()).contains(" — ");
        }
    }
}
