package dev.mifty.schema.roundtrip;

import static dev.mifty.schema.testing.TableBuilder.INT4;
import static dev.mifty.schema.testing.TableBuilder.INT8;
import static dev.mifty.schema.testing.TableBuilder.TEXT;
import static dev.mifty.schema.testing.TableBuilder.table;

import dev.mifty.schema.diff.RenameHints;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import java.util.List;
import java.util.Map;

/** Pairs written by hand for the cases that matter most. */
final class HandWrittenPairs {

    record Pair(String name, Schema from, Schema to, RenameHints renames) {
    }

    private HandWrittenPairs() {
    }

    private static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    private static Table customers() {
        return table("customers").col("id", INT8, false).col("email", SqlType.varchar(50), false)
                .col("name", TEXT, true, "'x'::text").pk("customers_pkey", "id")
                .unique("uk_email", "email").build();
    }

    private static Table orders(String customersName) {
        return table("order").col("id", INT8, false).col("customer_id", INT8, true).col("qty", INT4, false, "0")
                .pk("order_pkey", "id").fk("fk_customer", "customer_id", customersName, "id", ReferentialAction.CASCADE)
                .check("ck_qty", "(qty >= 0)").index("ix_qty", false, "qty desc").build();
    }

    static List<Pair> all() {
        RenameHints none = RenameHints.none();
        return List.of(
                new Pair("create and drop two tables with a foreign key", Schema.empty(),
                        schema(customers(), orders("customers")), none),
                new Pair("rename a referenced table and one of its columns",
                        schema(customers(), orders("customers")),
                        schema(table("clients").col("id", INT8, false).col("mail", SqlType.varchar(50), false)
                                        .col("name", TEXT, true, "'x'::text").pk("customers_pkey", "id")
                                        .unique("uk_email", "mail").build(), orders("clients")),
                        new RenameHints(Map.of(QualifiedName.of("customers"), QualifiedName.of("clients")),
                                Map.of(QualifiedName.of("clients"), Map.of("email", "mail")))),
                new Pair("foreign-key cycle between two new tables", schema(customers()),
                        schema(customers(),
                                table("user").col("id", INT4, false).col("group_id", INT4, true).pk("user_pkey", "id")
                                        .fk("fk_user_group", "group_id", "group", "id", ReferentialAction.SET_NULL).build(),
                                table("group").col("id", INT4, false).col("owner", INT4, true).pk("group_pkey", "id")
                                        .fk("fk_group_owner", "owner", "user", "id", ReferentialAction.NO_ACTION).build()),
                        none),
                new Pair("not-null columns without default added to a table with rows", schema(customers()),
                        schema(table("customers").col("id", INT8, false).col("email", SqlType.varchar(50), false)
                                .col("name", TEXT, true, "'x'::text").col("points", INT4, false)
                                .col("code", SqlType.varchar(10), false).col("active", SqlType.of("bool"), false)
                                .col("born", SqlType.of("date"), false).col("doc", SqlType.of("jsonb"), false)
                                .col("seen", SqlType.of("timestamptz"), false).col("price", SqlType.numeric(10, 2), false)
                                .pk("customers_pkey", "id").unique("uk_email", "email").build()), none),
                new Pair("safe widenings keep data, defaults and checks", schema(orders("customers"), customers()),
                        schema(customers2(), table("order").col("id", INT8, false).col("customer_id", INT8, true)
                                .col("qty", INT8, false, "0").pk("order_pkey", "id")
                                .fk("fk_customer", "customer_id", "customers", "id", ReferentialAction.CASCADE)
                                .check("ck_qty", "(qty >= 0)").index("ix_qty", false, "qty desc").build()), none),
                new Pair("reserved and mixed-case names everywhere", Schema.empty(), schema(
                        table("select").col("from", INT4, false).col("MixedCase", TEXT, true)
                                .col("we\"ird", INT4, true, "7").pk("Select PK", "from")
                                .check("Check \"1\"", "(\"we\"\"ird\" >= 0)").index("Index Mixed", true, "MixedCase desc", "from")
                                .unique("order", "we\"ird").build()), none),
                new Pair("move the primary key to another column", schema(customers()),
                        schema(table("customers").col("id", INT8, false).col("email", SqlType.varchar(50), false)
                                .col("name", TEXT, true, "'x'::text").pk("customers_email_pkey", "email")
                                .unique("uk_email", "email").build()), none),
                new Pair("identity kinds", schema(table("t").identity("id", INT8, Identity.BY_DEFAULT).col("n", INT4, false)
                                .pk("t_pkey", "id").build()),
                        schema(table("t").identity("id", INT8, Identity.ALWAYS).identity("n", INT4, Identity.BY_DEFAULT)
                                .pk("t_pkey", "id").build()), none),
                new Pair("sequences", new Schema(List.of(), List.of(new Sequence(QualifiedName.of("a_seq"), 1, 1),
                        new Sequence(QualifiedName.of("b_seq"), 10, 5))),
                        new Schema(List.of(), List.of(new Sequence(QualifiedName.of("b_seq"), 20, 50),
                                new Sequence(QualifiedName.of("Mixed Seq"), 1, 1))), none),
                new Pair("drop a table that a kept table references", schema(customers(), orders("customers")),
                        schema(table("order").col("id", INT8, false).col("customer_id", INT8, true).col("qty", INT4, false, "0")
                                .pk("order_pkey", "id").check("ck_qty", "(qty >= 0)").index("ix_qty", false, "qty desc")
                                .build()), none),
                new Pair("rename a table and create a new one under the old name", schema(customers()),
                        schema(table("customers").col("id", INT4, false).pk("customers_new_pkey", "id").build(),
                                table("clients").col("id", INT8, false).col("email", SqlType.varchar(50), false)
                                        .col("name", TEXT, true, "'x'::text").pk("customers_pkey", "id")
                                        .unique("uk_email", "email").build()),
                        new RenameHints(Map.of(QualifiedName.of("customers"), QualifiedName.of("clients")), Map.of())),
                new Pair("rename a column and add a new one under the old name", schema(customers()),
                        schema(table("customers").col("id", INT8, false).col("mail", SqlType.varchar(50), false)
                                .col("name", TEXT, true, "'x'::text").col("email", INT4, true)
                                .pk("customers_pkey", "id").unique("uk_email", "mail").build()),
                        new RenameHints(Map.of(), Map.of(QualifiedName.of("customers"), Map.of("email", "mail")))),

                new Pair("chain of column renames a -> b -> c",
                        schema(table("p").col("a", INT4, true).col("b", TEXT, true).build()),
                        schema(table("p").col("b", INT4, true).col("c", TEXT, true).build()),
                        new RenameHints(Map.of(), Map.of(QualifiedName.of("p"), Map.of("a", "b", "b", "c")))),
                new Pair("swap two column names", schema(table("p").col("a", INT4, true).col("b", TEXT, true).build()),
                        schema(table("p").col("b", INT4, true).col("a", TEXT, true).build()),
                        new RenameHints(Map.of(), Map.of(QualifiedName.of("p"), Map.of("a", "b", "b", "a")))),
                new Pair("swap two table names", schema(table("p").col("a", INT4, true).build(),
                                table("q").col("b", TEXT, true).build()),
                        schema(table("q").col("a", INT4, true).build(), table("p").col("b", TEXT, true).build()),
                        new RenameHints(Map.of(QualifiedName.of("p"), QualifiedName.of("q"),
                                QualifiedName.of("q"), QualifiedName.of("p")), Map.of())),
                new Pair("rename a table onto the name of a table that is dropped",
                        schema(table("p").col("a", INT4, true).build(), table("q").col("b", TEXT, true).build()),
                        schema(table("q").col("a", INT4, true).build()),
                        new RenameHints(Map.of(QualifiedName.of("p"), QualifiedName.of("q")), Map.of())),
                new Pair("rename a column onto the name of a column that is dropped",
                        schema(table("p").col("a", INT4, true).col("b", TEXT, true).build()),
                        schema(table("p").col("b", INT4, true).build()),
                        new RenameHints(Map.of(), Map.of(QualifiedName.of("p"), Map.of("a", "b")))),
                new Pair("swap two column names, one of them widened",
                        schema(table("p").col("a", SqlType.of("int2"), true).col("b", INT4, true).build()),
                        schema(table("p").col("b", INT4, true).col("a", INT4, true).build()),
                        new RenameHints(Map.of(), Map.of(QualifiedName.of("p"), Map.of("a", "b", "b", "a")))),
                new Pair("swap two tables and two columns of one, one column widened",
                        schema(table("p").col("a", SqlType.of("int2"), true).col("b", INT4, true).build(),
                                table("q").col("c", TEXT, true).build()),
                        schema(table("q").col("b", INT4, true).col("a", INT4, true).build(),
                                table("p").col("c", TEXT, true).build()),
                        new RenameHints(Map.of(QualifiedName.of("p"), QualifiedName.of("q"),
                                QualifiedName.of("q"), QualifiedName.of("p")),
                                Map.of(QualifiedName.of("q"), Map.of("a", "b", "b", "a")))),
                new Pair("composite key referenced by a composite foreign key", Schema.empty(),
                        schema(table("head").col("a", INT4, false).col("b", TEXT, false).pk("head_pkey", "a", "b").build(),
                                compositeChild()), none),
                new Pair("same names, new definitions", schema(customers(), orders("customers")),
                        schema(table("customers").col("id", INT8, false).col("email", SqlType.varchar(50), false)
                                        .col("name", TEXT, true, "'x'::text").pk("customers_pkey", "id", "email")
                                        .unique("uk_email", "email", "name").build(),
                                table("order").col("id", INT8, false).col("customer_id", INT8, true)
                                        .col("qty", INT4, false, "0").pk("order_pkey", "id")
                                        .fk("fk_customer", "customer_id", "order", "id", ReferentialAction.SET_NULL)
                                        .check("ck_qty", "(qty <= 1000)").index("ix_qty", true, "qty").build()), none),
                new Pair("identity off with a default, default off with identity",
                        schema(table("t").identity("id", INT8, Identity.ALWAYS).col("n", INT4, false, "7").pk("t_pkey", "id")
                                .build()),
                        schema(table("t").col("id", INT8, false, "0").identity("n", INT4, Identity.BY_DEFAULT)
                                .pk("t_pkey", "id").build()), none),
                new Pair("self reference and nullability both ways", schema(table("node").col("id", INT4, false)
                                .col("label", TEXT, false).col("note", TEXT, true).pk("node_pkey", "id").build()),
                        schema(table("node").col("id", INT4, false).col("label", TEXT, true).col("note", TEXT, false)
                                .col("parent", INT4, true).pk("node_pkey", "id")
                                .fk("fk_parent", "parent", "node", "id", ReferentialAction.SET_DEFAULT).build()), none),
                new Pair("comments set, changed and removed", withComments("Customers", "mail", null),
                        withComments(null, "e-mail address", "display name"), none),
                new Pair("enum labels added", typed(List.of("a", "b"), List.of("x")), typed(List.of("z", "a", "m", "b", "c"),
                        List.of("x")), none),
                new Pair("enum labels removed and reordered, composite reshaped", typed(List.of("a", "b", "c"), List.of("x", "y")),
                        typed(List.of("c", "a"), List.of("x", "y", "w")), none),
                new Pair("types created and dropped with their columns", schema(customers()), typed(List.of("a"), List.of("x")),
                        none));
    }

