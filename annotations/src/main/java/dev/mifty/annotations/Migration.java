package dev.mifty.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class implementing {@code dev.mifty.runtime.Migration} as a migration of this
 * compilation. The Mifty processor lists every such class in the manifest, in version order.
 *
 * <p>Generated migrations carry it with {@code generated = true} and the snapshot hashes they
 * lead from and to; hand-written ones ({@code migration:create}) only need a version and name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Migration {
    /** The version, {@code yyyyMMddHHmmss} by convention; migrations run in ascending version order. */
    String version();

    /** A short description in snake_case, e.g. {@code add_phone_to_customers}. */
    String name();

    /** True for migrations written by the Mifty processor or {@code schema:diff --output}. */
    boolean generated() default false;

    /**
     * For generated migrations: the hash of the snapshot this migration was generated from.
     * Two migrations with the same {@code from} were generated on two branches from the same
     * schema; the processor reports that as an error naming both.
     */
    String from() default "";

    /** For generated migrations: the hash of the snapshot after this migration. */
    String to() default "";

    /**
     * For a squash ({@code migration:squash --to=VERSION}): the last version it replaces. It
     * stands for every migration up to and including that version: a database without any of
     * them runs only the squash, a database that applied them all counts it as applied, and a
     * database that applied some gets the rest of them, never the squash. Empty for other migrations.
     */
    String replaces() default "";
}
