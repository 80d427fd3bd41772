package dev.mifty.processor.pipeline;

import dev.mifty.processor.diag.Messages;
import dev.mifty.processor.jpa.Naming;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The {@code -Amifty.*} options, parsed and validated. {@link #parse} never throws: every invalid
 * value becomes an entry of {@link #errors()} and the default is used in its place.
 *
 * @param projectDir        {@code mifty.projectDir}, or null to infer it from the class output
 * @param snapshot          {@code mifty.snapshot}, relative to the project directory
 * @param sourceDir         {@code mifty.sourceDir}, relative to the project directory
 * @param migrationsPackage {@code mifty.migrationsPackage}, or null to derive it from the entities
 * @param mode              {@code mifty.mode}
 * @param name              {@code mifty.name}, or null to derive it from the changes
 * @param naming            {@code mifty.naming}
 * @param strict            {@code mifty.strict}
 * @param allowDrop         {@code mifty.allowDrop}: confirmed drops, {@code table} or {@code table.column}
 * @param onlineDdl         {@code mifty.onlineDdl}: changes to existing tables in their online form
 * @param errors            messages for invalid values
 * @param diagram           {@code mifty.diagram}: write the Mermaid diagram {@code schema.md} beside the snapshot
 * @param defaultSchema     {@code mifty.defaultSchema}: the schema of every table, sequence and type that names
 *                          none (Hibernate's {@code hibernate.default_schema}); null: the connection's default
 */
public record ProcessorOptions(String projectDir, String snapshot, String sourceDir, String migrationsPackage,
                               Mode mode, String name, Naming naming, boolean strict, Set<String> allowDrop,
                               boolean onlineDdl, List<String> errors, boolean diagram, String defaultSchema) {

    public ProcessorOptions(String projectDir, String snapshot, String sourceDir, String migrationsPackage,
                            Mode mode, String name, Naming naming, boolean strict, Set<String> allowDrop,
                            boolean onlineDdl, List<String> errors, boolean diagram) {
        this(projectDir, snapshot, sourceDir, migrationsPackage, mode, name, naming, strict, allowDrop, onlineDdl,
                errors, diagram, null);
    }

    public ProcessorOptions(String projectDir, String snapshot, String sourceDir, String migrationsPackage,
                            Mode mode, String name, Naming naming, boolean strict, Set<String> allowDrop,
                            boolean onlineDdl, List<String> errors) {
        this(projectDir, snapshot, sourceDir, migrationsPackage, mode, name, naming, strict, allowDrop, onlineDdl,
                errors, true);
    }

    public static final String DIAGRAM = "mifty.diagram";
    public static final String DEFAULT_SCHEMA = "mifty.defaultSchema";

    public static final String PROJECT_DIR = "mifty.projectDir";
    public static final String SNAPSHOT = "mifty.snapshot";
    public static final String SOURCE_DIR = "mifty.sourceDir";
    public static final String MIGRATIONS_PACKAGE = "mifty.migrationsPackage";
    public static final String MODE = "mifty.mode";
    public static final String NAME = "mifty.name";
    public static final String NAMING = "mifty.naming";
    public static final String STRICT = "mifty.strict";
    public static final String ALLOW_DROP = "mifty.allowDrop";
    public static final String ONLINE_DDL = "mifty.onlineDdl";
    /** The Hibernate ORM line to map for; read by {@code jpa.HibernateLineDetector} (validated here). */
    public static final String HIBERNATE = "mifty.hibernate";
    /** {@code auto|on|off}: Bean Validation constraints in the DDL, as Hibernate applies them; read by {@code jpa.BeanValidationDdl}. */
    public static final String BEAN_VALIDATION = "mifty.beanValidation";

    public static final Set<String> ALL = Set.of(PROJECT_DIR, SNAPSHOT, SOURCE_DIR, MIGRATIONS_PACKAGE, MODE, NAME,
            NAMING, STRICT, ALLOW_DROP, ONLINE_DDL, HIBERNATE, BEAN_VALIDATION, DIAGRAM,
            DEFAULT_SCHEMA);

    public static final String DEFAULT_SNAPSHOT = "src/main/resources/db/mifty/schema.json";
    public static final String DEFAULT_SOURCE_DIR = "src/main/java";

    /** {@code mifty.mode}. */
    public enum Mode { GENERATE, CHECK, OFF }

    public ProcessorOptions {
        allowDrop = Set.copyOf(allowDrop);
        errors = List.copyOf(errors);
    }

    public static ProcessorOptions parse(Map<String, String> options) {
        List<String> errors = new java.util.ArrayList<>();
        String projectDir = blankToNull(options.get(PROJECT_DIR));
        String snapshot = orDefault(options.get(SNAPSHOT), DEFAULT_SNAPSHOT);
        String sourceDir = orDefault(options.get(SOURCE_DIR), DEFAULT_SOURCE_DIR);

        String migrationsPackage = blankToNull(options.get(MIGRATIONS_PACKAGE));
        if (migrationsPackage != null && !SourceVersion.isName(migrationsPackage)) {
            errors.add(Messages.invalidOption(MIGRATIONS_PACKAGE, migrationsPackage, "a Java package name"));
            migrationsPackage = null;
        }

        Mode mode = Mode.GENERATE;
        String modeValue = blankToNull(options.get(MODE));
        if (modeValue != null) {
            try {
                mode = Mode.valueOf(modeValue.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(Messages.invalidOption(MODE, modeValue, "generate, check or off"));
            }
        }

        String name = blankToNull(options.get(NAME));
        if (name != null && !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            errors.add(Messages.invalidOption(NAME, name,
                    "a snake_case description of letters, digits and underscores, e.g. add_phone_to_customers"));
            name = null;
        }

        Naming naming = Naming.SNAKE_CASE;
        try {
            naming = Naming.fromOption(options.get(NAMING));
        } catch (IllegalArgumentException e) {
            errors.add(Messages.invalidOption(NAMING, options.get(NAMING), "snake_case or jpa"));
        }

        boolean strict = false;
        String strictValue = blankToNull(options.get(STRICT));
        if (strictValue != null) {
            if (strictValue.equalsIgnoreCase("true") || strictValue.equalsIgnoreCase("false")) {
                strict = Boolean.parseBoolean(strictValue);
            } else {
                errors.add(Messages.invalidOption(STRICT, strictValue, "true or false"));
            }
        }

        String hibernate = blankToNull(options.get(HIBERNATE));
        if (hibernate != null && dev.mifty.processor.jpa.HibernateLine.parse(hibernate) == null) {
            errors.add(Messages.invalidOption(HIBERNATE, hibernate, "a Hibernate ORM line: "
                    + dev.mifty.processor.jpa.HibernateLine.KNOWN.stream().map(Object::toString)
                            .collect(java.util.stream.Collectors.joining(", "))));
        }

        String beanValidation = blankToNull(options.get(BEAN_VALIDATION));
        if (beanValidation != null && !Set.of("auto", "on", "off").contains(beanValidation)) {
            errors.add(Messages.invalidOption(BEAN_VALIDATION, beanValidation, "auto, on or off"));
        }

        Set<String> allowDrop = new LinkedHashSet<>();
        String allowValue = blankToNull(options.get(ALLOW_DROP));
        if (allowValue != null) {
            for (String entry : allowValue.split(",")) {
                if (!entry.isBlank()) {
                    allowDrop.add(entry.strip());
                }
            }
        }
        boolean onlineDdl = false;
        String onlineValue = blankToNull(options.get(ONLINE_DDL));
        if (onlineValue != null) {
            if (onlineValue.equalsIgnoreCase("true") || onlineValue.equalsIgnoreCase("false")) {
                onlineDdl = Boolean.parseBoolean(onlineValue);
            } else {
                errors.add(Messages.invalidOption(ONLINE_DDL, onlineValue, "true or false"));
            }
        }
        boolean diagram = true;
        String diagramValue = blankToNull(options.get(DIAGRAM));
        if (diagramValue != null) {
            if (diagramValue.equalsIgnoreCase("true") || diagramValue.equalsIgnoreCase("false")) {
                diagram = Boolean.parseBoolean(diagramValue);
            } else {
                errors.add(Messages.invalidOption(DIAGRAM, diagramValue, "true or false"));
            }
        }
        String defaultSchema = blankToNull(options.get(DEFAULT_SCHEMA));
        if (defaultSchema != null && !defaultSchema.strip().matches("[A-Za-z_][A-Za-z0-9_$]*")) {
            errors.add(Messages.invalidOption(DEFAULT_SCHEMA, defaultSchema, "a schema name such as library"));
            defaultSchema = null;
        } else if (defaultSchema != null) {
            // As PostgreSQL stores an unquoted name; "public" is the connection's default already.
            defaultSchema = defaultSchema.strip().toLowerCase(java.util.Locale.ROOT);
            defaultSchema = defaultSchema.equals("public") ? null : defaultSchema;
        }
        return new ProcessorOptions(projectDir, snapshot, sourceDir, migrationsPackage, mode, name, naming, strict,
                allowDrop, onlineDdl, errors, diagram, defaultSchema);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orDefault(String value, String fallback) {
        String v = blankToNull(value);
        return v == null ? fallback : v;
    }
}
