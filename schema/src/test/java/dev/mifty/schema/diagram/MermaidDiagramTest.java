package dev.mifty.schema.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidDiagramTest {

    @Test
    void tablesColumnsKeysAndRelations() {
        Table customer = new Table(QualifiedName.of("customer"), List.of(
                Column.of("id", SqlType.of("int8"), false),
                Column.of("email", SqlType.varchar(255), false),
                Column.of("Full Name", SqlType.numeric(19, 2), true)),
                new PrimaryKey("customer_pkey", List.of("id")), List.of(),
                List.of(new UniqueConstraint("customer_email_key", List.of("email"))), List.of(), List.of(), null);
        Table order = new Table(QualifiedName.of("shop", "order"), List.of(
                Column.of("id", SqlType.of("int8"), false),
                Column.of("customer_id", SqlType.of("int8"), true)),
                new PrimaryKey("order_pkey", List.of("id")),
                List.of(new ForeignKey("order_customer_fk", List.of("customer_id"), QualifiedName.of("customer"),
                        List.of("id"), ReferentialAction.NO_ACTION)), List.of(), List.of(), List.of(), null);
        Table passport = new Table(QualifiedName.of("passport"), List.of(Column.of("customer_id", SqlType.of("int8"), false)),
                new PrimaryKey("passport_pkey", List.of("customer_id")),
                List.of(new ForeignKey("passport_customer_fk", List.of("customer_id"), QualifiedName.of("customer"),
                        List.of("id"), ReferentialAction.CASCADE)), List.of(), List.of(), List.of(), null);
        Schema schema = new Schema(List.of(customer, order, passport), List.of());
        assertThat(MermaidDiagram.erDiagram(schema)).isEqualTo("""
                erDiagram
                    customer {
                        bigint id PK
                        varchar(255) email UK "not null"
                        numeric(19_2) Full_Name "column Full Name"
                    }
                    passport {
                        bigint customer_id PK, FK
                    }
                    "shop.order" {
                        bigint id PK
                        bigint customer_id FK
                    }
                    customer ||--o| passport : "passport_customer_fk"
                    customer |o--o{ "shop.order" : "order_customer_fk"
                """);
        assertThat(MermaidDiagram.markdown(schema)).startsWith("<!--").contains("```mermaid\nerDiagram\n").endsWith("```\n");
        assertThat(MermaidDiagram.markdown(schema)).isEqualTo(MermaidDiagram.markdown(schema));
    }
}
