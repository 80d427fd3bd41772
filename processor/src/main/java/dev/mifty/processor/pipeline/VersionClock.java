package dev.mifty.processor.pipeline;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;

/** The version of a new migration: now in UTC as {@code yyyyMMddHHmmss}, after every existing version. */
public final class VersionClock {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final Clock clock;

    public VersionClock(Clock clock) {
        this.clock = clock;
    }

    public String next(Collection<String> existing) {
        LocalDateTime candidate = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
        for (String version : existing) {
            try {
                LocalDateTime other = LocalDateTime.parse(version, FORMAT);
                if (!candidate.isAfter(other)) {
                    candidate = other.plusSeconds(1);
                }
            } catch (DateTimeParseException e) {
                // a hand-written version in another format: not a timestamp, not compared
            }
        }
        return FORMAT.format(candidate);
    }
}
