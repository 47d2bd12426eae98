package vn.laichau.par.domain.model.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The order in which an official's alerts try the messengers and e-mail, e.g. Zalo, then Telegram, then e-mail.
 * The in-app feed is not part of it: it is always tried last and always works. Each channel appears at most once;
 * a channel left out is not used for the official's alerts.
 */
public record AlertChannelOrder(List<Name> channels) {

    /** A channel an official can order. */
    public enum Name {
        ZALO, TELEGRAM, EMAIL
    }

    /** Zalo (the messenger every official has), Telegram, e-mail. */
    public static final AlertChannelOrder DEFAULT = new AlertChannelOrder(List.of(Name.ZALO, Name.TELEGRAM, Name.EMAIL));

    public AlertChannelOrder {
        if (new LinkedHashSet<>(channels).size() != channels.size()) {
            throw new IllegalArgumentException("A channel appears twice in " + channels);
        }
        channels = List.copyOf(channels);
    }

    /**
     * Reads {@code "zalo, telegram, email"} (any case; commas, spaces or {@code >} between; the Vietnamese
     * {@code thu} for e-mail is accepted too). Empty when a word names no channel or one is repeated.
     */
    public static Optional<AlertChannelOrder> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            return Optional.empty();
        }
        List<Name> names = new ArrayList<>();
        for (String word : text.strip().split("[\\s,;>]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<Name> name = name(word);
            if (name.isEmpty() || names.contains(name.get())) {
                return Optional.empty();
            }
            names.add(name.get());
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(new AlertChannelOrder(names));
    }

    private static Optional<Name> name(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "zalo" -> Optional.of(Name.ZALO);
            case "telegram", "tg" -> Optional.of(Name.TELEGRAM);
            case "email", "e-mail", "mail", "thu" -> Optional.of(Name.EMAIL);
            default -> Optional.empty();
        };
    }

    /** {@code "ZALO,TELEGRAM,EMAIL"}, as stored. */
    public String stored() {
        return String.join(",", channels.stream().map(Name::name).toList());
    }

    /** {@code "Zalo → Telegram → e-mail → trong ứng dụng"}, for people. */
    public String shown() {
        List<String> words = new ArrayList<>(channels.stream().map(n -> switch (n) {
            case ZALO -> "Zalo";
            case TELEGRAM -> "Telegram";
            case EMAIL -> "e-mail";
        }).toList());
        words.add("trong ứng dụng");
        return String.join(" → ", words);
    }
}
