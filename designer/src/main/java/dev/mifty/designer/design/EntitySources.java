package dev.mifty.designer.design;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The entity classes in the project's source roots, read with JavaParser. */
public final class EntitySources {

    /** One entity: its class, its file and its fields as the page lists them. */
    public record EntityInfo(String className, String simpleName, String file, List<FieldInfo> fields) {
    }

    public record FieldInfo(String name, String type, List<String> annotations) {
    }

    /** A source file that does not parse, with JavaParser's first problem. */
    public record Unparsable(String file, String problem) {
    }

    public record Listing(List<EntityInfo> entities, List<Unparsable> unparsable) {
    }

    private final List<Path> roots;
    private final Path projectDir;

    public EntitySources(Path projectDir, List<Path> roots) {
        this.projectDir = projectDir;
        this.roots = List.copyOf(roots);
    }

    static JavaParser parser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setCharacterEncoding(StandardCharsets.UTF_8));
    }

    public Listing list() {
        List<EntityInfo> entities = new ArrayList<>();
        List<Unparsable> unparsable = new ArrayList<>();
        for (Path file : files()) {
            ParseResult<CompilationUnit> result = parse(file);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                unparsable.add(new Unparsable(relative(file), problem(result)));
                continue;
            }
            CompilationUnit cu = result.getResult().get();
            for (ClassOrInterfaceDeclaration type : cu.findAll(ClassOrInterfaceDeclaration.class)) {
                if (isEntity(type)) {
                    entities.add(info(type, file));
                }
            }
        }
        return new Listing(entities, unparsable);
    }

    /** The file and parsed class of {@code entity} (simple or qualified name); a clear error when missing or unparsable. */
    Located locate(String entity) {
        if (entity == null || entity.isBlank()) {
            throw new EditException("no entity given");
        }
        String simple = entity.substring(entity.lastIndexOf('.') + 1);
        List<Located> found = new ArrayList<>();
        for (Path file : files()) {
            boolean sameName = file.getFileName().toString().equals(simple + ".java");
            ParseResult<CompilationUnit> result = parse(file);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                if (sameName) {
                    throw new EditException(relative(file) + " does not parse, so it was not changed: " + problem(result)
                            + ". Fix the file (or undo the last change) and try again.");
                }
                continue;
            }
            CompilationUnit cu = result.getResult().get();
            for (ClassOrInterfaceDeclaration type : cu.findAll(ClassOrInterfaceDeclaration.class)) {
                String qualified = type.getFullyQualifiedName().orElse(type.getNameAsString());
                if (isEntity(type) && (qualified.equals(entity) || type.getNameAsString().equals(entity))) {
                    found.add(new Located(file, cu, type));
                }
            }
        }
        if (found.isEmpty()) {
            throw new EditException("no entity '" + entity + "' in " + roots.stream().map(this::relative)
                    .collect(Collectors.joining(", ")));
        }
        if (found.size() > 1) {
            throw new EditException("'" + entity + "' names " + found.size() + " entities: use the qualified name");
        }
        return found.get(0);
    }

    /** True when some source file declares a class named {@code simpleName}. */
    boolean classExists(String simpleName) {
        return files().stream().anyMatch(f -> f.getFileName().toString().equals(simpleName + ".java"));
    }

    /** The package most entities are in (null when there are none). */
    String commonEntityPackage() {
        return list().entities().stream()
                .map(e -> e.className().contains(".") ? e.className().substring(0, e.className().lastIndexOf('.')) : "")
                .collect(Collectors.groupingBy(p -> p, java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    record Located(Path file, CompilationUnit unit, ClassOrInterfaceDeclaration type) {
    }

    static boolean isEntity(ClassOrInterfaceDeclaration type) {
        return type.getAnnotations().stream().map(AnnotationExpr::getNameAsString)
                .anyMatch(n -> n.equals("Entity") || n.equals("jakarta.persistence.Entity") || n.equals("javax.persistence.Entity"));
    }

    private EntityInfo info(ClassOrInterfaceDeclaration type, Path file) {
        List<FieldInfo> fields = new ArrayList<>();
        for (FieldDeclaration field : type.getFields()) {
            if (field.isStatic() || field.isTransient()) {
                continue;
            }
            List<String> annotations = field.getAnnotations().stream().map(a -> "@" + a.getNameAsString()).toList();
            field.getVariables().forEach(v -> fields.add(new FieldInfo(v.getNameAsString(), v.getTypeAsString(), annotations)));
        }
        return new EntityInfo(type.getFullyQualifiedName().orElse(type.getNameAsString()), type.getNameAsString(),
                relative(file), fields);
    }

    private ParseResult<CompilationUnit> parse(Path file) {
        try {
            return parser().parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String problem(ParseResult<?> result) {
        Optional<Problem> first = result.getProblems().stream().findFirst();
        if (first.isEmpty()) {
            return "unknown parse error";
        }
        Problem p = first.get();
        String where = p.getLocation().flatMap(l -> l.getBegin().getRange())
                .map(r -> "line " + r.begin.line + ", column " + r.begin.column + ": ").orElse("");
        String message = p.getMessage();
        int newline = message.indexOf('\n');
        return where + (newline > 0 ? message.substring(0, newline) : message);
    }

    List<Path> files() {
        List<Path> all = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        return all;
    }

    String relative(Path file) {
        return projectDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    Path mainRoot() {
        return roots.get(0);
    }
}
