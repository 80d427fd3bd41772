package dev.mifty.processor.pipeline;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.processor.diag.Messages;
import dev.mifty.processor.emit.DiagramFile;
import dev.mifty.processor.emit.ManifestWriter;
import dev.mifty.processor.emit.OutputFiles;
import dev.mifty.processor.emit.SourceTreeWrites;
import dev.mifty.processor.emit.StaleCopies;
import dev.mifty.processor.jpa.HibernateLineDetector;
import dev.mifty.processor.jpa.JpaModelReader;
import dev.mifty.processor.jpa.MappedModel;
import dev.mifty.schema.diff.DiffResult;
import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.diff.SchemaDiffer;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.snapshot.SnapshotCodec;
import dev.mifty.schema.snapshot.SnapshotException;
import dev.mifty.schema.source.Checksums;
import dev.mifty.schema.source.MigrationSource;
import dev.mifty.schema.source.MigrationSourceWriter;
import dev.mifty.schema.source.StatementTooLongException;
import dev.mifty.schema.sql.PostgresDialect;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One compilation's work: migrations of the compilation -> entities -> model -> diff against the
 * snapshot -> (mode generate) a migration in the source tree and through the Filer, the snapshot
 * rewritten -> the manifest and the snapshot resource. Every problem is reported through
 * {@link Diagnostics}; nothing is written after an error.
 */
public final class Pipeline {

    private final ProcessingEnvironment env;
    private final ProcessorOptions options;
    private final Diagnostics diagnostics;
    private final Clock clock;
    private final SnapshotCodec codec = new SnapshotCodec();
    private final OutputFiles output;
    private final SourceTreeWrites sourceTree;

    public Pipeline(ProcessingEnvironment env, ProcessorOptions options, Diagnostics diagnostics, Clock clock,
                    SourceTreeWrites sourceTree) {
        this.sourceTree = sourceTree;
        this.env = env;
        this.options = options;
        this.diagnostics = diagnostics;
        this.clock = clock;
        this.output = new OutputFiles(env.getFiler());
    }

    public void run(Set<TypeElement> entities, Set<? extends Element> migrationElements) throws IOException {
        if (!options.errors().isEmpty()) {
            options.errors().forEach(message -> diagnostics.error(Messages.INVALID_OPTION, message));
            return;
        }
        Optional<Path> classOutput = ProjectLayout.classOutput(env.getFiler());
        if (classOutput.isPresent() && ProjectLayout.isTestOutput(classOutput.get())) {
            if (!entities.isEmpty()) {
                diagnostics.note(Messages.testCompilation(classOutput.get(), entities.size()));
            }
            return;
        }
        List<FoundMigration> migrations = new MigrationScanner(env, diagnostics).scan(migrationElements);
        MigrationConflicts.check(migrations, diagnostics);
        String packageName = options.migrationsPackage() != null ? options.migrationsPackage()
                : entities.isEmpty() ? PackageNames.commonPackageOf(migrationElements, env.getElementUtils())
                : PackageNames.migrationsPackage(entities, env.getElementUtils());

        Optional<ProjectLayout> layout = ProjectLayout.resolve(options, classOutput);
        if (options.mode() == ProcessorOptions.Mode.OFF || entities.isEmpty()) {
            // No diff: list the migrations, and ship the committed snapshot as it is.
            String committed = layout.isPresent() ? snapshotFile(layout.get()).text() : null;
            if (!diagnostics.hasErrors()) {
                emitManifest(packageName, migrations, committed, entities, migrationElements);
            }
            return;
        }
        if (layout.isEmpty()) {
            diagnostics.error(Messages.NO_PROJECT_DIR, Messages.noProjectDir(
                    classOutput.map(Path::toString).orElse("(not on the file system)")));
            return;
        }
        HibernateLineDetector.Detected line = HibernateLineDetector.detect(env,
                env.getOptions().get(ProcessorOptions.HIBERNATE));
        diagnostics.note(Messages.hibernateLine(line.line().toString(), line.how()));
        MappedModel read = new JpaModelReader(env, options.naming(), line.line(), diagnostics).read(entities);
        MappedModel model = options.defaultSchema() == null ? read : read.inSchema(options.defaultSchema());
        if (diagnostics.hasErrors()) {
            return;
        }
        SnapshotFile snapshot = snapshotFile(layout.get());
        Schema current = model.schema();
        String currentJson = codec.write(current);
        String snapshotText = snapshot.text();
        Schema old;
        DiffResult diff;
        ChangeOrigins origins = new ChangeOrigins(current, model);
        if (currentJson.equals(snapshotText)) {
            // The usual build: the snapshot already is the model. No parse, no diff.
            old = current;
            diff = new DiffResult(List.of(), List.of());
        } else {
            try {
                old = snapshot.read(snapshotText);
            } catch (SnapshotException e) {
                diagnostics.error(Messages.BAD_SNAPSHOT, Messages.badSnapshot(e.getMessage()));
                return;
            }
            RenameHints hints = new RenameResolver(options.naming()).resolve(model.renames(), old, current);
            diff = new SchemaDiffer().diff(old, current, hints);
            if (!RenameProblems.check(diff.problems(), options.allowDrop(), origins, diagnostics)) {
                return;
            }
            new SafetyChecks(old, origins, options.allowDrop(), diagnostics, new OnlineDdl(options.onlineDdl(), old))
                    .check(diff.changes());
            if (diagnostics.hasErrors()) {
                return;
            }
        }
        if (diagnostics.hasErrors()) {
            return; // e.g. conflicting migrations: generate nothing on top of them
        }
        MigrationPlanner planner = new MigrationPlanner(new PostgresDialect(), origins, new OnlineDdl(options.onlineDdl(), old));
        List<FoundMigration> all = new ArrayList<>(migrations);
        if (!diff.isEmpty()) {
            if (options.mode() == ProcessorOptions.Mode.CHECK) {
                diagnostics.error(Messages.PENDING_CHANGES, Messages.pendingChanges(
                        layout.get().snapshotDisplayName(), planner.upStatements(diff.changes())));
                return;
            }
            String version = new VersionClock(clock).next(migrations.stream().map(FoundMigration::version).toList());
            String name = options.name() != null ? options.name()
                    : lineChanged(old, current) ? upgradeName(current.hibernate())
                    : MigrationNamer.name(diff.changes(), old.isEmpty());
            MigrationSource source = planner.plan(packageName, version, name,
                    Checksums.ofSnapshot(codec.write(old)), Checksums.ofSnapshot(currentJson), diff.changes());
            FoundMigration generated = new FoundMigration(null, packageName + "."
                    + MigrationSourceWriter.className(version, name), version, name, true, source.fromHash(),
                    source.toHash(), MigrationSourceWriter.checksum(source));
            all.add(generated);
            if (!MigrationConflicts.check(all, diagnostics)) {
                return; // the existing ones were clean above: this is about the new one
            }
            JavaFile file;
            try {
                file = MigrationSourceWriter.forRelease(env.getSourceVersion().ordinal()).write(source);
            } catch (StatementTooLongException e) {
                diagnostics.error(Messages.STATEMENT_TOO_LONG, Messages.statementTooLong(generated.className(), e.getMessage()));
                return;
            }
            // Filer first: javac looks the name up when the file is created, and must not find
            // (and implicitly compile) the copy in the source tree, which is on its source path.
            output.emitSource(file, entities.toArray(Element[]::new));
            Path target = layout.get().sourceFile(packageName, file.typeSpec().name());
            if (java.nio.file.Files.exists(target)) {
                throw new java.nio.file.FileAlreadyExistsException(target.toString());
            }
            sourceTree.write(() -> OutputFiles.writeToSourceTree(file, target));
            sourceTree.write(() -> snapshot.write(current));
            diagnostics.note("generated migration " + layout.get().projectDir().relativize(target)
                    + " and updated " + layout.get().snapshotDisplayName()
                    + (sourceTree.deferred() ? " (written into the source tree when this compilation succeeds)" : "")
                    + ":\n  "
                    + diff.changes().stream().map(ChangeSummary::line).collect(Collectors.joining("\n  ")));
            if (MigrationSourceWriter.inParts(source)) {
                diagnostics.note(Messages.largeMigration(MigrationSourceWriter.upStatements(source)));
            }
        }
        if (diff.isEmpty() && lineChanged(old, current) && options.mode() == ProcessorOptions.Mode.GENERATE) {
            sourceTree.write(() -> snapshot.write(current)); // same schema on the new line: only the line changes
            diagnostics.note("Hibernate ORM " + old.hibernate() + " -> " + current.hibernate()
                    + ": the schema is the same on both lines; updated the line in " + layout.get().snapshotDisplayName());
        }
        if (!diagnostics.hasErrors()) {
            if (options.diagram() && options.mode() == ProcessorOptions.Mode.GENERATE) {
                Path diagram = DiagramFile.beside(layout.get().snapshot());
                sourceTree.write(() -> DiagramFile.update(diagram, current));
            }
            emitManifest(packageName, all, currentJson, entities, migrationElements);
        }
    }

