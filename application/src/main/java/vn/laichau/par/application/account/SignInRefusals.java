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

    /** Too many wrong passwords for this account, until {@code until} (said in {@code zone}). */
    public static Refusal accountLocked(Instant until, ZoneId zone) {
        String time = format(until, zone);
        return Refusal.until(Refusal.Reason.LOCKED, "account-locked",
                "Tài khoản tạm bị khóa do nhập sai mật khẩu nhiều lần; thử lại sau " + time,
                "The account is locked after repeated wrong passwords; try again after " + time + " (" + zone + ")",
                until);
    }

    /** Too many failures from this client address, until {@code until} (said in {@code zone}). */
    public static Refusal addressBlocked(Instant until, ZoneId zone) {
        String time = format(until, zone);
        return Refusal.until(Refusal.Reason.TOO_MANY_ATTEMPTS, "too-many-login-attempts",
                "Quá nhiều lần đăng nhập sai từ địa chỉ này; thử lại sau " + time,
                "Too many failed logins from this address; try again after " + time + " (" + zone + ")", until);
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
        return DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(zone).format(instant);
    }
}
