package vn.laichau.par.bot.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Objects;

/**
 * What one call of the Zalo Bot API came to: {@code {"ok": true, "result": …}}, {@code {"ok": false, "error_code":
 * N, "description": …}}, or no answer at all (unreachable, timed out, not JSON), told by {@link #reachedApi()}.
 */
public record ZaloAnswer(boolean ok, JsonNode result, int errorCode, String description, boolean reachedApi) {

    /** The error code of an empty {@code getUpdates}: nothing happened yet. */
    public static final int NOTHING_YET = 408;

    public ZaloAnswer {
        result = result == null ? NullNode.getInstance() : result;
        Objects.requireNonNull(description, "description");
    }

    static ZaloAnswer unreachable(String why) {
        return new ZaloAnswer(false, null, 0, why, false);
    }

    /** A failure that may pass: no answer, 429, a 5xx or a time-out. */
    public boolean isTransient() {
        return !ok && (!reachedApi || errorCode == 429 || errorCode >= 500 || errorCode == NOTHING_YET);
    }
}
