package dev.mifty.runtime.testapp;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * A real PgBouncer ({@code /usr/sbin/pgbouncer}) on a free port in front of one test database, with
 * its own ini and userlist in a temporary folder: database {@code tx} in {@code pool_mode=transaction}
 * (4 server connections shared by every client), {@code session} in {@code pool_mode=session}.
 */
public final class PgBouncer implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/pgbouncer");

    private final Process process;
    private final int port;
    private final Path dir;

    private PgBouncer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts it for {@code jdbcUrl} (a {@code TestDatabases} URL: localhost, user postgres, trust). */
    public static PgBouncer start(String jdbcUrl) throws Exception {
        java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        int port = freePort();
        Path dir = Files.createTempDirectory("mifty-pgbouncer");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        String target = "host=127.0.0.1 port=" + uri.getPort() + " dbname=" + database + " user=postgres";
        Files.writeString(dir.resolve("pgbouncer.ini"), String.join("\n",
                "[databases]",
                "tx = " + target + " pool_mode=transaction pool_size=4",
                "session = " + target + " pool_mode=session pool_size=20",
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                "listen_port = " + port,
                "unix_socket_dir =",
                "auth_type = trust",
                "auth_file = " + dir.resolve("userlist.txt"),
                "logfile = " + dir.resolve("pgbouncer.log"),
                "pidfile = " + dir.resolve("pgbouncer.pid"),
                "max_client_conn = 200",
                "ignore_startup_parameters = extra_float_digits",
                // PgBouncer refuses to run as root; it switches to this user after startup
                "root".equals(System.getProperty("user.name")) ? "user = nobody" : "",
                ""));
        Files.writeString(dir.resolve("userlist.txt"), "\"postgres\" \"\"\n");
        for (String file : new String[] {"pgbouncer.ini", "userlist.txt"}) {
            Files.setPosixFilePermissions(dir.resolve(file), PosixFilePermissions.fromString("rw-r--r--"));
        }
        Process process = new ProcessBuilder(BINARY.toString(), dir.resolve("pgbouncer.ini").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("pgbouncer did not start: " + Files.readString(dir.resolve("stdout.txt"))
                            + (Files.exists(dir.resolve("pgbouncer.log")) ? Files.readString(dir.resolve("pgbouncer.log")) : ""));
                }
                Thread.sleep(50);
            }
        }
        return new PgBouncer(process, port, dir);
    }

    /** JDBC URL of one of its databases ({@code tx} or {@code session}). */
    public String url(String alias) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + alias + "?user=postgres";
    }

    public int port() {
        return port;
    }

    public String log() throws IOException {
        Path log = dir.resolve("pgbouncer.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
