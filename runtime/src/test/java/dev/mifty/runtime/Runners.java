package dev.mifty.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code dev.mifty.cli.Main} in a separate JVM on the test classpath. */
final class Runners {

    private Runners() {
    }

    static ProcessBuilder cli(String databaseUrl, String manifestKind, String... args) {
        return java("dev.mifty.cli.Main", databaseUrl, manifestKind, args);
    }

    /** A runner that waits for a line on stdin before it starts ({@link RunnerMain}). */
    static ProcessBuilder waitingCli(String databaseUrl, String manifestKind, String... args) {
        return java(RunnerMain.class.getName(), databaseUrl, manifestKind, args);
    }

    private static ProcessBuilder java(String mainClass, String databaseUrl, String manifestKind, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dmifty.test.manifest=" + manifestKind);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DATABASE_URL", databaseUrl);
        builder.environment().remove("MIFTY_ENV");
        return builder;
    }
}
