package dev.mifty.processor.jpa;

import dev.mifty.schema.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * One entity, resolved once by {@link EntityResolver} (Hibernate's {@code PersistentClass}): where it sits
 * in its hierarchy, its tables, its attributes with their resolved annotations, and its key columns. The
 * mappers build tables from it and never ask the annotations for these facts again.
 */
final class ResolvedEntity {

    enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    static final String SUBSELECT = "org.hibernate.annotations.Subselect";

    /** The root's discriminator column as declared: {@code @DiscriminatorColumn}, if any. */
    final Optional<AnnotationMirror> discriminatorColumn;
    final TypeElement element;
    /** The simple class name, for messages. */
    final String label;
    /** {@code @Entity(name)} or the simple class name. */
    final String entityName;
    /** The nearest superclass that is an entity, or null for a root. */
    final ResolvedEntity parent;
    final ResolvedEntity root;
    /** The root's {@code @Inheritance} strategy (SINGLE_TABLE without one). */
    final Strategy strategy;
    final boolean isAbstract;
    final Attributes.Access access;
    /** {@code @Table(name)} or the entity name, before physical naming. */
    final String logicalTable;
    /** The table named for this class ({@code @Table(name, schema)} or the implicit name), physical. */
    final QualifiedName ownTable;
    /**
     * Hibernate's {@code @Subselect}: an entity over a query, with no table; foreign keys to it are not created
     * ({@code ForeignKey.isPhysicalConstraint}: the referenced table is not physical), on every line.
     */
    final boolean subselect;
    /** The class's own {@code @SecondaryTable}s, in declaration order. */
    final List<SecondaryTable> secondaryTables;

    /** Entity subclasses of this compilation whose parent is this entity, by qualified name. */
    private final List<ResolvedEntity> children = new ArrayList<>();
    private List<ResolvedAttribute> tableAttributes;
    private List<ResolvedAttribute> allAttributes;
    /** Set once by {@link KeyResolver}, on first use (keys of a derived id need the target's keys). */
    List<KeyColumn> keys;

    ResolvedEntity(TypeElement element, String entityName, ResolvedEntity parent, Strategy strategy, boolean isAbstract,
                   Attributes.Access access, String logicalTable, QualifiedName ownTable, List<SecondaryTable> secondaryTables,
                   Optional<AnnotationMirror> discriminatorColumn) {
        this.element = element;
        this.label = Ann.simpleName(element);
        this.entityName = entityName;
        this.parent = parent;
        this.root = parent == null ? this : parent.root;
        this.strategy = strategy;
        this.isAbstract = isAbstract;
        this.access = access;
        this.logicalTable = logicalTable;
        this.ownTable = ownTable;
        this.secondaryTables = secondaryTables;
        this.subselect = Ann.has(element, SUBSELECT) || parent != null && parent.subselect;
        this.discriminatorColumn = discriminatorColumn;
    }

    void attributes(List<ResolvedAttribute> table, List<ResolvedAttribute> all) {
        this.tableAttributes = List.copyOf(table);
        this.allAttributes = List.copyOf(all);
    }

    void addChild(ResolvedEntity child) {
        children.add(child);
    }

    /**
     * The classes whose attributes this entity's table holds: itself and, for a SINGLE_TABLE root, all its
     * descendants, each followed by its own (only complete once the resolver has linked the children).
     */
    List<ResolvedEntity> sharingTable() {
        List<ResolvedEntity> out = new ArrayList<>();
        out.add(this);
        if (isRoot() && strategy == Strategy.SINGLE_TABLE) {
            addDescendants(out);
        }
        return out;
    }

    private void addDescendants(List<ResolvedEntity> into) {
        for (ResolvedEntity child : children) {
            into.add(child);
            child.addDescendants(into);
        }
    }

    boolean isRoot() {
        return parent == null;
    }

    List<ResolvedEntity> children() {
        return children;
    }

    boolean hasHierarchy() {
        return !children.isEmpty();
    }

    boolean isSingleTableSubclass() {
        return parent != null && strategy == Strategy.SINGLE_TABLE;
    }

    /** The table the entity's own columns live in (the root's for a SINGLE_TABLE subclass). */
    QualifiedName table() {
        return isSingleTableSubclass() ? root.ownTable : ownTable;
    }

    /**
     * False for a TABLE_PER_CLASS entity with subclasses (or abstract): its rows live in several tables,
     * so Hibernate makes no foreign key to it; false for a {@link #subselect} entity (no table at all).
     */
    boolean hasForeignKeyTarget() {
        return !subselect && (strategy != Strategy.TABLE_PER_CLASS || (!isAbstract && children.isEmpty()));
    }

    /**
     * The persistent attributes stored in the entity's own table, superclass first: those of the mapped
     * superclasses between it and its parent entity.
     */
    List<ResolvedAttribute> tableAttributes() {
        return tableAttributes;
    }

    /** Every attribute of the class and all its superclasses (entities and mapped superclasses), superclass first. */
    List<ResolvedAttribute> allAttributes() {
        return allAttributes;
    }

    /** What goes into the entity's table: the whole chain for TABLE_PER_CLASS, else its own attributes. */
    List<ResolvedAttribute> mappedAttributes() {
        return strategy == Strategy.TABLE_PER_CLASS ? allAttributes : tableAttributes;
    }

    /** The id attributes of the hierarchy ({@code @Id}, {@code @EmbeddedId}), found from the root. */
    List<ResolvedAttribute> ids() {
        return root.allAttributes.stream().filter(ResolvedAttribute::isId).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