    /** The snapshot was built for another Hibernate line than this build's (unknown counts as no change). */
    private static boolean lineChanged(Schema old, Schema current) {
        return old.hibernate() != null && current.hibernate() != null && !old.hibernate().equals(current.hibernate());
    }

    /** {@code upgrade_to_hibernate_74}: the migration that brings the schema to a new line's rules. */
    private static String upgradeName(String line) {
        return "upgrade_to_hibernate_" + line.replace(".", "");
    }

    private java.net.URI sourceUri(TypeElement type) {
        try {
            var path = com.sun.source.util.Trees.instance(env).getPath(type);
            return path == null ? null : path.getCompilationUnit().getSourceFile().toUri();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private SnapshotFile snapshotFile(ProjectLayout layout) {
        return new SnapshotFile(layout.snapshot(), layout.snapshotDisplayName(), codec);
    }

    private void emitManifest(String packageName, List<FoundMigration> migrations, String snapshotJson,
                              Set<TypeElement> entities, Set<? extends Element> migrationElements) throws IOException {
        List<FoundMigration> sorted = new ArrayList<>(migrations);
        sorted.sort(java.util.Comparator.comparing(FoundMigration::version, dev.mifty.schema.source.VersionOrder.COMPARATOR));
        List<ManifestWriter.Entry> entries = sorted.stream()
                .map(m -> new ManifestWriter.Entry(m.version(), m.name(), m.generated(), m.checksum(),
                        m.element() != null ? ClassName.get(m.element())
                                : ClassName.get(packageName, m.className().substring(packageName.length() + 1)),
                        m.replacesUpTo()))
                .toList();
        List<Element> originating = new ArrayList<>(entities);
        originating.addAll(migrationElements);
        Element[] origins = originating.toArray(Element[]::new);
        StaleCopies stale = new StaleCopies(env.getFiler());
        for (FoundMigration m : migrations) {
            if (m.element() != null) {
                stale.remove(env.getElementUtils().getPackageOf(m.element()).getQualifiedName().toString(),
                        m.element().getSimpleName().toString(), sourceUri(m.element()));
            }
        }
        output.emitResource(ManifestWriter.RESOURCE, new ManifestWriter().write(packageName, entries), origins);
        if (snapshotJson != null) {
            output.emitResource(ProjectLayout.SNAPSHOT_RESOURCE, snapshotJson, origins);
        }
    }
}
