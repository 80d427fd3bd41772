package dev.mifty.runtime.internal.db;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.spi.EmbeddedPostgresProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the {@link EmbeddedPostgresProvider} on the class path (artifact {@code mifty-embedded-postgres}) and starts it. */
public final class EmbeddedServers {

    /** Stable, so the same data directory always answers on the same port. */
    public static final int DEFAULT_PORT = 54329;

    /** The one line every command prints when there is neither a database URL nor the embedded module. */
    public static final String NO_DATABASE = "no database: set DATABASE_URL (postgres://user@host:5432/database"
            + " or jdbc:postgresql://...), or add dev.mifty:mifty-embedded-postgres to the class path for a local embedded PostgreSQL";

    private EmbeddedServers() {
    }

    /** The provider, or {@link ErrorCode#NO_DATABASE} with {@link #NO_DATABASE} when there is none. */
    public static EmbeddedPostgresProvider provider(ClassLoader loader) {
        EmbeddedPostgresProvider found = first(loader);
        if (found == null && loader != EmbeddedServers.class.getClassLoader()) {
            found = first(EmbeddedServers.class.getClassLoader());
        }
        if (found == null) {
            throw new MiftyException(ErrorCode.NO_DATABASE, NO_DATABASE);
        }
        return found;
    }

    /** The data directory of a working directory's embedded server. */
    public static Path dataDirectory(Path workingDirectory) {
        return workingDirectory.resolve(".mifty").resolve("postgres").toAbsolutePath();
    }

    public static EmbeddedPostgresProvider.Server start(EmbeddedPostgresProvider provider, Path workingDirectory, int port) {
        Path data = dataDirectory(workingDirectory);
        try {
            Files.createDirectories(data.getParent());
            return provider.start(data, port);
        } catch (Exception | LinkageError e) {
            throw new MiftyException(ErrorCode.CONNECTION, "cannot start the embedded PostgreSQL in " + data
                    + " on port " + port + " (" + e.getMessage() + "): set DATABASE_URL to use a real server", e);
        }
    }

    private static EmbeddedPostgresProvider first(ClassLoader loader) {
        try {
            Iterator<EmbeddedPostgresProvider> providers = ServiceLoader.load(EmbeddedPostgresProvider.class, loader).iterator();
            return providers.hasNext() ? providers.next() : null;
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new MiftyException(ErrorCode.NO_DATABASE, "the embedded PostgreSQL provider on the class path cannot be"
                    + " loaded (" + e.getMessage() + "): check that mifty-embedded-postgres and its dependencies are"
                    + " complete, or set DATABASE_URL", e);
        }
    }
}
