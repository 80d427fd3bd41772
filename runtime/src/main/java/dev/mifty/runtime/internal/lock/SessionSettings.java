package dev.mifty.runtime.internal.lock;

import java.util.Map;

/**
 * Session settings ({@code set_config}) a command runs with, set in the query that takes the
 * migration lock and put back in the one that releases it: no extra round trip, and a connection
 * from the application's pool goes back as it came.
 */
public record SessionSettings(Map<String, String> set, Map<String, String> restore) {

    public SessionSettings {
        set = Map.copyOf(set);
        restore = Map.copyOf(restore);
    }

    public static SessionSettings none() {
        return new SessionSettings(Map.of(), Map.of());
    }
}
