package dev.mifty.processor.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.junit.jupiter.api.Test;

class NamingTest {

    private static final List<String> NAMES = List.of("fullName", "customer_orderId", "URL", "myURLValue",
            "address2Line", "line2Address", "a", "AB", "Order", "OrderLine", "order.lineItems", "already_snake",
            "HTTPRequest", "x1Y2z", "DTYPE", "tags_ORDER", "attributes_KEY");

    @Test
    void snakeCaseIsHibernatesCamelCaseToUnderscoresThenFolded() {
        CamelCaseToUnderscoresNamingStrategy hibernate = new CamelCaseToUnderscoresNamingStrategy();
        for (String name : NAMES) {
            // a null JdbcEnvironment: Hibernate's strategy then treats names as case-insensitive (lower-cases them)
            String expected = hibernate.toPhysicalColumnName(Identifier.toIdentifier(name), null).getText();
            assertThat(Naming.SNAKE_CASE.physical(name)).as(name).isEqualTo(expected);
        }
    }

    @Test
    void jpaKeepsNamesAndPostgresFoldsThem() {
        assertThat(Naming.JPA.physical("OrderLine")).isEqualTo("orderline");
        assertThat(Naming.JPA.physical("customer_orderId")).isEqualTo("customer_orderid");
    }

    @Test
    void quotedNamesKeepTheirCase() {
        assertThat(Naming.SNAKE_CASE.physical("`OrderLine`")).isEqualTo("OrderLine");
        assertThat(Naming.JPA.physical("\"Mixed Case\"")).isEqualTo("Mixed Case");
    }

    @Test
    void parsesTheOption() {
        assertThat(Naming.fromOption(null)).isEqualTo(Naming.SNAKE_CASE);
        assertThat(Naming.fromOption("jpa")).isEqualTo(Naming.JPA);
        assertThatThrownBy(() -> Naming.fromOption("camel")).hasMessageContaining("snake_case or jpa");
    }
}
