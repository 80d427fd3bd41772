package dev.mifty.schema.snapshot;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import dev.mifty.schema.snapshot.JsonTree.Node;
import dev.mifty.schema.snapshot.JsonTree.Str;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** JSON tree -> model, checking every field; the first problem is thrown as a {@link SnapshotException}. */
final class SnapshotReader {

    private static final List<String> ROOT = List.of("formatVersion", "hibernate", "tables", "sequences",
            "enumTypes", "compositeTypes");
    private static final List<String> TABLE = List.of("schema", "name", "comment", "options", "columns", "primaryKey",
            "foreignKeys", "uniqueConstraints", "checks", "indexes");
    private static final List<String> COLUMN = List.of("name", "type", "nullable", "default", "identity", "comment",
            "options");
    private static final List<String> TYPE = List.of("name", "length", "precision", "scale", "schema", "userType");
    private static final List<String> ENUM_TYPE = List.of("schema", "name", "labels");
    private static final List<String> COMPOSITE_TYPE = List.of("schema", "name", "attributes");
    private static final List<String> ATTRIBUTE = List.of("name", "type");
    private static final List<String> KEY = List.of("name", "columns");
    private static final List<String> FOREIGN_KEY = List.of("name", "columns", "referencedSchema", "referencedTable",
            "referencedColumns", "onDelete");
    private static final List<String> CHECK = List.of("name", "expression");
    private static final List<String> INDEX = List.of("name", "columns", "unique", "options");
    private static final List<String> SEQUENCE = List.of("schema", "name", "start", "increment", "options");
    private static final List<String> IDENTITIES = List.of(Words.identity(Identity.BY_DEFAULT), Words.identity(Identity.ALWAYS));
    private static final List<String> ACTIONS = Arrays.stream(ReferentialAction.values()).map(Words::action).toList();

    private final String source;

    private SnapshotReader(String source) {
        this.source = source;
    }

    static Schema read(Node root, String source) {
        return new SnapshotReader(source).schema(root);
    }

    private Schema schema(Node root) {
        if (!(root instanceof JsonTree.Obj)) {
            throw Fields.error(source, root.pos(), "expected a snapshot object {\"formatVersion\": "
                    + SnapshotCodec.FORMAT_VERSION + ", ...} at the top of the file, found " + Fields.describe(root));
        }
        // the version first: a newer format may differ in every other field
        JsonTree.Obj obj = (JsonTree.Obj) root;
        Node version = obj.fields().get("formatVersion");
        if (version == null) {
            throw Fields.error(source, root.pos(), "missing \"formatVersion\" (expected " + SnapshotCodec.FORMAT_VERSION
                    + "): this does not look like a Mifty snapshot");
        }
        if (!(version instanceof JsonTree.Num n) || !n.integral() || !n.text().equals(String.valueOf(SnapshotCodec.FORMAT_VERSION))) {
            throw Fields.error(source, version.pos(), "unsupported formatVersion " + describeVersion(version)
                    + ": this version of Mifty reads formatVersion " + SnapshotCodec.FORMAT_VERSION
                    + " only; use the Mifty version that wrote the file or a newer one");
        }
        Fields f = Fields.of(source, root, "the snapshot", ROOT);
        List<Table> tables = new ArrayList<>();
        Set<QualifiedName> seen = new HashSet<>();
        List<Node> tableNodes = f.nodes("tables", true);
        for (int i = 0; i < tableNodes.size(); i++) {
            Table t = table(tableNodes.get(i), i + 1);
            if (!seen.add(t.name())) {
                throw Fields.error(source, tableNodes.get(i).pos(), "table \"" + t.name() + "\" appears twice; keep one");
            }
            tables.add(t);
        }
        List<Sequence> sequences = new ArrayList<>();
        List<Node> sequenceNodes = f.nodes("sequences", true);
        for (int i = 0; i < sequenceNodes.size(); i++) {
            sequences.add(sequence(sequenceNodes.get(i), i + 1));
        }
        List<EnumType> enums = new ArrayList<>();
        Set<QualifiedName> typeNames = new HashSet<>();
        for (Node typeNode : f.nodes("enumTypes", false)) {
            EnumType type = enumType(typeNode);
            if (!typeNames.add(type.name())) {
                throw Fields.error(source, typeNode.pos(), "type \"" + type.name() + "\" appears twice; keep one");
            }
            enums.add(type);
        }
        List<CompositeType> composites = new ArrayList<>();
        for (Node typeNode : f.nodes("compositeTypes", false)) {
            CompositeType type = compositeType(typeNode);
            if (!typeNames.add(type.name())) {
                throw Fields.error(source, typeNode.pos(), "type \"" + type.name() + "\" appears twice; keep one");
            }
            composites.add(type);
        }
        return new Schema(tables, sequences, enums, composites, f.optionalString("hibernate"));
    }

    private EnumType enumType(Node node) {
        Fields f = Fields.of(source, node, "an enum type", ENUM_TYPE);
        QualifiedName name = new QualifiedName(f.optionalString("schema"), f.string("name"));
        f = f.as("enum type \"" + name + "\"");
        List<String> labels = f.strings("labels");
        if (new HashSet<>(labels).size() != labels.size()) {
            throw Fields.error(source, f.pos(), "a label appears twice in enum type \"" + name + "\"; keep one");
        }
        return new EnumType(name, labels);
    }

