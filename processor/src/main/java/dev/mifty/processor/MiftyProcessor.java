package dev.mifty.processor;

import com.google.auto.service.AutoService;
import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.processor.diag.Messages;
import dev.mifty.processor.emit.SourceTreeWrites;
import dev.mifty.processor.pipeline.MigrationScanner;
import dev.mifty.processor.pipeline.Pipeline;
import dev.mifty.processor.pipeline.ProcessorOptions;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The Mifty annotation processor: options, rounds, one pipeline call. The work happens once, in
 * the first round that has entities or migrations; later rounds (which see the classes it
 * generated) write nothing.
 */
@AutoService(Processor.class)
public final class MiftyProcessor extends AbstractProcessor {

    private static final String ENTITY = "jakarta.persistence.Entity";

    private final Clock clock;
    private boolean done;
    private SourceTreeWrites sourceTree;

    public MiftyProcessor() {
        this(Clock.systemUTC());
    }

    /** For tests: a fixed clock gives predictable migration versions. */
    public MiftyProcessor(Clock clock) {
        this.clock = clock;
    }

    /**
     * Every annotation ({@code "*"}), claiming none ({@link #process} returns false). javac counts a
     * processor's options as recognised only when it calls the processor; with a narrower set, every
     * compilation without entities (each testCompile, a module without entities) warned
     * "The following options were not recognized by any processor: '[mifty.mode]'". The processor
     * picks the entities and migrations out of the round itself ({@link #annotatedTypes}).
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.ALL;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(javax.annotation.processing.ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        sourceTree = SourceTreeWrites.attach(processingEnv);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
        sourceTree.roots(roundEnv.getRootElements());
        if (done || roundEnv.processingOver()) {
            return false;
        }
        Set<TypeElement> entities = new LinkedHashSet<>();
        Set<TypeElement> migrations = new LinkedHashSet<>();
        annotatedTypes(roundEnv, entities, migrations);
        if (entities.isEmpty() && migrations.isEmpty()) {
            return false;
        }
        done = true;
        ProcessorOptions options = ProcessorOptions.parse(processingEnv.getOptions());
        Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager(), options.strict());
        try {
            new Pipeline(processingEnv, options, diagnostics, clock, sourceTree).run(entities, migrations);
        } catch (java.io.IOException e) {
            diagnostics.error(Messages.IO, "cannot write the migration, snapshot or manifest: " + e
                    + " (check the paths given by mifty.projectDir, mifty.sourceDir and mifty.snapshot)");
        } catch (Exception | LinkageError | AssertionError e) {
            diagnostics.error(Messages.INTERNAL, Messages.internal(e));
        }
        return false;
    }

    /**
     * The classes annotated with {@code @Entity} and with {@code @Migration}, in the order
     * {@code getElementsAnnotatedWith} gives them. One walk over the round's types and their nested
     * types: both annotations target types only and are not {@code @Inherited}, while
     * {@code getElementsAnnotatedWith} scans every member and parameter, once per annotation.
     */
    private void annotatedTypes(RoundEnvironment roundEnv, Set<TypeElement> entities, Set<TypeElement> migrations) {
        TypeElement entity = processingEnv.getElementUtils().getTypeElement(ENTITY);
        TypeElement migration = processingEnv.getElementUtils().getTypeElement(MigrationScanner.ANNOTATION);
        if (entity == null && migration == null) {
            return;
        }
        for (Element root : roundEnv.getRootElements()) {
            collect(root, entity, migration, entities, migrations);
        }
    }

    private static void collect(Element element, TypeElement entity, TypeElement migration, Set<TypeElement> entities,
                                Set<TypeElement> migrations) {
        if (!(element instanceof TypeElement type)) {
            return;
        }
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            Element annotation = m.getAnnotationType().asElement();
            if (annotation.equals(entity)) {
                entities.add(type);
            } else if (annotation.equals(migration)) {
                migrations.add(type);
            }
        }
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof TypeElement) {
                collect(member, entity, migration, entities, migrations);
            }
        }
    }
}
