package dev.mifty.maven;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Runs {@code dev.mifty.cli.Main} from the project's class loader, in this JVM, with the given
 * environment, on Maven's console: the goal prints exactly what the CLI prints and returns its
 * exit code. Only JDK types cross the class loader boundary (the CLI's public embedding API).
 */
final class CliLauncher {

    static final String MAIN = "dev.mifty.cli.Main";

    private CliLauncher() {
    }

    static int run(ClassLoader loader, Map<String, String> env, Path workingDirectory, List<String> args)
            throws ReflectiveOperationException {
        Class<?> main = Class.forName(MAIN, true, loader);
        PrintStream out = System.out;
        PrintStream err = System.err;
        Object cli = main.getConstructor(Map.class, PrintStream.class, PrintStream.class, Path.class)
                .newInstance(env, out, err, workingDirectory);
        cli = main.getMethod("withClassLoader", ClassLoader.class).invoke(cli, loader);
        registerDrivers(loader);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return (Integer) main.getMethod("run", String[].class).invoke(cli, (Object) args.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
            out.flush();
            err.flush();
        }
    }

    /**
     * Loads the project's JDBC drivers, which register themselves with {@link java.sql.DriverManager}.
     * DriverManager hands a caller only the drivers of its own class loader: after an earlier goal's
     * loader registered its copy, this loader's copy would register only while the first look-up
     * fails ("No suitable driver").
     */
    private static void registerDrivers(ClassLoader loader) {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, loader).iterator();
        while (true) {
            try {
                if (!drivers.hasNext()) {
                    return;
                }
                drivers.next();
            } catch (ServiceConfigurationError e) {
                // a broken driver entry: the command reports the connection problem itself
            }
        }
    }
}
