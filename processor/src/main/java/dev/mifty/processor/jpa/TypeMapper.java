package dev.mifty.processor.jpa;

import dev.mifty.schema.model.SqlType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Java type (+ {@code @Lob}, {@code @Temporal}, {@code @Enumerated}, {@code @Column}, converters) -> PostgreSQL type, as Hibernate 6.6 maps it. */
final class TypeMapper {

    /** PostgreSQL's largest {@code varchar} length; Hibernate uses {@code text} above it. */
    static final int MAX_VARCHAR = 10_485_760;

    static final String JDBC_TYPE_CODE = "org.hibernate.annotations.JdbcTypeCode";
    /** {@code org.hibernate.type.SqlTypes.JSON} and {@code SQLXML} (Hibernate is not on the processor path). */
    private static final int SQL_TYPES_JSON = 3001;
    private static final int SQL_TYPES_SQLXML = 2009;
    private static final int SQL_TYPES_VARCHAR = 12;
    private static final int SQL_TYPES_BOOLEAN = 16;
    private static final int SQL_TYPES_NUMERIC = 2;
    private static final int SQL_TYPES_DECIMAL = 3;
    private static final int SQL_TYPES_FLOAT = 6;
    private static final int SQL_TYPES_REAL = 7;
    private static final int SQL_TYPES_DOUBLE = 8;
    static final int SQL_TYPES_UUID = 3000;
    /** {@code SqlTypes.TINYINT}, {@code SMALLINT}, {@code INTEGER}, {@code BIGINT} -> PostgreSQL's type. */
    static final java.util.Map<Integer, String> INTEGER_CODES = java.util.Map.of(-6, "int2", 5, "int2", 4, "int4", -5, "int8");
    /** {@code SqlTypes.NAMED_ENUM}: a PostgreSQL enum type, labels sorted; {@code NAMED_ORDINAL_ENUM}: in ordinal order. */
    static final int SQL_TYPES_NAMED_ENUM = 6001;
    static final int SQL_TYPES_NAMED_ORDINAL_ENUM = 6003;
    /** The collection types Hibernate (6.2+) maps to a PostgreSQL array when their element is basic and nothing makes them a collection. */
    private static final java.util.Set<String> BASIC_PLURAL = java.util.Set.of(
            "java.util.List", "java.util.Set", "java.util.SortedSet", "java.util.Collection");

    private final Types types;
    private final HibernateLine line;
    private final List<TypeElement> autoApplied;

    /** @param autoApplied the {@code @Converter(autoApply = true)} classes Hibernate would find */
    TypeMapper(Types types, HibernateLine line, List<TypeElement> autoApplied) {
        this.types = types;
        this.line = line;
        this.autoApplied = List.copyOf(autoApplied);
    }

    /** The type of a basic attribute, or empty when Hibernate has no mapping for it. */
    Optional<BasicType> map(TypeMirror type, Element attribute) {
        return map(type, attribute, Ann.find(attribute, "Column"));
    }

    /** As {@link #map(TypeMirror, Element)}, with the {@code @Column} that applies (an override's, when there is one). */
    Optional<BasicType> map(TypeMirror type, Element attribute, Optional<AnnotationMirror> column) {
        Hints hints = new Hints(column, Ann.has(attribute, "Lob"),
                Ann.find(attribute, "Enumerated").map(e -> Ann.enumName(e, "value")).orElse("ORDINAL"),
                Ann.find(attribute, "Temporal").map(t -> Ann.enumName(t, "value")).orElse("TIMESTAMP"));
        Optional<TypeMirror> converted = converterTarget(attribute);
        Optional<BasicType> byCode = jdbcTypeCode(attribute, type, hints, converted.isPresent());
        if (byCode.isPresent()) {
            return byCode;
        }
        if (converted.isPresent()) {
            return mapPlain(converted.get(), hints, false);
        }
        return mapPlain(type, hints, true);
    }

