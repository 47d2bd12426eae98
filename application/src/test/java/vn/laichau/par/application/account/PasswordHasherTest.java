package vn.laichau.par.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashIsSaltedSlowAndVerifiesOnlyTheRightPassword() {
        String first = hasher.hash("mật khẩu đủ dài");
        String second = hasher.hash("mật khẩu đủ dài");

        assertThat(first).startsWith("pbkdf2-sha256$210000$").isNotEqualTo(second);
        assertThat(hasher.verify("mật khẩu đủ dài", first)).isTrue();
        assertThat(hasher.verify("mật khẩu đủ dài", second)).isTrue();
        assertThat(hasher.verify("mat khau du dai", first)).isFalse();
        assertThat(hasher.verify("", first)).isFalse();
    }

    @Test
    void malformedOrMissingStoredHashesNeverMatch() {
        assertThat(hasher.verify("x", null)).isFalse();
        assertThat(hasher.verify(null, hasher.hash("abcdefghijk"))).isFalse();
        assertThat(hasher.verify("x", "plain-text-password")).isFalse();
        assertThat(hasher.verify("x", "pbkdf2-sha256$abc$def$ghi")).isFalse();
        assertThat(hasher.verify("x", "md5$1$2$3")).isFalse();
    }

    @Test
    void hashesWithAnotherIterationCountStillVerify() {
        String stored = hasher.hash("mot-mat-khau-dai");
        String[] parts = stored.split("\\$");

        assertThat(hasher.verify("mot-mat-khau-dai", parts[0] + "$1000$" + parts[2] + "$" + parts[3])).isFalse();
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
    }

    @Test
    void shortPasswordsAreNotAcceptable() {
        assertThat(PasswordHasher.acceptable("ngan")).isFalse();
        assertThat(PasswordHasher.acceptable("          ")).isFalse();
        assertThat(PasswordHasher.acceptable(null)).isFalse();
        assertThat(PasswordHasher.acceptable("đủ mười ký tự")).isTrue();
    }
}
