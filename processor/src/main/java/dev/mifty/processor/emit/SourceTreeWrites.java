package dev.mifty.processor.emit;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes into the project's source tree (the migration source, the snapshot) only when the
 * compilation they belong to succeeds, so a build that fails for any reason leaves the working
 * copy as it was. The Filer copy, which this compilation itself compiles, is written at once.
 *
 * <p>On javac the writes wait for the end of the compilation ({@link TaskEvent.Kind#COMPILATION}
 * finished, through the public {@link JavacTask#addTaskListener}). javac has no public error count;
 * it stops generating class files at the first error (attribution, flow, a missing symbol, a
 * warning under {@code -Werror}), so the compilation succeeded when every type the processor saw
 * as a root element was generated ({@link TaskEvent.Kind#GENERATE}). Other compilers (ECJ) have
 * no such hook: there the writes happen at once, as they always did.
 */
public final class SourceTreeWrites {

    /** One file write. */
    @FunctionalInterface
    public interface Write {
        void run() throws IOException;
    }

    private final boolean deferred;
    private final Messager messager;
    private final List<Write> pending = new ArrayList<>();
    private final Set<String> roots = new HashSet<>();
    private final Set<String> generated = new HashSet<>();

    private SourceTreeWrites(boolean deferred, Messager messager) {
        this.deferred = deferred;
        this.messager = messager;
    }

    /** Hooks into javac's task when there is one; otherwise every write happens at once. */
    public static SourceTreeWrites attach(ProcessingEnvironment env) {
        JavacTask task;
        try {
            task = JavacTask.instance(env);
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            return new SourceTreeWrites(false, env.getMessager());
        }
        SourceTreeWrites writes = new SourceTreeWrites(true, env.getMessager());
        task.addTaskListener(writes.new Listener());
        return writes;
    }

    /** True when writes wait for the end of a successful compilation. */
    public boolean deferred() {
        return deferred;
    }

    /** Records a round's root elements: the types that must all be generated for a success. */
    public void roots(Set<? extends Element> rootElements) {
        for (Element root : rootElements) {
            if (root instanceof TypeElement type) {
                roots.add(type.getQualifiedName().toString());
            }
        }
    }

    /** Runs the write now (non-javac compilers) or at the end of a successful compilation. */
    public void write(Write write) throws IOException {
        if (deferred) {
            pending.add(write);
        } else {
            write.run();
        }
    }

    private void compilationFinished() {
        if (pending.isEmpty() || !generated.containsAll(roots)) {
            pending.clear();
            return;
        }
        for (Write write : pending) {
            try {
                write.run();
            } catch (IOException e) {
                messager.printMessage(Diagnostic.Kind.ERROR, "[mifty:io] cannot write the migration or snapshot into "
                        + "the source tree: " + e + " (check the paths given by mifty.projectDir, mifty.sourceDir and "
                        + "mifty.snapshot)");
            }
        }
        pending.clear();
    }

    private final class Listener implements TaskListener {
        @Override
        public void finished(TaskEvent event) {
            if (event.getKind() == TaskEvent.Kind.GENERATE && event.getTypeElement() != null) {
                generated.add(event.getTypeElement().getQualifiedName().toString());
            } else if (event.getKind() == TaskEvent.Kind.COMPILATION) {
                compilationFinished();
            }
        }
    }
}
