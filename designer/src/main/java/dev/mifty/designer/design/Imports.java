package dev.mifty.designer.design;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import java.util.List;

/** Adds {@code import} lines where a person would: among the existing imports in sorted position, else after the package line. */
final class Imports {

    private Imports() {
    }

    static void add(CompilationUnit cu, TextInserts inserts, List<String> names) {
        for (String name : names.stream().distinct().sorted().toList()) {
            if (!needed(cu, name)) {
                continue;
            }
            List<ImportDeclaration> plain = cu.getImports().stream().filter(i -> !i.isStatic()).toList();
            if (plain.isEmpty()) {
                int pkg = cu.getPackageDeclaration().flatMap(p -> p.getEnd()).map(p -> p.line).orElse(0);
                inserts.after(pkg, pkg == 0 ? List.of("import " + name + ";", "") : List.of("", "import " + name + ";"));
                continue;
            }
            ImportDeclaration next = plain.stream().filter(i -> i.getNameAsString().compareTo(name) > 0).findFirst().orElse(null);
            int after = next != null ? next.getBegin().orElseThrow().line - 1 : plain.get(plain.size() - 1).getEnd().orElseThrow().line;
            inserts.after(after, List.of("import " + name + ";"));
        }
    }

    private static boolean needed(CompilationUnit cu, String name) {
        String pkg = name.substring(0, name.lastIndexOf('.'));
        String own = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        if (pkg.equals("java.lang") || pkg.equals(own)) {
            return false;
        }
        for (ImportDeclaration i : cu.getImports()) {
            if (!i.isStatic() && (i.getNameAsString().equals(name) || (i.isAsterisk() && i.getNameAsString().equals(pkg)))) {
                return false;
            }
        }
        return true;
    }
}
