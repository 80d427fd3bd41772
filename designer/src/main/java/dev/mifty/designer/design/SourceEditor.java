package dev.mifty.designer.design;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies one {@link EntityEdit} to an entity's source with JavaParser's lexical-preserving
 * printer: only the changed declarations are printed anew, the rest of the file (formatting,
 * comments) stays as written. Validates first; returns the new text and writes nothing.
 */
public final class SourceEditor {

    /** The result of an edit: the file, its text before (null for a new file) and after. */
    public record Planned(Path file, String before, String after) {
    }

    private final EntitySources sources;

    public SourceEditor(EntitySources sources) {
        this.sources = sources;
    }

    public Planned plan(EntityEdit edit) {
        if (edit instanceof EntityEdit.AddEntity add) {
            return addEntity(add);
        }
        EntitySources.Located located = sources.locate(edit.entity());
        String before = read(located.file());
        CompilationUnit cu = located.unit();
        ClassOrInterfaceDeclaration type = located.type();
        if (edit instanceof EntityEdit.AddField f) {
            return new Planned(located.file(), before, addField(before, cu, type, f));
        }
        if (edit instanceof EntityEdit.AddRelation r) {
            return new Planned(located.file(), before, addRelation(before, cu, type, r));
        }
        // Renames and removals change declarations in place: the lexical-preserving printer
        // reprints only the changed tokens and drops removed nodes, keeping everything else.
        LexicalPreservingPrinter.setup(cu);
        List<String> imports = new java.util.ArrayList<>();
        if (edit instanceof EntityEdit.RenameField r) {
            renameField(type, r, imports);
        } else if (edit instanceof EntityEdit.RemoveField r) {
            removeField(type, r);
        }
        String after = LexicalPreservingPrinter.print(cu);
        if (!imports.isEmpty()) {
            CompilationUnit reparsed = EntitySources.parser().parse(after).getResult().orElseThrow();
            TextInserts inserts = new TextInserts(after);
            Imports.add(reparsed, inserts, imports);
            after = inserts.apply();
        }
        return new Planned(located.file(), before, after);
    }

    private Planned addEntity(EntityEdit.AddEntity add) {
        String name = add.entity();
        JavaNames.requireClassName(name);
        if (sources.classExists(name)) {
            throw new EditException("a class named '" + name + "' already exists: choose another name");
        }
        String pkg = add.packageName() != null && !add.packageName().isBlank() ? add.packageName().strip()
                : sources.commonEntityPackage();
        if (pkg != null && !pkg.isEmpty()) {
            JavaNames.requirePackageName(pkg);
        }
        Path dir = pkg == null || pkg.isEmpty() ? sources.mainRoot() : sources.mainRoot().resolve(pkg.replace('.', '/'));
        String text = (pkg == null || pkg.isEmpty() ? "" : "package " + pkg + ";\n\n") + """
                import jakarta.persistence.Entity;
                import jakarta.persistence.GeneratedValue;
                import jakarta.persistence.Id;

                @Entity
                public class %1$s {

                    @Id
                    @GeneratedValue
                    private Long id;

                    protected %1$s() {
                    }

                    public Long getId() {
                        return id;
                    }
                }
                """.formatted(name);
        return new Planned(dir.resolve(name + ".java"), null, text);
    }

    private static String addField(String text, CompilationUnit cu, ClassOrInterfaceDeclaration type, EntityEdit.AddField f) {
        JavaNames.requireFieldName(f.name(), "field name");
        requireNewField(type, f.name());
        if (f.type() == null || !FieldTypes.known(f.type())) {
            throw new EditException("field type '" + f.type() + "' is not one of " + FieldTypes.names());
        }
        if (f.length() != null && (!f.type().equals("String") || f.length() < 1)) {
            throw new EditException("a length applies to String fields only, and is at least 1");
        }
        List<String> imports = new java.util.ArrayList<>();
        if (FieldTypes.importOf(f.type()) != null) {
            imports.add(FieldTypes.importOf(f.type()));
        }
        StringBuilder column = new StringBuilder();
        if (!f.nullable() && !FieldTypes.primitive(f.type())) {
            column.append("nullable = false");
        }
        if (f.length() != null) {
            column.append(column.isEmpty() ? "" : ", ").append("length = ").append(f.length());
        }
        if (f.unique()) {
            column.append(column.isEmpty() ? "" : ", ").append("unique = true");
        }
        List<String> declaration = new java.util.ArrayList<>();
        if (!column.isEmpty()) {
            imports.add("jakarta.persistence.Column");
            declaration.add("@Column(" + column + ")");
        }
        declaration.add("private " + f.type() + " " + f.name() + ";");
        return insertMember(text, cu, type, declaration, f.accessors() ? f.type() : null, f.name(), imports);
    }

