package dev.mifty.designer.server;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to the designer. Every API request carries the per-start token (header
 * {@value #HEADER}, or the {@code token} query parameter), so another web page in the same browser
 * cannot drive it; the {@code Host} header must name this server (no DNS rebinding).
 */
public final class Access {

    public static final String HEADER = "X-Mifty-Token";

    private final String token;
    private final Set<String> hosts;

    private Access(String token, Set<String> hosts) {
        this.token = token;
        this.hosts = hosts;
    }

    /** A new random token (128 bits); the hosts a browser may name this server by. */
    public static Access random(String boundHost, int port) {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        String host = boundHost.toLowerCase(Locale.ROOT);
        Set<String> hosts = new java.util.HashSet<>(Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port));
        hosts.add((host.contains(":") ? "[" + host + "]" : host) + ":" + port);
        return new Access(HexFormat.of().formatHex(bytes), Set.copyOf(hosts));
    }

    public String token() {
        return token;
    }

    /** True when the {@code Host} header names this server. */
    boolean hostAllowed(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** True when the request carries this start's token. */
    boolean tokenPresent(HttpExchange exchange) {
        String given = exchange.getRequestHeaders().getFirst(HEADER);
        if (given == null) {
            given = queryParam(exchange.getRequestURI().getRawQuery(), "token");
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private static String queryParam(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
