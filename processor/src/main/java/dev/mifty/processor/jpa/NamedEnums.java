package dev.mifty.processor.jpa;

import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * The PostgreSQL enum type Hibernate creates for {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} (and
 * {@code NAMED_ORDINAL_ENUM}), the same on 6.6, 7.2 and 7.4 ({@code PostgreSQLEnumJdbcType.addAuxiliaryDatabaseObjects}):
 * {@code create type <Class.getSimpleName()> as enum (...)} in the default schema, the name written unquoted
 * (so PostgreSQL folds it: {@code BookGenre} -> {@code bookgenre}; no naming strategy applies), the labels
 * the constants' names, sorted ({@code Arrays.sort}) for {@code NAMED_ENUM}, in declaration order for
 * {@code NAMED_ORDINAL_ENUM}. The column has no check: the type restricts its values.
 */
final class NamedEnums {

    private NamedEnums() {
    }

    static EnumType of(TypeElement enumClass, boolean sorted) {
        List<String> labels = new ArrayList<>(enumClass.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString()).toList());
        if (sorted) {
            labels.sort(null);
        }
        String name = enumClass.getSimpleName().toString().toLowerCase(Locale.ROOT);
        return new EnumType(QualifiedName.of(name), labels);
    }
}
