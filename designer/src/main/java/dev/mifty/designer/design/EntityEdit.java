package dev.mifty.designer.design;

/** One change to the entities, as the page asks for it. Names are Java names; {@code entity} is the class's simple or qualified name. */
public sealed interface EntityEdit {

    /** The entity whose source the edit changes (for {@link AddEntity}: the new class). */
    String entity();

    /** A new entity class with a generated {@code Long id}, in {@code packageName} (null: the package most entities are in). */
    record AddEntity(String entity, String packageName) implements EntityEdit {
    }

    /**
     * A new persistent field of a basic type ({@link FieldTypes}); {@code length} only for strings,
     * {@code accessors}: add a getter and a setter.
     */
    record AddField(String entity, String name, String type, boolean nullable, Integer length, boolean unique,
                    boolean accessors) implements EntityEdit {
    }

    /** Renames a field (and its uses in the class) and records the old name with {@code @RenamedFrom}, so the column keeps its data. */
    record RenameField(String entity, String from, String to) implements EntityEdit {
    }

    /** Removes a field and the getter and setter that use it. */
    record RemoveField(String entity, String name) implements EntityEdit {
    }

    /** A new relation to another entity: {@code ManyToOne} (foreign key), {@code OneToOne} (unique foreign key) or {@code ManyToMany} (join table). */
    record AddRelation(String entity, String name, String kind, String target, boolean optional, boolean accessors)
            implements EntityEdit {
    }
}
