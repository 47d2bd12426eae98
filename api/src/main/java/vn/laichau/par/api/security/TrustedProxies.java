package vn.laichau.par.api.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies whose {@code X-Forwarded-For} is believed (configuration {@code PAR_TRUSTED_PROXIES}:
 * comma-separated addresses and CIDR blocks, IPv4 or IPv6; none by default). The client address of a request is
 * the socket peer, unless the peer is a trusted proxy: then it is the right-most address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy (addresses further left were written by the client
 * and prove nothing); when every address in it is trusted, the left-most one. Reading stops at an entry that is
 * not an IP address, taking the last address read.
 */
public final class TrustedProxies {

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** None trusted. */
    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** The proxies of a configuration value; refuses an entry that is not an address or a CIDR block. */
    public static TrustedProxies parse(String configured) {
        List<Block> blocks = new ArrayList<>();
        if (configured != null) {
            for (String entry : configured.split(",")) {
                String item = entry.strip();
                if (item.isEmpty()) {
                    continue;
                }
                int slash = item.indexOf('/');
                byte[] address = literal(slash < 0 ? item : item.substring(0, slash));
                if (address == null) {
                    throw new IllegalArgumentException("PAR_TRUSTED_PROXIES: not an IP address or CIDR block: " + item);
                }
                int bits = address.length * 8;
                if (slash >= 0) {
                    try {
                        bits = Integer.parseInt(item.substring(slash + 1));
                    } catch (NumberFormatException e) {
                        bits = -1;
                    }
                    if (bits < 0 || bits > address.length * 8) {
                        throw new IllegalArgumentException("PAR_TRUSTED_PROXIES: bad prefix length in " + item);
                    }
                }
                blocks.add(new Block(address, bits));
            }
        }
        return new TrustedProxies(blocks);
    }

    /** The client's address for a request from {@code peer} that carried {@code forwardedFor} (may be null). */
    public String clientOf(String peer, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String leftMost = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            byte[] address = literal(hop);
            if (address == null) {
                return leftMost;
            }
            leftMost = canonical(address, hop);
            if (!trusts(hop)) {
                return leftMost;
            }
        }
        return leftMost;
    }

    /** Whether {@code address} is one of the trusted proxies. */
    public boolean trusts(String address) {
        byte[] bytes = literal(address);
        return bytes != null && blocks.stream().anyMatch(b -> b.contains(bytes));
    }

    /** The bytes of an IP literal; {@code null} for anything else (never a name lookup). */
    private static byte[] literal(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        boolean v4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        if (v4) {
            for (String octet : s.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return null;
                }
            }
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String canonical(byte[] address, String fallback) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            return fallback;
        }
    }

    private record Block(byte[] network, int bits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
