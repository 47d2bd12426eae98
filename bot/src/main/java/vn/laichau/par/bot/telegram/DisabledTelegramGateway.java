package vn.laichau.par.bot.telegram;

import java.util.List;
import vn.laichau.par.bot.spi.AnswerResult;
import vn.laichau.par.bot.spi.DownloadResult;
import vn.laichau.par.bot.spi.InlineButton;
import vn.laichau.par.bot.spi.OutgoingFile;
import vn.laichau.par.bot.spi.PermanentFailure;
import vn.laichau.par.bot.spi.SendResult;
import vn.laichau.par.bot.spi.TelegramGateway;

/** Stands in when no bot token is configured: every call fails permanently, so callers fall back elsewhere. */
public final class DisabledTelegramGateway implements TelegramGateway {

    private static final PermanentFailure DISABLED =
            PermanentFailure.ofMessage("the Telegram bot is disabled: no bot token is configured");

    @Override
    public SendResult sendText(long chatId, String html, List<List<InlineButton>> keyboard) {
        return DISABLED;
    }

    @Override
    public SendResult sendPhoto(long chatId, OutgoingFile photo, String captionHtml) {
        return DISABLED;
    }

    @Override
    public SendResult sendDocument(long chatId, OutgoingFile document, String captionHtml) {
        return DISABLED;
    }

    @Override
    public AnswerResult answerCallback(String callbackQueryId, String notice) {
        return DISABLED;
    }

    @Override
    public DownloadResult download(String fileId, long maxBytes) {
        return DISABLED;
    }
}