    /**
     * Hibernate's {@code @JdbcTypeCode}: {@code SqlTypes.JSON} (jsonb on PostgreSQL), {@code SQLXML} (xml),
     * the integer codes (an enum keeps its ordinal check in that type), {@code VARCHAR} (a {@code UUID} or
     * other value as text of the column's length; an enum as its names, with its check), {@code BOOLEAN},
     * {@code UUID}, the numeric codes and, on an enum without a converter, {@code SqlTypes.NAMED_ENUM} /
     * {@code NAMED_ORDINAL_ENUM} (a PostgreSQL enum type).
     */
    private Optional<BasicType> jdbcTypeCode(Element attribute, TypeMirror type, Hints hints, boolean converted) {
        Optional<AnnotationMirror> code = Ann.find(attribute, JDBC_TYPE_CODE);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        int value = Ann.integer(code.get(), "value");
        String integer = INTEGER_CODES.get(value);
        if (integer != null) {
            Element element = types.asElement(type);
            if (element != null && element.getKind() == ElementKind.ENUM) {
                BasicType ordinal = mapEnum((TypeElement) element, "ORDINAL", 255, true);
                return Optional.of(new BasicType(SqlType.of(integer), ordinal.enumConstants(), true));
            }
            return basic(integer);
        }
        Element javaType = types.asElement(type);
        if (value == SQL_TYPES_VARCHAR && javaType != null && javaType.getKind() == ElementKind.ENUM) {
            // an enum as text keeps its IN check (its names: Hibernate stores names in a VARCHAR column)
            return Optional.of(mapEnum((TypeElement) javaType, "STRING", hints.column()
                    .filter(c -> Ann.isSet(c, "length")).map(c -> Ann.integer(c, "length")).orElse(255), true));
        }
        return switch (value) {
            case SQL_TYPES_JSON -> basic("jsonb");
            case SQL_TYPES_SQLXML -> basic("xml");
            case SQL_TYPES_NAMED_ENUM, SQL_TYPES_NAMED_ORDINAL_ENUM -> converted ? Optional.empty()
                    : enumElement(type).map(e -> BasicType.of(NamedEnums.of(e, value == SQL_TYPES_NAMED_ENUM)));
            case SQL_TYPES_VARCHAR -> Optional.of(BasicType.of(SqlType.varchar(hints.column()
                    .filter(c -> Ann.isSet(c, "length")).map(c -> Ann.integer(c, "length"))
                    .orElse(isUuid(type) ? 36 : 255)))); // a UUID's text is 36 characters
            case SQL_TYPES_BOOLEAN -> basic("bool");
            case SQL_TYPES_NUMERIC, SQL_TYPES_DECIMAL -> Optional.of(BasicType.of(SqlType.numeric(
                    hints.column().map(c -> Ann.integer(c, "precision")).filter(p -> p > 0).orElse(38),
                    hints.column().map(c -> Ann.integer(c, "scale")).filter(x -> x > 0).orElse(2))));
            case SQL_TYPES_FLOAT, SQL_TYPES_DOUBLE -> basic("float8");
            case SQL_TYPES_REAL -> basic("float4");
            case SQL_TYPES_UUID -> basic("uuid");
            default -> Optional.empty();
        };
    }

    private boolean isUuid(TypeMirror type) {
        Element e = types.asElement(type);
        return e instanceof TypeElement t && Ann.qualifiedName(t).equals("java.util.UUID");
    }

    /** The enum class of an attribute type, if it is one. */
    private Optional<TypeElement> enumElement(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && types.asElement(type) instanceof TypeElement e
                && e.getKind() == ElementKind.ENUM ? Optional.of(e) : Optional.empty();
    }

    /**
     * True for the {@code @JdbcTypeCode} values Mifty maps on this attribute (JSON, SQLXML, the integer, text,
     * boolean, UUID and numeric codes; the named enums on an enum without a converter).
     */
    boolean isMappedJdbcTypeCode(Element attribute, int code) {
        if (INTEGER_CODES.containsKey(code) || code == SQL_TYPES_JSON || code == SQL_TYPES_SQLXML
                || code == SQL_TYPES_VARCHAR || code == SQL_TYPES_BOOLEAN || code == SQL_TYPES_UUID
                || code == SQL_TYPES_NUMERIC || code == SQL_TYPES_DECIMAL || code == SQL_TYPES_FLOAT
                || code == SQL_TYPES_REAL || code == SQL_TYPES_DOUBLE) {
            return true;
        }
        TypeMirror type = attribute instanceof javax.lang.model.element.ExecutableElement m ? m.getReturnType() : attribute.asType();
        return (code == SQL_TYPES_NAMED_ENUM || code == SQL_TYPES_NAMED_ORDINAL_ENUM)
                && enumElement(type).isPresent() && converterTarget(attribute).isEmpty();
    }