    private static Schema withComments(String tableComment, String emailComment, String nameComment) {
        Table t = customers();
        return schema(t.withComment(tableComment).withColumns(t.columns().stream()
                .map(c -> c.name().equals("email") ? c.withComment(emailComment)
                        : c.name().equals("name") ? c.withComment(nameComment) : c)
                .toList()));
    }

    /** customers with a column of an enum {@code mood} (default its first label) and one of a composite {@code pair}. */
    private static Schema typed(List<String> labels, List<String> attributes) {
        dev.mifty.schema.model.EnumType mood = new dev.mifty.schema.model.EnumType(QualifiedName.of("mood"), labels);
        dev.mifty.schema.model.CompositeType pair = new dev.mifty.schema.model.CompositeType(QualifiedName.of("pair"),
                attributes.stream().map(a -> new dev.mifty.schema.model.CompositeType.Attribute(a, TEXT)).toList());
        Table t = customers();
        List<dev.mifty.schema.model.Column> columns = new java.util.ArrayList<>(t.columns());
        columns.add(new dev.mifty.schema.model.Column("mood", mood.sqlType(), false, "'" + labels.get(0) + "'::mood",
                Identity.NONE, null));
        columns.add(dev.mifty.schema.model.Column.of("pair", pair.sqlType(), true));
        return new Schema(List.of(t.withColumns(columns)), List.of(), List.of(mood), List.of(pair), null);
    }

    private static Table compositeChild() {
        Table t = table("child").col("id", INT4, false).col("ha", INT4, true).col("hb", TEXT, true).pk("child_pkey", "id")
                .build();
        return new Table(t.name(), t.columns(), t.primaryKey(), List.of(new dev.mifty.schema.model.ForeignKey("fk_head",
                List.of("ha", "hb"), QualifiedName.of("head"), List.of("a", "b"), ReferentialAction.CASCADE)),
                List.of(), List.of(), List.of(), null);
    }

    private static Table customers2() {
        return table("customers").col("id", INT8, false).col("email", SqlType.varchar(100), false)
                .col("name", TEXT, true, "'x'::text").pk("customers_pkey", "id")
                .unique("uk_email", "email").build();
    }
}
