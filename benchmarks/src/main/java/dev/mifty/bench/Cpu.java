package dev.mifty.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * CPU time spent, beside wall time: on a shared machine under load a run waits for a core most of
 * its wall time, while the CPU it uses stays close to what it uses on an idle machine. This JVM's
 * own (every thread: GC and JIT included), and the embedded PostgreSQL's (the postmaster, its live
 * child processes and those it has reaped, read from {@code /proc}; Linux only, else NaN).
 */
final class Cpu {

    private static final double TICK_MS = 10; // USER_HZ = 100 on Linux

    private final int postmaster;

    private Cpu(int postmaster) {
        this.postmaster = postmaster;
    }

    /** For the server behind {@code ds}: its postmaster's pid from {@code postmaster.pid} in its data directory. */
    static Cpu of(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            Path pidFile = Path.of(rs.getString(1), "postmaster.pid");
            return new Cpu(Integer.parseInt(Files.readAllLines(pidFile).get(0).trim()));
        } catch (SQLException | IOException | RuntimeException e) {
            return new Cpu(-1);
        }
    }

    /** This JVM's CPU time so far, in ms. */
    static double jvm() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e6 : Double.NaN;
    }

    /** The server's CPU time so far (user + system of the postmaster's children), in ms. */
    double server() {
        if (postmaster < 0) {
            return Double.NaN;
        }
        double ticks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // after the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
                    if (Integer.parseInt(f[1]) == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    } else if (proc.getFileName().toString().equals(Integer.toString(postmaster))) {
                        // its own, and that of the backends it has reaped (closed connections)
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                                + Long.parseLong(f[14]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks * TICK_MS;
    }
}
