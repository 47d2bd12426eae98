package vn.laichau.par.bot.testing;

import java.time.Duration;

/** An answer the fake gives instead of the normal one, for failure tests. */
public sealed interface ScriptedAnswer {

    /** 429 with {@code parameters.retry_after}. */
    static ScriptedAnswer tooManyRequests(int retryAfterSeconds) {
        return new JsonError(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    static ScriptedAnswer internalServerError() {
        return new JsonError(500, "Internal Server Error", null);
    }

    /** A proxy's HTML page with status 502: not the Bot API's JSON at all. */
    static ScriptedAnswer htmlBadGateway() {
        return new Raw(502, "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>");
    }

    static ScriptedAnswer botBlockedByUser() {
        return new JsonError(403, "Forbidden: bot was blocked by the user", null);
    }

    static ScriptedAnswer userDeactivated() {
        return new JsonError(403, "Forbidden: user is deactivated", null);
    }

    static ScriptedAnswer chatNotFound() {
        return new JsonError(400, "Bad Request: chat not found", null);
    }

    static ScriptedAnswer badRequest(String description) {
        return new JsonError(400, "Bad Request: " + description, null);
    }

    /**
     * Telegram's answer to a message for a group that became a supergroup: 400 with
     * {@code parameters.migrate_to_chat_id}, the chat's new id.
     */
    static ScriptedAnswer groupUpgradedToSupergroup(long newChatId) {
        return new Raw(400, "application/json", "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: "
                + "group chat was upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":"
                + newChatId + "}}");
    }

    /** The normal answer, after a pause. */
    static ScriptedAnswer delay(Duration pause) {
        return new Delay(pause);
    }

    record JsonError(int errorCode, String description, Integer retryAfter) implements ScriptedAnswer {
    }

    record Raw(int status, String contentType, String body) implements ScriptedAnswer {
    }

    record Delay(Duration pause) implements ScriptedAnswer {
    }
}
