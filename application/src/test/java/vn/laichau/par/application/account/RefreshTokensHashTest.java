package vn.laichau.par.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefreshTokensHashTest {

    @Test
    void onlyTheSha256OfATokenIsStored() {
        assertThat(RefreshTokens.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(RefreshTokens.sha256("abc")).hasSize(64).isNotEqualTo(RefreshTokens.sha256("abd"));
    }
}
