package dev.mifty.cli;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * {@code mifty ui}: starts the visual designer, which lives in the separate {@code mifty-designer}
 * artifact (the runtime does not depend on it). Found by class name on the classpath; without it,
 * says which dependency to add.
 */
@Command(name = "ui", description = "Opens the visual designer (needs mifty-designer on the classpath): "
        + "http://127.0.0.1:3001/ui; options: --port=N, --host=ADDRESS, --help.")
final class UiCommand implements Callable<Integer> {

    static final String DESIGNER_MAIN = "dev.mifty.designer.DesignerMain";

    @ParentCommand RootCommand root;

    /** Everything after {@code ui} goes to the designer, which parses it ({@code --port=3001}, {@code --host}, {@code --sources}). */
    @Unmatched
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Class<?> main;
        ClassLoader loader = root.environment.classLoader() != null ? root.environment.classLoader()
                : Thread.currentThread().getContextClassLoader() != null ? Thread.currentThread().getContextClassLoader()
                : UiCommand.class.getClassLoader();
        try {
            main = Class.forName(DESIGNER_MAIN, true, loader);
        } catch (ClassNotFoundException e) {
            throw new MiftyException(ErrorCode.USAGE, "the designer is not on the classpath: add the dependency "
                    + "dev.mifty:mifty-designer (scope test or a dev profile; it is not needed at run time), "
                    + "or run mvn mifty:ui");
        }
        Method run = main.getMethod("run", String[].class, Map.class, PrintStream.class, PrintStream.class, Path.class,
                ClassLoader.class);
        try {
            return (Integer) run.invoke(null, options.toArray(String[]::new), root.environment.env(),
                    root.environment.out(), root.environment.err(), root.environment.workingDirectory(), loader);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
