package vn.laichau.par.api.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.laichau.par.api.problem.ProblemException;

/** Opaque page cursors and page sizes for collections ordered by id. */
public final class Cursor {

    public static final int MAX_LIMIT = 200;

    private Cursor() {
    }

    public static int boundedLimit(int requested) {
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ProblemException.badRequest("invalid-limit", "limit phải từ 1 đến " + MAX_LIMIT,
                    "limit must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }

    public static String encodeId(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The id after which the page starts; 0 for the first page. */
    public static long decodeId(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("id:")) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring(3));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-cursor", "cursor không hợp lệ",
                    "cursor is not one this API gave out");
        }
    }
}
