package vn.laichau.par.bot.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Jackson set-up for Bot API objects; Telegram adds fields over time, so unknown ones are skipped. */
final class TelegramJson {

    private TelegramJson() {
    }

    public static ObjectMapper newObjectMapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
