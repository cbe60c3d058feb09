package vn.wtcexpo.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who a request comes from, and whether it came over HTTPS, when a reverse proxy may stand in front. Forwarded
 * headers ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}) are believed only from the addresses the operator
 * lists in {@code wtcexpo.trusted-proxies} (addresses or CIDR blocks, comma-separated; none by default): anyone
 * else could write them. Rate limits and sign-in throttles key on {@link #key}: an IPv6 client by its /64, the
 * block one home or phone is given, so that it cannot step around a limit by changing the low bits.
 */
public final class ClientAddress {

    private static volatile List<Block> trusted;

    private ClientAddress() {
    }

    /** The client's address as rate limits and throttles count it. */
    public static String key(HttpServletRequest request) {
        return key(of(request));
    }

    /** The client's address: the nearest forwarded address that is not a trusted proxy, or the peer's own. */
    public static String of(HttpServletRequest request) {
        return client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
    }

    /** Whether the client's connection was HTTPS: its own, or one a trusted proxy says it ended. */
    public static boolean secure(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        return proto != null && proto.strip().equalsIgnoreCase("https") && isTrusted(request.getRemoteAddr(), trusted());
    }

    static String client(String peer, String forwardedFor, List<Block> proxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !isTrusted(peer, proxies)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty() || !looksLikeAnAddress(hop)) {
                return peer; // a forged or broken list: believe only the proxy itself
            }
            if (!isTrusted(hop, proxies)) {
                return hop;
            }
        }
        return peer;
    }

    /** An IPv4 address as it is; an IPv6 address as its /64 block ("2001:db8:1:2::/64"). */
    static String key(String address) {
        if (address == null || !address.contains(":")) {
            return address;
        }
        try {
            byte[] b = InetAddress.getByName(address.replaceAll("^\\[|]$", "").replaceAll("%.*$", "")).getAddress();
            if (b.length != 16) {
                return address;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                sb.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
            }
            return sb.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static boolean looksLikeAnAddress(String s) {
        return s.length() <= 45 && s.matches("[0-9A-Fa-f:.\\[\\]]+");
    }

    static boolean isTrusted(String address, List<Block> proxies) {
        if (address == null || proxies.isEmpty() || !looksLikeAnAddress(address)) {
            return false;
        }
        try {
            byte[] a = InetAddress.getByName(address.replaceAll("^\\[|]$", "")).getAddress();
            return proxies.stream().anyMatch(p -> p.contains(a));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** An address block of the trusted list: "10.0.0.5", "10.0.0.0/24", "fd00::/8". */
    record Block(byte[] network, int bits) {

        static Block parse(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            int slash = t.indexOf('/');
            try {
                byte[] net = InetAddress.getByName(slash < 0 ? t : t.substring(0, slash)).getAddress();
                int bits = slash < 0 ? net.length * 8 : Integer.parseInt(t.substring(slash + 1));
                if (bits < 0 || bits > net.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in " + text);
                }
                return new Block(net, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not an address or block: " + text, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    static List<Block> parseList(String list) {
        List<Block> blocks = new ArrayList<>();
        if (list != null) {
            for (String part : list.split(",")) {
                if (!part.isBlank()) {
                    blocks.add(Block.parse(part));
                }
            }
        }
        return List.copyOf(blocks);
    }

    /** For tests without a server: the trusted proxies, whatever the configuration says. */
    static void forceTrusted(String list) {
        trusted = parseList(list);
    }

    private static List<Block> trusted() {
        List<Block> t = trusted;
        if (t == null) {
            t = parseList(ConfigProvider.getConfig().getOptionalValue("wtcexpo.trusted-proxies", String.class).orElse(""));
            trusted = t;
        }
        return t;
    }
}