    /** The type of a map's key column ({@code @MapKeyColumn}, {@code @MapKeyEnumerated}, {@code @MapKeyTemporal}). */
    Optional<BasicType> mapKey(TypeMirror type, Element attribute) {
        Hints hints = new Hints(Ann.find(attribute, "MapKeyColumn"), false,
                Ann.find(attribute, "MapKeyEnumerated").map(e -> Ann.enumName(e, "value")).orElse("ORDINAL"),
                Ann.find(attribute, "MapKeyTemporal").map(t -> Ann.enumName(t, "value")).orElse("TIMESTAMP"));
        return mapPlain(type, hints, true);
    }

    /** The annotations that shape a basic type. */
    private record Hints(Optional<AnnotationMirror> column, boolean lob, String enumerated, String temporal) {
    }

    /** The database-side type argument of the attribute's {@code @Convert(converter = ...)}, if any. */
    Optional<TypeMirror> converterTarget(Element attribute) {
        Optional<AnnotationMirror> convert = Ann.find(attribute, "Convert");
        if (convert.isPresent() && Ann.bool(convert.get(), "disableConversion")) {
            return Optional.empty();
        }
        if (convert.isEmpty()) {
            return autoApplied(attribute);
        }
        TypeMirror converter = Ann.type(convert.get(), "converter");
        if (converter == null || converter.getKind() != TypeKind.DECLARED
                || Ann.qualifiedName((TypeElement) types.asElement(converter)).equals("void")) {
            return Optional.empty();
        }
        return attributeConverterArgument(converter, 1);
    }

    /** The converter class applied to the attribute ({@code @Convert} or auto-applied), if any. */
    Optional<TypeElement> converterClass(Element attribute) {
        Optional<String> name = converterName(attribute);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<AnnotationMirror> convert = Ann.find(attribute, "Convert");
        if (convert.isPresent()) {
            return Optional.of((TypeElement) types.asElement(Ann.type(convert.get(), "converter")));
        }
        return autoApplied.stream().filter(c -> Ann.qualifiedName(c).equals(name.get())).findFirst();
    }

