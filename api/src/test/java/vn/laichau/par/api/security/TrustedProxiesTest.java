package vn.laichau.par.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Whose X-Forwarded-For is believed, and which address of it is the client's. */
class TrustedProxiesTest {

    @Test
    void withoutTrustedProxiesTheSocketPeerIsTheClientWhateverTheHeaderSays() {
        TrustedProxies none = TrustedProxies.parse(" ");

        assertThat(none.clientOf("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
        assertThat(TrustedProxies.none().clientOf("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void aTrustedProxysHeaderGivesTheRightMostAddressThatIsNoProxy() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.5");

        assertThat(proxies.clientOf("10.1.2.3", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(proxies.clientOf("192.168.1.5", "1.2.3.4, 198.51.100.1, 10.9.9.9"))
                .as("the client may write anything left of what the proxies appended").isEqualTo("198.51.100.1");
        assertThat(proxies.clientOf("10.1.2.3", null)).isEqualTo("10.1.2.3");
        assertThat(proxies.clientOf("10.1.2.3", "not-an-address")).as("garbage is not believed").isEqualTo("10.1.2.3");
        assertThat(proxies.clientOf("10.1.2.3", "6.6.6.6, garbage, 10.7.7.7"))
                .as("nothing left of garbage is believed").isEqualTo("10.7.7.7");
        assertThat(proxies.clientOf("10.1.2.3", "10.5.5.5, 10.4.4.4")).as("only trusted addresses: the left-most")
                .isEqualTo("10.5.5.5");
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddressWithTheHeader() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8");

        assertThat(proxies.clientOf("203.0.113.7", "10.0.0.1")).isEqualTo("203.0.113.7");
        assertThat(proxies.clientOf("11.0.0.1", "198.51.100.1")).isEqualTo("11.0.0.1");
    }

    @Test
    void blocksMatchByPrefixForIpv4AndIpv6() {
        TrustedProxies proxies = TrustedProxies.parse("172.16.0.0/12,2001:db8::/32,::1");

        assertThat(proxies.trusts("172.31.255.255")).isTrue();
        assertThat(proxies.trusts("172.32.0.0")).isFalse();
        assertThat(proxies.trusts("2001:db8:ffff::1")).isTrue();
        assertThat(proxies.trusts("2001:db9::1")).isFalse();
        assertThat(proxies.trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.trusts("localhost")).as("never a name lookup").isFalse();
        assertThat(proxies.clientOf("::1", "2001:0db9:0:0:0:0:0:1")).isEqualTo("2001:db9:0:0:0:0:0:1");
    }

    @Test
    void aMistypedEntryIsRefusedInsteadOfTrustingSomethingElse() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAR_TRUSTED_PROXIES");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.parse("300.1.1.1")).isInstanceOf(IllegalArgumentException.class);
    }
}
