package vn.laichau.par.bot.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import vn.laichau.par.bot.gateway.PermanentFailure;
import vn.laichau.par.bot.gateway.TelegramFailure;
import vn.laichau.par.bot.gateway.TransientFailure;

/**
 * Sorts what the Telegram library throws into failures worth retrying and failures that are final.
 *
 * <p>Transient: 429 (with Telegram's {@code retry_after}), any 5xx, error code 0 or none (the answer was not the
 * Bot API's JSON, e.g. a proxy's HTML error page), time-outs and other I/O errors, an interrupted wait.
 * Permanent: every other Bot API error (400, 401, 403, 404, …) and requests the library refuses to send.
 * Among the permanent ones, 403 and the 400s that name a missing or moved chat mean the recipient cannot be
 * reached at all; a group upgraded to a supergroup comes with the chat's new id.
 */
final class TelegramFailures {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int FORBIDDEN = 403;
    private static final List<String> UNREACHABLE_CHAT_DESCRIPTIONS = List.of(
            "chat not found", "user not found", "peer_id_invalid", "chat_id_invalid",
            "group chat was upgraded", "bot was kicked", "bot was blocked", "user is deactivated");

    private TelegramFailures() {
    }

    static TelegramFailure classify(String method, TelegramApiException exception) {
        if (exception instanceof TelegramApiRequestException request) {
            return classifyAnswer(method, request);
        }
        if (exception instanceof TelegramApiValidationException) {
            return PermanentFailure.ofMessage(method + " refused before sending: " + exception.getMessage());
        }
        Throwable cause = rootCause(exception);
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return TransientFailure.of(method + " interrupted before Telegram answered");
        }
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException) {
                return TransientFailure.unreachable(method + " could not reach the Bot API: " + describe(t));
            }
        }
        if (cause instanceof IOException) {
            return TransientFailure.of(method + " failed on the network: " + describe(cause));
        }
        return TransientFailure.of(method + " failed: " + describe(exception));
    }

    private static TelegramFailure classifyAnswer(String method, TelegramApiRequestException exception) {
        Integer errorCode = exception.getErrorCode();
        int code = errorCode == null ? 0 : errorCode;
        String description = exception.getApiResponse() == null ? exception.getMessage() : exception.getApiResponse();
        String reason = method + " answered " + code + ": " + description;
        if (code == 0) {
            return TransientFailure.of(method + " got an answer that is not the Bot API's JSON: " + describe(exception));
        }
        if (code == TOO_MANY_REQUESTS) {
            return new TransientFailure(retryAfter(exception.getParameters()), reason);
        }
        if (code >= 500) {
            return TransientFailure.of(reason);
        }
        if (exception.getParameters() != null && exception.getParameters().getMigrateToChatId() != null) {
            return PermanentFailure.ofMovedChat(reason, exception.getParameters().getMigrateToChatId());
        }
        boolean unreachable = code == FORBIDDEN || namesUnreachableChat(description);
        return new PermanentFailure(reason, unreachable);
    }

    private static Duration retryAfter(ResponseParameters parameters) {
        if (parameters == null || parameters.getRetryAfter() == null || parameters.getRetryAfter() < 0) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(parameters.getRetryAfter());
    }

    private static boolean namesUnreachableChat(String description) {
        String lower = description == null ? "" : description.toLowerCase(Locale.ROOT);
        return UNREACHABLE_CHAT_DESCRIPTIONS.stream().anyMatch(lower::contains);
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current) {
            if (current instanceof IOException || current instanceof InterruptedException) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }

    static String describe(Throwable throwable) {
        String message = throwable.getMessage();
        return throwable.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
