package vn.laichau.par.bot.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.laichau.par.bot.gateway.AnswerResult;
import vn.laichau.par.bot.gateway.Answered;
import vn.laichau.par.bot.gateway.DownloadResult;
import vn.laichau.par.bot.gateway.Downloaded;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.bot.gateway.OutgoingFile;
import vn.laichau.par.bot.gateway.PermanentFailure;
import vn.laichau.par.bot.gateway.SendResult;
import vn.laichau.par.bot.gateway.Sent;
import vn.laichau.par.bot.gateway.TelegramGateway;
import vn.laichau.par.bot.gateway.TransientFailure;

/** The {@link TelegramGateway} over the real Bot API, through the TelegramBots library and OkHttp. */
public final class BotApiTelegramGateway implements TelegramGateway, AutoCloseable {

    private static final int MAX_PARTS_PER_TEXT = 10;
    private static final int MAX_NOTICE_LENGTH = 200;

    private final TelegramSettings settings;
    private final OkHttpClient http;
    private final TelegramClient client;
    private final HtmlMessageSplitter textSplitter =
            new HtmlMessageSplitter(HtmlMessageSplitter.MESSAGE_LIMIT, MAX_PARTS_PER_TEXT);
    private final HtmlMessageSplitter captionSplitter = new HtmlMessageSplitter(HtmlMessageSplitter.CAPTION_LIMIT, 1);

    public BotApiTelegramGateway(TelegramSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = TelegramHttpClients.forRequests(settings.requestTimeout());
        this.client = new OkHttpTelegramClient(http, settings.botToken(), settings.telegramUrl());
    }

    @Override
    public SendResult sendText(long chatId, String html, List<List<InlineButton>> keyboard) {
        List<String> parts = textSplitter.split(html);
        SendResult result = null;
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            SendMessage message = SendMessage.builder()
                    .chatId(chatId)
                    .text(parts.get(i))
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(last ? markup(keyboard) : null)
                    .build();
            result = send("sendMessage", () -> client.execute(message));
            if (!(result instanceof Sent) && parts.size() > 1) {
                return withPartNoted(result, i + 1, parts.size());
            }
        }
        return result;
    }

    @Override
    public SendResult sendPhoto(long chatId, OutgoingFile photo, String captionHtml) {
        SendPhoto request = SendPhoto.builder()
                .chatId(chatId)
                .photo(inputFile(photo))
                .caption(caption(captionHtml))
                .parseMode(ParseMode.HTML)
                .build();
        return send("sendPhoto", () -> client.execute(request));
    }

    @Override
    public SendResult sendDocument(long chatId, OutgoingFile document, String captionHtml) {
        SendDocument request = SendDocument.builder()
                .chatId(chatId)
                .document(inputFile(document))
                .caption(caption(captionHtml))
                .parseMode(ParseMode.HTML)
                .build();
        return send("sendDocument", () -> client.execute(request));
    }

    @Override
    public AnswerResult answerCallback(String callbackQueryId, String notice) {
        String text = notice == null || notice.isBlank() ? null : shorten(notice);
        AnswerCallbackQuery answer = AnswerCallbackQuery.builder()
                .callbackQueryId(callbackQueryId)
                .text(text)
                .build();
        try {
            client.execute(answer);
            return new Answered();
        } catch (TelegramApiException e) {
            return TelegramFailures.classify("answerCallbackQuery", e);
        }
    }

    @Override
    public DownloadResult download(String fileId, long maxBytes) {
        File file;
        try {
            file = client.execute(new GetFile(fileId));
        } catch (TelegramApiException e) {
            return TelegramFailures.classify("getFile", e);
        }
        if (file.getFilePath() == null || file.getFilePath().isBlank()) {
            return PermanentFailure.ofMessage("getFile gave no path for file " + fileId);
        }
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            return PermanentFailure.ofMessage(
                    "file " + fileId + " has " + file.getFileSize() + " bytes, more than the " + maxBytes + " allowed");
        }
        return fetch(file.getFilePath(), maxBytes);
    }

    private DownloadResult fetch(String filePath, long maxBytes) {
        Request request = new Request.Builder().url(settings.fileUrl(filePath)).get().build();
        try (Response response = http.newCall(request).execute()) {
            int code = response.code();
            if (code == 429 || code >= 500) {
                return TransientFailure.of("file download answered " + code);
            }
            if (!response.isSuccessful()) {
                return PermanentFailure.ofMessage("file download answered " + code);
            }
            ResponseBody body = response.body();
            byte[] content = body == null ? new byte[0] : readAtMost(body.byteStream(), maxBytes);
            if (content.length > maxBytes) {
                return PermanentFailure.ofMessage("file " + filePath + " is larger than the " + maxBytes + " bytes allowed");
            }
            return new Downloaded(filePath, content);
        } catch (IOException e) {
            return TransientFailure.of("file download failed on the network: " + e);
        }
    }

    /** Up to {@code maxBytes + 1} bytes, so that a caller sees when the limit was passed. */
    private static byte[] readAtMost(InputStream stream, long maxBytes) throws IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
        return stream.readNBytes(limit);
    }

    private SendResult send(String method, MessageCall call) {
        try {
            Message message = call.execute();
            return new Sent(message.getMessageId());
        } catch (TelegramApiException e) {
            return TelegramFailures.classify(method, e);
        }
    }

    private static SendResult withPartNoted(SendResult failure, int part, int parts) {
        String where = " (part " + part + " of " + parts + "; earlier parts were delivered)";
        if (failure instanceof TransientFailure t) {
            return new TransientFailure(t.retryAfter(), t.reason() + where);
        }
        PermanentFailure p = (PermanentFailure) failure;
        return new PermanentFailure(p.reason() + where, p.recipientUnreachable(), p.movedToChat());
    }

    private static InlineKeyboardMarkup markup(List<List<InlineButton>> keyboard) {
        if (keyboard == null || keyboard.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = keyboard.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(button -> InlineKeyboardButton.builder()
                                .text(button.text())
                                .callbackData(button.callbackData())
                                .build())
                        .toList()))
                .toList();
        return rows.isEmpty() ? null : new InlineKeyboardMarkup(rows);
    }

    private String caption(String captionHtml) {
        if (captionHtml == null || captionHtml.isBlank()) {
            return null;
        }
        return captionSplitter.split(captionHtml).get(0);
    }

    private static InputFile inputFile(OutgoingFile file) {
        return new InputFile(new ByteArrayInputStream(file.content()), file.fileName());
    }

    private static String shorten(String notice) {
        return notice.length() <= MAX_NOTICE_LENGTH ? notice : notice.substring(0, MAX_NOTICE_LENGTH - 1) + "…";
    }

    @Override
    public void reconnected() {
        http.connectionPool().evictAll();
    }

    @Override
    public void close() {
        TelegramHttpClients.release(http);
    }

    @FunctionalInterface
    private interface MessageCall {
        Message execute() throws TelegramApiException;
    }
}
