package dev.mifty.processor.jpa;

import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Jakarta Persistence's {@code @ForeignKey(foreignKeyDefinition = ...)}: Hibernate's {@code StandardForeignKeyExporter}
 * runs {@code alter table t add constraint <name> <definition>} with the definition as written, in place of the
 * columns and target it would render (then {@code @OnDelete}'s clause, if any). Measured on 6.6, 7.2 and 7.4
 * (set {@code secondaryleftovers}). Mifty maps the definitions it can read exactly: {@code foreign key (cols)
 * references table [(cols)] [on delete action]} describing the very key Hibernate would make; any other definition
 * (other columns or target, {@code on update}, {@code deferrable}, {@code match}, ...) is a {@code [mifty:not-mapped]}
 * warning on the attribute or class, and the key is made from the mapping.
 */
final class ForeignKeyDefinitions {

    private static final Pattern DEFINITION = Pattern.compile("(?i)\\s*foreign\\s+key\\s*\\(([^)]*)\\)\\s*references\\s+"
            + "([\\w$.\"]+)\\s*(?:\\(([^)]*)\\))?\\s*(?:on\\s+delete\\s+(cascade|restrict|no\\s+action|set\\s+null"
            + "|set\\s+default))?\\s*;?\\s*");

    /** A definition read: columns, target table (name only) and its columns (empty: the key), the on-delete action. */
    record Parsed(List<String> columns, String table, List<String> referencedColumns, ReferentialAction onDelete) {
    }

    private final Diagnostics diagnostics;

    ForeignKeyDefinitions(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The {@code foreignKeyDefinition} of a {@code @ForeignKey}, when one is written. */
    static Optional<String> definition(AnnotationMirror foreignKey) {
        return Optional.ofNullable(foreignKey).map(fk -> Ann.string(fk, "foreignKeyDefinition")).filter(d -> !d.isBlank());
    }

    /** The definition read, or empty when it is not of the form Mifty maps. */
    static Optional<Parsed> parse(String definition) {
        Matcher m = DEFINITION.matcher(definition);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] table = m.group(2).split("\\.");
        String action = m.group(4) == null ? null : m.group(4).toUpperCase(Locale.ROOT).replaceAll("\\s+", "_");
        ReferentialAction onDelete = action == null || action.equals("NO_ACTION") ? null : ReferentialAction.valueOf(action);
        return Optional.of(new Parsed(identifiers(m.group(1)), identifier(table[table.length - 1]),
                m.group(3) == null ? List.of() : identifiers(m.group(3)), onDelete));
    }

    /**
     * The on-delete action of the key {@code columns -> target(targetColumns)} that a holder's {@code foreignKey}
     * describes: the definition's when it describes exactly this key, else {@code declared} (the {@code @OnDelete}),
     * with a warning on {@code element} when a definition is written that Mifty does not map.
     */
    ReferentialAction onDelete(Element element, String label, AnnotationMirror foreignKey, ReferentialAction declared,
                               List<String> columns, QualifiedName target, List<String> targetColumns) {
        Optional<String> definition = definition(foreignKey);
        if (definition.isEmpty()) {
            return declared;
        }
        Optional<Parsed> read = parse(definition.get());
        if (read.isEmpty()) {
            return declared; // NotMappedWarnings says so on the element
        }
        Optional<Parsed> parsed = read.filter(p -> p.columns().equals(columns) && p.table().equals(target.name())
                && (p.referencedColumns().isEmpty() || p.referencedColumns().equals(targetColumns)));
        if (parsed.isEmpty()) {
            diagnostics.warning(element, MappingErrors.NOT_MAPPED, MappingErrors.notMapped(label,
                    "@ForeignKey(foreignKeyDefinition = \"" + definition.get() + "\") (Hibernate runs it as written;"
                            + " Mifty reads only \"foreign key (" + String.join(", ", columns) + ") references "
                            + target.name() + " [on delete ...]\" and creates the key from the mapping)"));
            return declared;
        }
        return parsed.get().onDelete() != null ? parsed.get().onDelete() : declared;
    }

    private static List<String> identifiers(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                out.add(identifier(part));
            }
        }
        return out;
    }

    /** PostgreSQL's reading of an identifier: quoted as written, else folded to lower case. */
    private static String identifier(String raw) {
        String s = raw.strip();
        return s.length() > 1 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1)
                : s.toLowerCase(Locale.ROOT);
    }
}
