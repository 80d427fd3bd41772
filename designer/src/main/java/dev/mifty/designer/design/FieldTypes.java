package dev.mifty.designer.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The basic field types the designer offers, with the import each needs (null: none). */
public final class FieldTypes {

    private static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("String", null);
        TYPES.put("Integer", null);
        TYPES.put("Long", null);
        TYPES.put("Boolean", null);
        TYPES.put("Double", null);
        TYPES.put("int", null);
        TYPES.put("long", null);
        TYPES.put("boolean", null);
        TYPES.put("BigDecimal", "java.math.BigDecimal");
        TYPES.put("LocalDate", "java.time.LocalDate");
        TYPES.put("LocalDateTime", "java.time.LocalDateTime");
        TYPES.put("Instant", "java.time.Instant");
        TYPES.put("UUID", "java.util.UUID");
        TYPES.put("byte[]", null);
    }

    private FieldTypes() {
    }

    public static List<String> names() {
        return List.copyOf(TYPES.keySet());
    }

    static boolean known(String type) {
        return TYPES.containsKey(type);
    }

    static String importOf(String type) {
        return TYPES.get(type);
    }

    static boolean primitive(String type) {
        return type.equals("int") || type.equals("long") || type.equals("boolean");
    }
}