    private CompositeType compositeType(Node node) {
        Fields f = Fields.of(source, node, "a composite type", COMPOSITE_TYPE);
        QualifiedName name = new QualifiedName(f.optionalString("schema"), f.string("name"));
        String what = "composite type \"" + name + "\"";
        f = f.as(what);
        List<CompositeType.Attribute> attributes = new ArrayList<>();
        for (Node n : f.nodes("attributes", true)) {
            Fields a = named(n, "attribute", what, ATTRIBUTE);
            attributes.add(new CompositeType.Attribute(a.string("name"), type(a)));
        }
        return new CompositeType(name, attributes);
    }

    private static String describeVersion(Node version) {
        return version instanceof JsonTree.Num n ? n.text() : Fields.describe(version);
    }

    private Table table(Node node, int number) {
        Fields f = Fields.of(source, node, "table #" + number, TABLE);
        String name = f.string("name");
        String schema = f.optionalString("schema");
        String what = "table \"" + (schema == null ? name : schema + "." + name) + "\"";
        f = f.as(what);
        String comment = f.optionalString("comment");
        String options = f.optionalString("options");
        List<Column> columns = new ArrayList<>();
        List<Node> columnNodes = f.nodes("columns", true);
        for (int i = 0; i < columnNodes.size(); i++) {
            columns.add(column(columnNodes.get(i), i + 1, what));
        }
        PrimaryKey pk = null;
        if (f.has("primaryKey")) {
            Fields p = Fields.of(source, f.node("primaryKey", "an object"), "the primary key in " + what, KEY);
            String pkName = p.string("name");
            pk = new PrimaryKey(pkName, p.as("primary key \"" + pkName + "\" in " + what).strings("columns"));
        }
        List<ForeignKey> fks = new ArrayList<>();
        for (Node n : f.nodes("foreignKeys", false)) {
            fks.add(foreignKey(n, what));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (Node n : f.nodes("uniqueConstraints", false)) {
            Fields u = named(n, "unique constraint", what, KEY);
            uniques.add(new UniqueConstraint(u.string("name"), u.strings("columns")));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (Node n : f.nodes("checks", false)) {
            Fields c = named(n, "check constraint", what, CHECK);
            checks.add(new CheckConstraint(c.string("name"), c.string("expression")));
        }
        List<Index> indexes = new ArrayList<>();
        for (Node n : f.nodes("indexes", false)) {
            Fields x = named(n, "index", what, INDEX);
            indexes.add(new Index(x.string("name"), x.strings("columns"), x.bool("unique"), x.optionalString("options")));
        }
        return new Table(new QualifiedName(schema, name), columns, pk, fks, uniques, indexes, checks, null, comment, options);
    }

    /** The fields of a named element, described by its name once known. */
    private Fields named(Node node, String kind, String owner, List<String> known) {
        Fields f = Fields.of(source, node, "a " + kind + " in " + owner, known);
        return f.as(kind + " \"" + f.string("name") + "\" in " + owner);
    }

    private Column column(Node node, int number, String table) {
        Fields f = Fields.of(source, node, "column #" + number + " in " + table, COLUMN);
        String name = f.string("name");
        f = f.as("column \"" + name + "\" in " + table);
        SqlType type = type(f);
        Identity identity = Identity.NONE;
        if (f.has("identity")) {
            identity = Identity.valueOf(f.choice("identity", IDENTITIES).toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
        }
        return new Column(name, type, f.bool("nullable"), f.optionalString("default"), identity, null,
                f.optionalString("comment"), f.optionalString("options"));
    }

    private SqlType type(Fields column) {
        Node node = column.node("type", "a type like \"int4\" or \"varchar(255)\"");
        if (node instanceof Str s) {
            if (s.value().isBlank()) {
                throw column.errorAt(node, "expected a type like \"int4\" or \"varchar(255)\" for \"type\" of "
                        + column.what() + ", found an empty string");
            }
            return TypeText.parse(s.value());
        }
        if (!(node instanceof JsonTree.Obj)) {
            throw column.errorAt(node, "expected a string for \"type\" of " + column.what()
                    + " (a type like \"int4\" or \"varchar(255)\"), found " + Fields.describe(node));
        }
        Fields t = Fields.of(source, node, "the type of " + column.what(), TYPE);
        if (t.has("userType")) {
            return SqlType.user(new QualifiedName(t.optionalString("schema"), t.string("userType")));
        }
        return new SqlType(t.string("name"), t.optionalInt("length"), t.optionalInt("precision"), t.optionalInt("scale"));
    }

    private ForeignKey foreignKey(Node node, String table) {
        Fields f = named(node, "foreign key", table, FOREIGN_KEY);
        ReferentialAction onDelete = ReferentialAction.valueOf(
                f.choice("onDelete", ACTIONS).toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
        return new ForeignKey(f.string("name"), f.strings("columns"),
                new QualifiedName(f.optionalString("referencedSchema"), f.string("referencedTable")),
                f.strings("referencedColumns"), onDelete);
    }

    private Sequence sequence(Node node, int number) {
        Fields f = Fields.of(source, node, "sequence #" + number, SEQUENCE);
        String name = f.string("name");
        String schema = f.optionalString("schema");
        f = f.as("sequence \"" + (schema == null ? name : schema + "." + name) + "\"");
        return new Sequence(new QualifiedName(schema, name), f.integer("start"), f.integer("increment"),
                f.optionalString("options"));
    }
}
