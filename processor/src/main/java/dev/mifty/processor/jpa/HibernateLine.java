package dev.mifty.processor.jpa;

import java.util.Locale;

/**
 * The Hibernate ORM line whose mapping rules apply ({@code 6.6}, {@code 7.0} ... {@code 7.4}), and the
 * one place that answers every question whose answer changed between 6.6 and 7.4. Mappers ask it;
 * they never compare versions themselves (the habit of Hibernate's own {@code Dialect}).
 *
 * <p>Each rule names the first line it applies to. "Measured" means Hibernate's own {@code create} was
 * run on PostgreSQL by the oracle tests on every line: 6.6.56, 7.2.19 and 7.4.15 in every build
 * (modules {@code processor}, {@code oracle/hibernate-7.2}, {@code oracle/hibernate-7.4}), 7.0.10, 7.1.10
 * and 7.3.7 with {@code -Pall-lines} ({@code oracle/hibernate-7.0}, {@code -7.1}, {@code -7.3}). Each
 * threshold is the first of those lines that showed the rule.
 *
 * @param major 6 or 7
 * @param minor the minor version
 */
public record HibernateLine(int major, int minor) implements Comparable<HibernateLine> {

    public static final HibernateLine V6_6 = new HibernateLine(6, 6);
    public static final HibernateLine V7_0 = new HibernateLine(7, 0);
    public static final HibernateLine V7_1 = new HibernateLine(7, 1);
    public static final HibernateLine V7_2 = new HibernateLine(7, 2);
    public static final HibernateLine V7_3 = new HibernateLine(7, 3);
    public static final HibernateLine V7_4 = new HibernateLine(7, 4);

    /** The lines Mifty knows; {@code mifty.hibernate} accepts exactly these. */
    public static final java.util.List<HibernateLine> KNOWN = java.util.List.of(V6_6, V7_0, V7_1, V7_2, V7_3, V7_4);

    /** {@code 6.6}, {@code 7.4}. */
    @Override
    public String toString() {
        return major + "." + minor;
    }

