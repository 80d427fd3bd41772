package dev.mifty.example;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming (its {@code SpringImplicitNamingStrategy}): a join table is
 * {@code <owner table>_<property>}. With Hibernate's {@code CamelCaseToUnderscoresNamingStrategy}
 * this is what Mifty's default {@code mifty.naming=snake_case} maps to. A Spring Boot application
 * has both by default and needs neither this class nor any setting.
 */
public final class SpringLikeImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