    private String addRelation(String text, CompilationUnit cu, ClassOrInterfaceDeclaration type, EntityEdit.AddRelation r) {
        JavaNames.requireFieldName(r.name(), "relation name");
        requireNewField(type, r.name());
        String kind = r.kind() == null ? "" : r.kind();
        if (!List.of("ManyToOne", "OneToOne", "ManyToMany").contains(kind)) {
            throw new EditException("relation kind '" + kind + "' is not ManyToOne, OneToOne or ManyToMany");
        }
        if (r.target() == null || r.target().isBlank()) {
            throw new EditException("the relation needs a target entity");
        }
        List<String> imports = new java.util.ArrayList<>();
        String targetName = r.target().substring(r.target().lastIndexOf('.') + 1);
        if (!targetName.equals(type.getNameAsString())) {
            ClassOrInterfaceDeclaration target = sources.locate(r.target()).type();
            targetName = target.getNameAsString();
            imports.add(target.getFullyQualifiedName().orElse(targetName));
        }
        imports.add("jakarta.persistence." + kind);
        List<String> declaration = new java.util.ArrayList<>();
        String fieldType;
        if (kind.equals("ManyToMany")) {
            imports.add("java.util.Set");
            imports.add("java.util.HashSet");
            fieldType = "Set<" + targetName + ">";
            declaration.add("@" + kind);
            declaration.add("private " + fieldType + " " + r.name() + " = new HashSet<>();");
        } else {
            fieldType = targetName;
            declaration.add(r.optional() ? "@" + kind : "@" + kind + "(optional = false)");
            declaration.add("private " + fieldType + " " + r.name() + ";");
        }
        return insertMember(text, cu, type, declaration, r.accessors() ? fieldType : null, r.name(), imports.stream()
                .filter(i -> i.contains(".")).toList());
    }

    /**
     * Inserts a field declaration after the class's last field (or before its first member) and,
     * when {@code accessorType} is given, a getter and a setter before the class's closing brace,
     * indented as the class's members are.
     */
    private static String insertMember(String text, CompilationUnit cu, ClassOrInterfaceDeclaration type,
                                       List<String> declaration, String accessorType, String name, List<String> imports) {
        TextInserts inserts = new TextInserts(text);
        List<FieldDeclaration> fields = type.getFields();
        NodeList<BodyDeclaration<?>> members = type.getMembers();
        int classEnd = type.getEnd().orElseThrow().line;
        String indent;
        int after;
        boolean blankBefore;
        if (!fields.isEmpty()) {
            FieldDeclaration last = fields.get(fields.size() - 1);
            indent = inserts.indentOf(last.getBegin().orElseThrow().line);
            after = last.getEnd().orElseThrow().line;
            blankBefore = true;
        } else if (!members.isEmpty()) {
            BodyDeclaration<?> first = members.get(0);
            int begin = first.getComment().flatMap(Node::getBegin).orElse(first.getBegin().orElseThrow()).line;
            indent = inserts.indentOf(begin);
            after = begin - 1;
            blankBefore = false;
        } else {
            indent = inserts.step(inserts.indentOf(type.getBegin().orElseThrow().line))
                    + inserts.indentOf(type.getBegin().orElseThrow().line);
            after = classEnd - 1;
            blankBefore = false;
        }
        List<String> lines = new java.util.ArrayList<>();
        if (blankBefore) {
            lines.add("");
        }
        declaration.forEach(l -> lines.add(indent + l));
        if (!blankBefore) {
            lines.add("");
        }
        inserts.after(after, lines);
        if (accessorType != null) {
            String body = indent + inserts.step(indent);
            String capital = capitalize(name);
            String getter = (accessorType.equals("boolean") ? "is" : "get") + capital;
            List<String> methods = new java.util.ArrayList<>();
            if (type.getMethodsByName(getter).isEmpty()) {
                methods.addAll(List.of("", indent + "public " + accessorType + " " + getter + "() {",
                        body + "return " + name + ";", indent + "}"));
            }
            if (type.getMethodsByName("set" + capital).isEmpty()) {
                methods.addAll(List.of("", indent + "public void set" + capital + "(" + accessorType + " " + name + ") {",
                        body + "this." + name + " = " + name + ";", indent + "}"));
            }
            if (members.isEmpty() && !methods.isEmpty()) {
                methods.remove(0);
            }
            inserts.after(classEnd - 1, methods);
        }
        Imports.add(cu, inserts, imports);
        return inserts.apply();
    }

