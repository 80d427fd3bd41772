package dev.mifty.processor.jpa;

import dev.mifty.processor.diag.Diagnostics;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * JPA elements -> schema model, following Hibernate ORM 6.6's mapping rules on PostgreSQL.
 * Every problem is reported on its element through {@link Diagnostics}; an entity with errors
 * contributes nothing.
 */
public final class JpaModelReader {

    private final ProcessingEnvironment env;
    private final Naming naming;
    private final Diagnostics diagnostics;

    public JpaModelReader(ProcessingEnvironment env, Naming naming, Diagnostics diagnostics) {
        this.env = env;
        this.naming = naming;
        this.diagnostics = diagnostics;
    }

    /** Reads every entity (with the embeddables and mapped superclasses they use). */
    public MappedModel read(Set<TypeElement> entities) {
        throw new UnsupportedOperationException("TODO: issue 3");
    }
}
