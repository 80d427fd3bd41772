package dev.mifty.processor.jpa;

/** Every mapping error the reader reports: a stable id and a message that says what to do. */
final class MappingErrors {

    static final String NO_ID = "no-id";
    static final String UNMAPPED_TYPE = "unmapped-type";
    static final String DUPLICATE_COLUMN = "duplicate-column";
    static final String INVALID_IDENTIFIER = "invalid-identifier";
    static final String NOT_AN_ENTITY = "relationship-target";
    static final String UNKNOWN_COLUMN = "unknown-column";
    static final String DUPLICATE_TABLE = "duplicate-table";
    static final String UNKNOWN_TABLE = "unknown-table";
    static final String COLLECTION_KEY_TABLE = "collection-key-table";
    static final String UNSUPPORTED = "unsupported";
    static final String INTERNAL = "internal";
    /** A warning: something that changes Hibernate's DDL which Mifty does not create. */
    static final String NOT_MAPPED = "not-mapped";

    private MappingErrors() {
    }

    static String convertedEnumCheck(String attribute, String table, String column, String line) {
        return attribute + " is an enum behind an AttributeConverter: Hibernate " + line + " adds a check on "
                + table + "." + column + " listing the converter's value for every constant, which Mifty could not"
                + " compute from the converter's source while compiling (it evaluates name(), ordinal(), literal"
                + " constructor fields, switch expressions and String methods) and does not create; add it in a"
                + " hand-written migration if you want it"
                + " (or @Enumerated instead of the converter)";
    }

    static String convertedBooleanCheck(String attribute, String table, String column, String converter) {
        return attribute + " is a Boolean behind " + converter + ": Hibernate adds a check on " + table + "."
                + column + " listing the converter's values for false and true, which Mifty cannot compute while"
                + " compiling and does not create; add it in a hand-written migration if you want it";
    }

    static String notMapped(String element, String what) {
        return element + " uses " + what + ", which changes Hibernate's schema but is not mapped by Mifty yet:"
                + " the generated migration leaves it out (write it in a hand-written migration)";
    }

    static String noId(String entity) {
        return "entity " + entity + " has no id: annotate one field (or getter) with @Id or @EmbeddedId,"
                + " or inherit one from an @Entity or @MappedSuperclass superclass";
    }

    static String unmappedType(String entity, String attribute, String type) {
        return "cannot map " + entity + "." + attribute + " of type " + type + " to a column: use a supported"
                + " basic type, annotate it with @Convert(converter = ...) (an AttributeConverter), @Embedded,"
                + " a relationship (@ManyToOne, @OneToMany, ...) or @ElementCollection, or mark it @Transient";
    }

    static String entityWithoutRelationship(String entity, String attribute, String type) {
        return entity + "." + attribute + " refers to the entity " + type + " without a relationship annotation:"
                + " annotate it with @ManyToOne or @OneToOne (or mark it @Transient)";
    }

    static String duplicateColumn(String table, String column, String first, String second) {
        return "column " + column + " of table " + table + " is mapped twice, by " + first + " and by " + second
                + ": give one of them another name with @Column(name = ...) (or @AttributeOverride for an"
                + " embedded field), or make one read-only with insertable = false, updatable = false";
    }

    static String invalidIdentifier(String kind, String name) {
        return "the " + kind + " name '" + name + "' is not a valid PostgreSQL identifier (1 to 63 bytes;"
                + " letters, digits, _ and $, not starting with a digit, unless quoted): choose another name";
    }

    static String reservedWord(String kind, String name) {
        String suggestion = switch (kind) {
            case "table" -> "@Table(name = \"" + name + "s\")";
            case "join table" -> "@JoinTable(name = \"" + name + "s\")";
            case "collection table" -> "@CollectionTable(name = \"" + name + "s\")";
            case "join column" -> "@JoinColumn(name = \"" + name + "_id\")";
            default -> "@Column(name = \"" + name + "_value\")";
        };
        return "the " + kind + " name '" + name + "' is a reserved word in PostgreSQL, and Hibernate writes names"
                + " unquoted, so its SQL would fail: choose another name (e.g. " + suggestion + "),"
                + " or quote it with back-ticks (\"`" + name + "`\")";
    }

    static String notAnEntity(String entity, String attribute, String annotation, String type) {
        return entity + "." + attribute + " is a " + annotation + " to " + type + ", which is not an @Entity:"
                + " annotate " + type + " with @Entity, point targetEntity to an entity, or use @Embedded /"
                + " @ElementCollection for a value type";
    }

    static String unknownColumn(String where, String column, String table) {
        return where + " names the column " + column + ", which table " + table + " does not have:"
                + " use the column name (not the field name, unless they are the same)";
    }

    static String unknownSecondaryTable(String attribute, String annotation, String table, String entity) {
        String written = annotation.equals("@EmbeddedTable") ? annotation + "(\"" + table + "\")"
                : annotation + "(table = \"" + table + "\")";
        return attribute + " puts its column in table " + table + " (" + written
                + "), which " + entity + " does not declare, so Hibernate refuses it at start-up: declare it with"
                + " @SecondaryTable(name = \"" + table + "\") on " + entity + ", or name the entity's own table";
    }

    static String collectionKeyInOtherTable(String attribute, String table, String ownTable) {
        return attribute + "'s join column names table " + table + ", but a one-to-many's or element collection's key"
                + " cannot live in a secondary table (Hibernate refuses it: \"has foreign key in secondary table\"):"
                + " leave table out, or name " + ownTable;
    }

    static String duplicateTable(String table, String first, String second) {
        return "table " + table + " is mapped twice, by " + first + " and by " + second
                + ": give one of them another name with @Table(name = ...), @JoinTable or @CollectionTable";
    }

    static String unsupported(String where, String feature) {
        return where + " uses " + feature + ", which Mifty cannot map yet: map it another way, or write this"
                + " part of the schema in a hand-written migration (@Migration)";
    }

    static String internal(String entity, Throwable e) {
        return "internal error of the Mifty processor while reading " + entity + ": " + e
                + " (please report it with the entity's source)";
    }
}