    private static void renameField(ClassOrInterfaceDeclaration type, EntityEdit.RenameField r, List<String> imports) {
        JavaNames.requireFieldName(r.to(), "new field name");
        VariableDeclarator variable = field(type, r.from());
        if (r.from().equals(r.to())) {
            throw new EditException("the new name is the old name '" + r.from() + "'");
        }
        requireNewField(type, r.to());
        FieldDeclaration declaration = (FieldDeclaration) variable.getParentNode().orElseThrow();
        if (declaration.getVariables().size() > 1) {
            throw new EditException("'" + r.from() + "' is declared together with other fields; split the declaration first");
        }
        for (NameExpr use : type.findAll(NameExpr.class)) {
            if (use.getNameAsString().equals(r.from()) && !shadowed(use, r.from())) {
                use.setName(r.to());
            }
        }
        for (FieldAccessExpr use : type.findAll(FieldAccessExpr.class)) {
            if (use.getNameAsString().equals(r.from()) && use.getScope() instanceof ThisExpr) {
                use.setName(r.to());
            }
        }
        variable.setName(r.to());
        Optional<AnnotationExpr> existing = declaration.getAnnotationByName("RenamedFrom");
        if (existing.isPresent() && existing.get() instanceof SingleMemberAnnotationExpr single) {
            // An earlier rename (already migrated, as usual) names a column the snapshot no longer
            // has: the rename to record now is from the current name.
            single.setMemberValue(new StringLiteralExpr(r.from()));
        } else {
            imports.add("dev.mifty.annotations.RenamedFrom");
            declaration.addAnnotation(new SingleMemberAnnotationExpr(
                    new com.github.javaparser.ast.expr.Name("RenamedFrom"), new StringLiteralExpr(r.from())));
        }
    }

    private static void removeField(ClassOrInterfaceDeclaration type, EntityEdit.RemoveField r) {
        VariableDeclarator variable = field(type, r.name());
        FieldDeclaration declaration = (FieldDeclaration) variable.getParentNode().orElseThrow();
        if (declaration.getAnnotationByName("Id").isPresent() || declaration.getAnnotationByName("EmbeddedId").isPresent()) {
            throw new EditException("'" + r.name() + "' is the entity's id and cannot be removed");
        }
        String capital = capitalize(r.name());
        for (MethodDeclaration method : List.copyOf(type.getMethods())) {
            String name = method.getNameAsString();
            boolean accessor = name.equals("get" + capital) || name.equals("is" + capital) || name.equals("set" + capital);
            if (accessor && uses(method, r.name())) {
                method.remove();
            }
        }
        if (declaration.getVariables().size() > 1) {
            variable.remove();
        } else {
            declaration.remove();
        }
        for (NameExpr use : type.findAll(NameExpr.class)) {
            if (use.getNameAsString().equals(r.name()) && !shadowed(use, r.name())) {
                throw new EditException("'" + r.name() + "' is still used in " + enclosing(use)
                        + ": remove that use first (the designer removes only the field, its getter and its setter)");
            }
        }
        for (FieldAccessExpr use : type.findAll(FieldAccessExpr.class)) {
            if (use.getNameAsString().equals(r.name()) && use.getScope() instanceof ThisExpr) {
                throw new EditException("'" + r.name() + "' is still used in " + enclosing(use)
                        + ": remove that use first (the designer removes only the field, its getter and its setter)");
            }
        }
    }

    private static VariableDeclarator field(ClassOrInterfaceDeclaration type, String name) {
        return type.getFieldByName(name).flatMap(f -> f.getVariables().stream()
                        .filter(v -> v.getNameAsString().equals(name)).findFirst())
                .orElseThrow(() -> new EditException("entity " + type.getNameAsString() + " has no field '" + name + "'"));
    }

    private static void requireNewField(ClassOrInterfaceDeclaration type, String name) {
        if (type.getFieldByName(name).isPresent()) {
            throw new EditException("entity " + type.getNameAsString() + " already has a field '" + name
                    + "': choose another name");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (FieldDeclaration f : type.getFields()) {
            for (VariableDeclarator v : f.getVariables()) {
                if (v.getNameAsString().toLowerCase(Locale.ROOT).equals(lower)) {
                    throw new EditException("entity " + type.getNameAsString() + " has a field '" + v.getNameAsString()
                            + "', which maps to the same column as '" + name + "': choose another name");
                }
            }
        }
    }

    /** True when {@code name} at {@code use} is a parameter or local variable of the enclosing method, not the field. */
    private static boolean shadowed(Node use, String name) {
        Optional<CallableDeclaration> callable = use.findAncestor(CallableDeclaration.class);
        if (callable.isEmpty()) {
            return false;
        }
        CallableDeclaration<?> c = callable.get();
        for (Object p : c.getParameters()) {
            if (((Parameter) p).getNameAsString().equals(name)) {
                return true;
            }
        }
        return c.findAll(VariableDeclarationExpr.class).stream()
                .anyMatch(v -> v.getVariables().stream().anyMatch(d -> d.getNameAsString().equals(name)));
    }

    private static boolean uses(MethodDeclaration method, String field) {
        return method.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(field))
                || method.findAll(FieldAccessExpr.class).stream()
                .anyMatch(f -> f.getNameAsString().equals(field) && f.getScope() instanceof ThisExpr);
    }

    private static String enclosing(Node node) {
        return node.findAncestor(CallableDeclaration.class).map(c -> c.getDeclarationAsString(false, false, false))
                .orElse("the class");
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }
}
