package dev.mifty.processor.jpa;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mifty.processor.diag.Diagnostics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/** Runs {@link JpaModelReader} under compile-testing with a test-only processor and keeps what it read. */
public final class ReaderHarness {

    /** The compilation and the model read from it (null when the processor did not run). */
    public record Result(Compilation compilation, MappedModel model) {
    }

    /** CPU time of the last {@link JpaModelReader#read} (for the by-hand benchmark). */
    static volatile long lastReadNanos;

    private ReaderHarness() {
    }

    public static Result read(Naming naming, JavaFileObject... sources) {
        return read(naming, List.of(sources));
    }

    public static Result read(Naming naming, List<JavaFileObject> sources) {
        ReadingProcessor processor = new ReadingProcessor(naming);
        Compilation compilation = javac().withProcessors(processor).withOptions("-proc:only").compile(sources);
        return new Result(compilation, processor.model);
    }

    /** As {@link #read(Naming, List)}, mapping for a forced Hibernate line ({@code -Amifty.hibernate}). */
    public static Result read(Naming naming, String hibernateLine, JavaFileObject... sources) {
        ReadingProcessor processor = new ReadingProcessor(naming);
        Compilation compilation = javac().withProcessors(processor)
                .withOptions("-proc:only", "-Amifty.hibernate=" + hibernateLine).compile(sources);
        return new Result(compilation, processor.model);
    }

    public static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    static final class ReadingProcessor extends AbstractProcessor {
        private final Naming naming;
        private final Set<TypeElement> entities = new LinkedHashSet<>();
        MappedModel model;

        ReadingProcessor(Naming naming) {
            this.naming = naming;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public Set<String> getSupportedOptions() {
            return Set.of("mifty.hibernate");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            TypeElement entity = processingEnv.getElementUtils().getTypeElement("jakarta.persistence.Entity");
            for (Element e : round.getElementsAnnotatedWith(entity)) {
                entities.add((TypeElement) e);
            }
            if (round.processingOver()) {
                Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager(), false);
                java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                long start = cpu.getCurrentThreadCpuTime();
                model = new JpaModelReader(processingEnv, naming, diagnostics).read(entities);
                lastReadNanos = cpu.getCurrentThreadCpuTime() - start;
            }
            return false;
        }
    }
}