    /** Parses {@code 7.4} (or {@code 7.4.15.Final}: the patch is ignored); null when it is no known line. */
    public static HibernateLine parse(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.strip().toLowerCase(Locale.ROOT).split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            HibernateLine line = new HibernateLine(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            return KNOWN.contains(line) ? line : nearestKnown(line);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A patch line outside {@link #KNOWN} (6.5, 7.5): the nearest known one of the same major, else null. */
    private static HibernateLine nearestKnown(HibernateLine line) {
        HibernateLine best = null;
        for (HibernateLine k : KNOWN) {
            if (k.major == line.major && (best == null || Math.abs(k.minor - line.minor) < Math.abs(best.minor - line.minor))) {
                best = k;
            }
        }
        return best;
    }

    @Override
    public int compareTo(HibernateLine o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    private boolean atLeast(HibernateLine line) {
        return compareTo(line) >= 0;
    }

    /** The class-name part of the upgrade migration: {@code UpgradeToHibernate74}. */
    public String migrationSuffix() {
        return "Hibernate" + major + minor;
    }

    // ---- naming -------------------------------------------------------------------------------

    /**
     * Snake case splits after a digit ({@code s3CoverKey} -> {@code s3_cover_key}) and leaves quoted
     * names alone. Spring Boot 4 (Hibernate 7) uses Hibernate's {@code PhysicalNamingStrategySnakeCaseImpl}
     * (new in 7.0; Boot 3.5 used {@code CamelCaseToUnderscoresNamingStrategy}, which does not split there).
     * Measured: from 7.0 (Boot 4's strategy in the oracle of each 7.x line).
     */
    boolean snakeCaseSplitsAfterDigits() {
        return atLeast(V7_0);
    }

    // ---- types --------------------------------------------------------------------------------

    /**
     * The default fractional-second precision of {@code time} columns: 0 since 7.0, 6 in 6.6.
     * Measured: 6.6 {@code time(6)}, {@code time(0)} from 7.0.
     */
    int defaultTimePrecision() {
        return atLeast(V7_0) ? 0 : 6;
    }

    /**
     * A primitive with {@code @Basic} (and no {@code @Column}) is NOT NULL; with {@code @Column} it is
     * nullable on every line. Measured: 6.6 nullable, NOT NULL from 7.0.
     */
    boolean primitiveWithBasicNotNull() {
        return atLeast(V7_0);
    }

    // ---- checks -------------------------------------------------------------------------------

    /**
     * A check on the discriminator column listing the hierarchy's values (Hibernate 7's
     * {@code DiscriminatorColumnSecondPass}). Measured: absent in 6.6, present from 7.0.
     */
    boolean discriminatorCheck() {
        return atLeast(V7_0);
    }

    /**
     * For each concrete SINGLE_TABLE subclass, a check that its non-optional columns are set on its
     * rows ({@code (dtype <> 'Cat') or (indoor is not null)}, Hibernate 7's
     * {@code SingleTableSubclass.createConstraints}); the subclass's non-optional join columns become
     * nullable in turn. Measured: absent in 6.6 and 7.0, present from 7.1.
     */
    boolean singleTableSubclassChecks() {
        return atLeast(V7_1);
    }

    /**
     * A check listing the database values of an enum behind an {@code AttributeConverter} (Hibernate
     * runs the converter on every constant). Measured: absent in 6.6, present from 7.0. Mifty
     * cannot run a user's converter while it compiles; it warns instead.
     */
    boolean convertedEnumCheck() {
        return atLeast(V7_0);
    }

    /**
     * An {@code @OrderColumn} gets {@code check (x_order >= 0)}. Measured: absent up to 7.2, present from 7.3.
     */
    boolean orderColumnCheck() {
        return atLeast(V7_3);
    }

    // ---- nullability --------------------------------------------------------------------------

    /** {@code @Version} columns are NOT NULL. Measured: nullable up to 7.2, NOT NULL from 7.3. */
    boolean versionNotNull() {
        return atLeast(V7_3);
    }

    /**
     * {@code @CreationTimestamp}, {@code @UpdateTimestamp} and {@code @CurrentTimestamp} columns are NOT
     * NULL. Measured: nullable up to 7.3, NOT NULL in 7.4.
     */
    boolean generatedTimestampsNotNull() {
        return atLeast(V7_4);
    }

    // ---- generators -------------------------------------------------------------------------

    /**
     * {@code @GeneratedValue} (AUTO) picks its generator from the id member's declared type: a {@code UUID}
     * id declared through a type variable (Spring Data's {@code AbstractPersistable<UUID>}: {@code PK id})
     * gets the entity's sequence, not a UUID generator. 6.6 resolves the type variable. Measured: a UUID
     * generator in 6.6, {@code <table>_seq} in 7.x.
     */
    boolean autoGeneratorReadsDeclaredType() {
        return atLeast(V7_0);
    }

    // ---- keys of collection tables -----------------------------------------------------------

    /**
     * An element-collection {@code Set} whose columns may be null (so it has no primary key) gets a
     * unique constraint over the owner key and the element columns. Measured: absent up to 7.3, present in 7.4.
     */
    boolean elementSetUnique() {
        return atLeast(V7_4);
    }

    /**
     * The element columns of an element-collection {@code Set} are ordered by the size of their JDBC type, not of
     * their DDL type: 7.4's {@code Set.createPrimaryKey} asks each element column whether it is a LOB
     * ({@code Column.isSqlTypeLob}) before the value is resolved, which caches the JDBC type code
     * ({@code DoubleJdbcType}: {@code DOUBLE}, 8 bytes) where {@code BasicValue.resolveColumn} would have set the DDL
     * code ({@code FLOAT} with precision 53, 4 bytes). So a {@code Double} element sorts as 8 bytes (after an
     * {@code int8} named before it). Skipped, as there, when the table already has a unique key, or at the first
     * LOB element column. Measured: 6.6 and 7.2 4 bytes, 7.4 8 bytes (set {@code collections},
     * {@code board_dimensions}); source: {@code org.hibernate.mapping.Set#createPrimaryKey} of 7.4.15 and 7.2.19.
     */
    boolean elementSetColumnsSizedByJdbcType() {
        return atLeast(V7_4);
    }

    /**
     * The join table of a unidirectional {@code @OneToMany} {@code Set} is keyed by the element
     * column(s) alone (each target row belongs to one owner), not by owner + element with a unique
     * element. Measured: owner + element up to 7.3, element only in 7.4.
     */
    boolean oneToManyJoinTableKeyedByElement() {
        return atLeast(V7_4);
    }

    /**
     * {@code @OnDelete(action = CASCADE)} on a {@code @ManyToMany} cascades the join table's owner
     * foreign key. Measured: ignored by 6.6 and 7.0, honoured from 7.1.
     */
    boolean onDeleteOnJoinTable() {
        return atLeast(V7_1);
    }
}
