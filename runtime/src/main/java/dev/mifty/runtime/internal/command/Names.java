package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Migration names, versions and source paths. */
final class Names {

    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private Names() {
    }

    /** {@code AddPhone}, {@code add phone}, {@code add-phone} -> {@code add_phone}. */
    static String snake(String name) {
        String snake = name.strip()
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "")
                .toLowerCase(Locale.ROOT);
        if (snake.isEmpty() || !Character.isLetter(snake.charAt(0))) {
            throw new MiftyException(ErrorCode.USAGE, "migration name '" + name + "' must start with a letter, e.g. add_phone_to_customers");
        }
        return snake;
    }

    static String version(Clock clock) {
        return VERSION.format(clock.instant());
    }

    static Path sourceFile(Path sourceDir, String packageName, String className) {
        Path dir = sourceDir;
        if (!packageName.isEmpty()) {
            for (String part : packageName.split("\\.")) {
                dir = dir.resolve(part);
            }
        }
        return dir.resolve(className + ".java");
    }
}
