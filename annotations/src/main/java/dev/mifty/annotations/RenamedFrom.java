package dev.mifty.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity or a persistent field (or getter) as renamed, so that the generated migration
 * renames the table or column and keeps its data instead of dropping and re-adding it.
 *
 * <p>On a field or getter: the old field name or the old column name. On an entity: the old
 * entity name or the old table name. The annotation can stay in the code after the migration is
 * generated; once the snapshot no longer has the old name it has no effect.
 *
 * <pre>{@code
 * @RenamedFrom("phone")
 * private String mobile;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {
    /** The old name (field or column; entity or table). */
    String value();
}