    /** The qualified name of the converter applied to the attribute ({@code @Convert} or auto-applied), if any. */
    Optional<String> converterName(Element attribute) {
        Optional<AnnotationMirror> convert = Ann.find(attribute, "Convert");
        if (convert.isPresent()) {
            if (Ann.bool(convert.get(), "disableConversion")) {
                return Optional.empty();
            }
            TypeMirror converter = Ann.type(convert.get(), "converter");
            if (converter == null || converter.getKind() != TypeKind.DECLARED) {
                return Optional.empty();
            }
            String name = Ann.qualifiedName((TypeElement) types.asElement(converter));
            return name.equals("void") ? Optional.empty() : Optional.of(name);
        }
        TypeMirror attributeType = attribute instanceof javax.lang.model.element.ExecutableElement m
                ? m.getReturnType() : attribute.asType();
        TypeMirror boxed = attributeType.getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) attributeType).asType() : attributeType;
        for (TypeElement converter : autoApplied) {
            Optional<TypeMirror> entitySide = attributeConverterArgument(converter.asType(), 0);
            if (entitySide.isPresent() && types.isSameType(types.erasure(entitySide.get()), types.erasure(boxed))) {
                return Optional.of(Ann.qualifiedName(converter));
            }
        }
        return Optional.empty();
    }

    private Optional<TypeMirror> autoApplied(Element attribute) {
        TypeMirror attributeType = attribute instanceof javax.lang.model.element.ExecutableElement m
                ? m.getReturnType() : attribute.asType();
        TypeMirror boxed = attributeType.getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) attributeType).asType() : attributeType;
        for (TypeElement converter : autoApplied) {
            Optional<TypeMirror> entitySide = attributeConverterArgument(converter.asType(), 0);
            if (entitySide.isPresent() && types.isSameType(types.erasure(entitySide.get()), types.erasure(boxed))) {
                return attributeConverterArgument(converter.asType(), 1);
            }
        }
        return Optional.empty();
    }

    /** The database-side type of an {@code AttributeConverter} class, mapped as a basic type. */
    Optional<BasicType> converterColumnType(TypeMirror converter) {
        return attributeConverterArgument(converter, 1)
                .flatMap(t -> mapPlain(t, new Hints(Optional.empty(), false, "ORDINAL", "TIMESTAMP"), false));
    }

    private Optional<TypeMirror> attributeConverterArgument(TypeMirror type, int index) {
        for (TypeMirror sup : types.directSupertypes(type)) {
            if (sup instanceof DeclaredType dt && types.asElement(sup) instanceof TypeElement te
                    && Ann.qualifiedName(te).equals("jakarta.persistence.AttributeConverter")) {
                List<? extends TypeMirror> args = dt.getTypeArguments();
                return args.size() == 2 ? Optional.of(args.get(index)) : Optional.empty();
            }
            Optional<TypeMirror> found = attributeConverterArgument(sup, index);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<BasicType> mapPlain(TypeMirror type, Hints hints, boolean enumChecks) {
        Optional<AnnotationMirror> column = hints.column();
        int length = column.map(c -> Ann.integer(c, "length")).orElse(255);
        int precision = column.map(c -> Ann.integer(c, "precision")).orElse(0);
        int scale = column.map(c -> Ann.integer(c, "scale")).orElse(0);
        boolean lob = hints.lob();
        switch (type.getKind()) {
            case BOOLEAN: return basic("bool");
            case BYTE: case SHORT: return basic("int2");
            case INT: return basic("int4");
            case LONG: return basic("int8");
            case FLOAT: return basic("float4");
            case DOUBLE: return basic("float8");
            case CHAR: return Optional.of(BasicType.of(SqlType.bpchar(1)));
            case ARRAY: return mapArray((ArrayType) type, hints);
            case DECLARED: break;
            default: return Optional.empty();
        }
        TypeElement element = (TypeElement) types.asElement(type);
        if (element.getKind() == ElementKind.ENUM) {
            return Optional.of(mapEnum(element, hints.enumerated(), length, enumChecks));
        }
        String name = Ann.qualifiedName(element);
        if (BASIC_PLURAL.contains(name)) {
            List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
            return args.size() == 1 ? arrayOf(args.get(0), hints) : Optional.empty();
        }
        switch (name) {
            case "java.lang.String":
                if (lob) {
                    return basic("oid");
                }
                return Optional.of(BasicType.of(length > MAX_VARCHAR ? SqlType.of("text") : SqlType.varchar(length)));
            case "java.lang.Character": return Optional.of(BasicType.of(SqlType.bpchar(1)));
            case "java.lang.Boolean": return basic("bool");
            case "java.lang.Byte": case "java.lang.Short": return basic("int2");
            case "java.lang.Integer": case "java.time.Year": return basic("int4");
            case "java.lang.Long": return basic("int8");
            case "java.lang.Float": return basic("float4");
            case "java.lang.Double": return basic("float8");
            case "java.math.BigDecimal":
                return Optional.of(BasicType.of(precision > 0 ? SqlType.numeric(precision, scale)
                        : SqlType.numeric(38, scale > 0 ? scale : 2)));
            case "java.math.BigInteger":
                return Optional.of(BasicType.of(SqlType.numeric(precision > 0 ? precision : 38, 0)));
            case "java.util.UUID": return basic("uuid");
            case "java.net.InetAddress": return basic("inet"); // InetAddressJavaType -> SqlTypes.INET
            case "java.time.LocalDate": case "java.sql.Date": return basic("date");
            case "java.time.LocalTime": case "java.time.OffsetTime": case "java.sql.Time":
                return time();
            case "java.time.LocalDateTime": case "java.sql.Timestamp": return temporal("timestamp");
            case "java.time.Instant": case "java.time.OffsetDateTime": case "java.time.ZonedDateTime":
                return temporal("timestamptz");
            case "java.time.Duration": return Optional.of(BasicType.of(SqlType.numeric(21, 0)));
            case "java.sql.Blob": return basic("oid");
            case "java.sql.Clob": case "java.sql.NClob": return basic("oid");
            case "java.net.URL": case "java.util.Locale": case "java.time.ZoneId": case "java.util.TimeZone":
            case "java.lang.Class":
                return Optional.of(BasicType.of(SqlType.varchar(length)));
            case "java.util.Currency": // Hibernate's default length for a currency code is 3
                return Optional.of(BasicType.of(SqlType.varchar(column.isPresent() ? length : 3)));
            case "java.time.ZoneOffset": // and 6 for an offset (+hh:mm)
                return Optional.of(BasicType.of(SqlType.varchar(column.isPresent() ? length : 6)));
            case "java.util.Date": case "java.util.Calendar":
                return mapTemporal(hints.temporal());
            default:
                return serializable(element) ? basic(lob ? "oid" : "bytea") : Optional.empty();
        }
    }

    /**
     * Any other {@code Serializable} class that is no entity, embeddable or mapped superclass: Hibernate's
     * {@code SerializableJavaType} stores its serialized bytes ({@code VARBINARY}, a {@code BLOB} with {@code @Lob}).
     */
    private boolean serializable(TypeElement element) {
        if (Ann.has(element, "Entity") || Ann.has(element, "Embeddable") || Ann.has(element, "MappedSuperclass")) {
            return false;
        }
        return implementsSerializable(element.asType());
    }

    private boolean implementsSerializable(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        if (Ann.qualifiedName((TypeElement) types.asElement(type)).equals("java.io.Serializable")) {
            return true;
        }
        return types.directSupertypes(type).stream().anyMatch(this::implementsSerializable);
    }

    private Optional<BasicType> mapArray(ArrayType array, Hints hints) {
        TypeMirror component = array.getComponentType();
        boolean lob = hints.lob();
        switch (component.getKind()) {
            case BYTE: return basic(lob ? "oid" : "bytea");
            case CHAR:
                if (lob) {
                    return basic("oid");
                }
                int length = hints.column().map(c -> Ann.integer(c, "length")).orElse(255);
                return Optional.of(BasicType.of(length > MAX_VARCHAR ? SqlType.of("text") : SqlType.varchar(length)));
            default:
                return arrayOf(component, hints);
        }
    }

    /**
     * A PostgreSQL array of the element's type ({@code _varchar(40)}, {@code _int4}, {@code _timestamp(6)}): Hibernate 6.2+
     * maps {@code String[]}, {@code Integer[]}, {@code int[]} and a basic {@code List}/{@code Set} without
     * {@code @ElementCollection} so (an enum element keeps no check). {@code Byte[]} and {@code Character[]} make
     * Hibernate fail at boot ({@code hibernate.type.wrapper_array_handling}): not mapped. {@code @Array(length)} only
     * sizes the array in Hibernate's DDL, which PostgreSQL does not record: the same type.
     */
    private Optional<BasicType> arrayOf(TypeMirror element, Hints hints) {
        if (element.getKind() == TypeKind.DECLARED) {
            String name = Ann.qualifiedName((TypeElement) types.asElement(element));
            if (name.equals("java.lang.Byte") || name.equals("java.lang.Character") || BASIC_PLURAL.contains(name)) {
                return Optional.empty();
            }
        } else if (!element.getKind().isPrimitive() || element.getKind() == TypeKind.CHAR || element.getKind() == TypeKind.BYTE) {
            return Optional.empty();
        }
        Hints elementHints = new Hints(hints.column(), false, hints.enumerated(), hints.temporal());
        return mapPlain(element, elementHints, false).filter(t -> !t.sql().isRaw() && !t.sql().isUser()
                        && !t.sql().name().startsWith("_") && !t.sql().name().equals("oid"))
                .map(t -> BasicType.of(new SqlType("_" + t.sql().name(), t.sql().length(), t.sql().precision(), t.sql().scale())));
    }

    private Optional<BasicType> mapTemporal(String temporal) {
        return switch (temporal) {
            case "DATE" -> basic("date");
            case "TIME" -> time();
            default -> temporal("timestamp");
        };
    }

    private static BasicType mapEnum(TypeElement enumType, String enumerated, int length, boolean checks) {
        List<String> constants = enumType.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString()).toList();
        boolean string = enumerated.equals("STRING");
        List<String> checked = checks ? constants : List.of();
        if (string) {
            return new BasicType(SqlType.varchar(length), checked, false);
        }
        return new BasicType(SqlType.of("int2"), checked, true);
    }

    private static Optional<BasicType> basic(String name) {
        return Optional.of(BasicType.of(SqlType.of(name)));
    }

    private Optional<BasicType> time() {
        return Optional.of(BasicType.of(SqlType.temporal("time", line.defaultTimePrecision())));
    }

    private static Optional<BasicType> temporal(String name) {
        return Optional.of(BasicType.of(SqlType.temporal(name, 6)));
    }
}
