package vn.laichau.par.application.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** A login or token request that is refused, with the reason said in Vietnamese and in English. */
public class LoginRefusedException extends RuntimeException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Why. */
    public enum Reason {
        /** Unknown user, wrong password or inactive account: deliberately not told apart. */
        BAD_CREDENTIALS,
        /** Too many wrong passwords for this account. */
        ACCOUNT_LOCKED,
        /** Too many failures from this client address. */
        ADDRESS_BLOCKED,
        /** The refresh token is unknown, expired or revoked. */
        INVALID_REFRESH_TOKEN,
        /** A refresh token that was already used came back: its whole family is revoked. */
        REFRESH_TOKEN_REUSED
    }

    private final Reason reason;
    private final String detailVi;
    private final Instant until;

    private LoginRefusedException(Reason reason, String detailVi, String detailEn, Instant until) {
        super(detailEn);
        this.reason = reason;
        this.detailVi = detailVi;
        this.until = until;
    }

    public static LoginRefusedException badCredentials() {
        return new LoginRefusedException(Reason.BAD_CREDENTIALS, "Tên đăng nhập hoặc mật khẩu không đúng",
                "Wrong user name or password", null);
    }

    public static LoginRefusedException accountLocked(Instant until) {
        return new LoginRefusedException(Reason.ACCOUNT_LOCKED,
                "Tài khoản tạm bị khóa do nhập sai mật khẩu nhiều lần; thử lại sau " + TIME.format(until),
                "The account is locked after repeated wrong passwords; try again after " + TIME.format(until)
                        + " (Asia/Ho_Chi_Minh)", until);
    }

    public static LoginRefusedException addressBlocked(Instant until) {
        return new LoginRefusedException(Reason.ADDRESS_BLOCKED,
                "Quá nhiều lần đăng nhập sai từ địa chỉ này; thử lại sau " + TIME.format(until),
                "Too many failed logins from this address; try again after " + TIME.format(until)
                        + " (Asia/Ho_Chi_Minh)", until);
    }

    public static LoginRefusedException invalidRefreshToken() {
        return new LoginRefusedException(Reason.INVALID_REFRESH_TOKEN,
                "Mã làm mới không hợp lệ, đã hết hạn hoặc đã bị thu hồi; vui lòng đăng nhập lại",
                "The refresh token is invalid, expired or revoked; please log in again", null);
    }

    public static LoginRefusedException refreshTokenReused() {
        return new LoginRefusedException(Reason.REFRESH_TOKEN_REUSED,
                "Mã làm mới đã được dùng trước đó; mọi phiên của mã này đã bị thu hồi, vui lòng đăng nhập lại",
                "The refresh token was already used; every token of its session is revoked, please log in again",
                null);
    }

    public Reason reason() {
        return reason;
    }

    public String detailVi() {
        return detailVi;
    }

    public String detailEn() {
        return getMessage();
    }

    /** When a lock ends. */
    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }
}
