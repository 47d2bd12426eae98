package vn.laichau.par.bot.telegram;

import java.util.List;
import vn.laichau.par.bot.gateway.AnswerResult;
import vn.laichau.par.bot.gateway.DownloadResult;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.bot.gateway.OutgoingFile;
import vn.laichau.par.bot.gateway.PermanentFailure;
import vn.laichau.par.bot.gateway.SendResult;
import vn.laichau.par.bot.gateway.TelegramGateway;

/** Stands in when no bot token is configured: every call fails permanently, so callers fall back elsewhere. */
final class DisabledTelegramGateway implements TelegramGateway {

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
