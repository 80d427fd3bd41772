package dev.mifty.designer;

import dev.mifty.designer.workspace.Project;
import dev.mifty.runtime.MiftyException;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mifty ui}: starts the designer and serves until stopped (Ctrl-C). The runtime's {@code ui}
 * command finds this class by name and calls {@link #run}; {@link #main} runs it on its own:
 * {@code java -cp <app classpath + mifty-designer> dev.mifty.designer.DesignerMain [--port=3001]}.
 */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = "Opens the visual designer in the browser: schema diagram, migrations, drift, actions; "
                + "with --sources also entity editing and migration generation.")
public final class DesignerMain implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "3001", description = "Port to listen on (default ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only; other addresses expose the designer).")
    String host;

    @Option(names = "--sources", paramLabel = "DIR", description = "Design mode: the project's main source root(s), e.g. src/main/java.")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--project-dir", paramLabel = "DIR", description = "Design mode: the project's root (default: the working directory).")
    Path projectDir;

    @Option(names = "--classpath", paramLabel = "PATH", description = "Design mode: the project's compile classpath (default: this JVM's).")
    String classpath;

    @Option(names = "-A", paramLabel = "KEY=VALUE", description = "Design mode: a processor option of the project's build, e.g. -Amifty.migrationsPackage=com.acme.migrations.")
    Map<String, String> processorOptions = new LinkedHashMap<>();

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;
    private final ClassLoader loader;
    private final CountDownLatch stop;

    private DesignerMain(Map<String, String> env, PrintStream out, PrintStream err, Path workingDirectory,
                         ClassLoader loader, CountDownLatch stop) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
        this.loader = loader;
        this.stop = stop;
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), System.out, System.err, Path.of("").toAbsolutePath(),
                Thread.currentThread().getContextClassLoader());
        System.exit(code);
    }

    /** Starts the designer and blocks until the JVM is stopped; returns the exit code (0, 1 failure, 2 usage). */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, Path workingDirectory,
                          ClassLoader loader) {
        return run(args, env, out, err, workingDirectory, loader, new CountDownLatch(1));
    }

    /** As {@link #run(String[], Map, PrintStream, PrintStream, Path, ClassLoader)}, serving until {@code stop} opens. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, Path workingDirectory,
                          ClassLoader loader, CountDownLatch stop) {
        CommandLine cli = new CommandLine(new DesignerMain(env, out, err, workingDirectory, loader, stop));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("error: " + e.getMessage());
            return e instanceof MiftyException m ? m.code().exitCode() : 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        Designer.Options options = new Designer.Options(host, port, env, workingDirectory, loader, project());
        Designer designer = Designer.start(options, err);
        Thread hook = new Thread(() -> {
            designer.close();
            stop.countDown();
        }, "mifty-designer-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Mifty designer on " + designer.workspace().databaseLabel()
                + (designer.workspace().readOnly() ? " (production: read-only)" : "")
                + (options.project() != null ? ", editing " + options.project().projectDir() : ""));
        out.println("Open " + designer.url());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped by whoever started us (a test, an IDE)
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs now and closes it too
            }
            designer.close();
        }
        return 0;
    }

    private Project project() {
        if (sources.isEmpty()) {
            return null;
        }
        Path dir = projectDir != null ? workingDirectory.resolve(projectDir) : workingDirectory;
        List<Path> roots = sources.stream().map(workingDirectory::resolve).toList();
        String cp = classpath != null ? classpath : System.getProperty("java.class.path", "");
        List<Path> entries = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        return new Project(dir, roots, entries, processorOptions);
    }
}
