package vn.laichau.par.application.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.laichau.par.domain.Refusal;

/** The refusals of signing in and of refreshing a session, said in Vietnamese and in English. */
public final class SignInRefusals {

    private SignInRefusals() {
    }

    /** Unknown user, wrong password or inactive account: deliberately not told apart. */
    public static Refusal badCredentials() {
        return Refusal.of(Refusal.Reason.UNAUTHENTICATED, "invalid-credentials",
                "Tên đăng nhập hoặc mật khẩu không đúng", "Wrong user name or password");
    }

    /**
     * This account was tried too often from this address: the next attempt waits until {@code until} (said in
     * {@code zone}). Other addresses are not concerned.
     */
    public static Refusal accountMustWait(Instant until, ZoneId zone) {
        String time = format(until, zone);
        return Refusal.until(Refusal.Reason.TOO_MANY_ATTEMPTS, "login-delayed",
                "Đăng nhập sai nhiều lần; hãy chờ đến " + time + " rồi thử lại",
                "Too many sign-in attempts for this account from this address; wait until " + time + " (" + zone
                        + ") and try again", until);
    }

    /** Too many failures from this client address: the next attempt waits until {@code until}. */
    public static Refusal addressMustWait(Instant until, ZoneId zone) {
        String time = format(until, zone);
        return Refusal.until(Refusal.Reason.TOO_MANY_ATTEMPTS, "too-many-login-attempts",
                "Quá nhiều lần đăng nhập sai từ địa chỉ này; hãy chờ đến " + time + " rồi thử lại",
                "Too many failed sign-ins from this address; wait until " + time + " (" + zone + ") and try again",
                until);
    }

    /** Lifting sign-in delays needs a user name, a client address or both. */
    public static Refusal releaseNeedsSubject() {
        return Refusal.invalid("invalid-request", "Cần tên đăng nhập hoặc địa chỉ, hoặc cả hai",
                "A user name, a client address or both are needed",
                java.util.List.of(new Refusal.Violation("username", "hoặc address là bắt buộc",
                        "or address is required")));
    }

    /** The refresh token is unknown, expired or revoked. */
    public static Refusal invalidRefreshToken() {
        return Refusal.of(Refusal.Reason.UNAUTHENTICATED, "invalid-refresh-token",
                "Mã làm mới không hợp lệ, đã hết hạn hoặc đã bị thu hồi; vui lòng đăng nhập lại",
                "The refresh token is invalid, expired or revoked; please log in again");
    }

    /** A refresh token that was already used came back: its whole family is revoked. */
    public static Refusal refreshTokenReused() {
        return Refusal.of(Refusal.Reason.UNAUTHENTICATED, "refresh-token-reused",
                "Mã làm mới đã được dùng trước đó; mọi phiên của mã này đã bị thu hồi, vui lòng đăng nhập lại",
                "The refresh token was already used; every token of its session is revoked, please log in again");
    }

    private static String format(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(zone).format(instant);
    }
}
