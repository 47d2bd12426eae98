package vn.laichau.par.domain.model.plan;

import vn.laichau.par.domain.UserText;

/** NFC normalisation and blank checks for the text the plan model keeps. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return nfc(value);
    }

    /** NFC-normalised and stripped; {@code null} and blank become {@code null}. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : nfc(value);
    }

    static String nfc(String value) {
        return UserText.cleaned(value, false);
    }
}
