package dev.mifty.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated application of {@code classes} classes of which {@code entities} are JPA entities,
 * written as ordinary teams write them: groups of 50 entities, each with an enum and an
 * embeddable; an entity has a sequence or identity id, a unique code, several columns of common
 * types (text, numbers, money, dates, a flag), an enum column, an embedded address, a
 * {@code @Version}, a many-to-one to the previous entity of its group and the one-to-many back, and
 * getters. The other classes are services and records that use the entities.
 */
final class EntityApp {

    private static final int GROUP = 50;

    private final Path dir;
    private final int classes;
    private final int entities;

    EntityApp(Path dir, int classes, int entities) {
        if (entities > classes) {
            throw new IllegalArgumentException("more entities than classes");
        }
        this.dir = dir;
        this.classes = classes;
        this.entities = entities;
    }

    Path sources() {
        return dir.resolve("src/main/java");
    }

    /** Writes the sources; returns the number of classes written (entities, enums, embeddables, the rest). */
    int write() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        int written = 0;
        int groups = (entities + GROUP - 1) / GROUP;
        for (int g = 0; g < groups; g++) {
            Path pkg = Files.createDirectories(sources().resolve("app/model/g" + g));
            write(pkg.resolve("Status" + g + ".java"), "package app.model.g" + g + ";\n\n"
                    + "public enum Status" + g + " {\n    DRAFT, ACTIVE, SUSPENDED, CLOSED\n}\n");
            write(pkg.resolve("Address" + g + ".java"), address(g));
            written += 2;
            for (int i = g * GROUP; i < Math.min(entities, (g + 1) * GROUP); i++) {
                write(pkg.resolve("Item" + i + ".java"), entity(g, i));
                written++;
            }
        }
        int others = classes - written;
        for (int k = 0; k < others; k++) {
            Path pkg = Files.createDirectories(sources().resolve("app/service/s" + (k / 100)));
            String file = k % 3 == 2 ? record(k) : service(k);
            write(pkg.resolve((k % 3 == 2 ? "Summary" : "Service") + k + ".java"), file);
            written++;
        }
        return written;
    }

    private String address(int g) {
        return "package app.model.g" + g + ";\n\n"
                + "import jakarta.persistence.Column;\n"
                + "import jakarta.persistence.Embeddable;\n\n"
                + "@Embeddable\n"
                + "public class Address" + g + " {\n"
                + "    @Column(length = 120)\n    private String street;\n\n"
                + "    @Column(length = 80)\n    private String city;\n\n"
                + "    @Column(length = 12)\n    private String postalCode;\n\n"
                + "    @Column(length = 2)\n    private String country;\n\n"
                + "    public String getCity() {\n        return city;\n    }\n"
                + "}\n";
    }

    private String entity(int g, int i) {
        boolean first = i % GROUP == 0;
        boolean last = i % GROUP == GROUP - 1 || i == entities - 1;
        boolean sequence = i % 2 == 0;
        String name = "Item" + i;
        StringBuilder s = new StringBuilder();
        s.append("package app.model.g").append(g).append(";\n\n")
                .append("import jakarta.persistence.*;\n")
                .append("import java.math.BigDecimal;\n")
                .append("import java.time.Instant;\n")
                .append("import java.time.LocalDate;\n")
                .append("import java.util.ArrayList;\n")
                .append("import java.util.List;\n\n")
                .append("@Entity\n")
                .append("@Table(name = \"item_").append(i).append("\", indexes = @Index(name = \"item_").append(i)
                .append("_valid_from_idx\", columnList = \"validFrom\"))\n")
                .append("public class ").append(name).append(" {\n\n")
                .append("    @Id\n")
                .append(sequence ? "    @GeneratedValue(strategy = GenerationType.SEQUENCE)\n"
                        : "    @GeneratedValue(strategy = GenerationType.IDENTITY)\n")
                .append("    private Long id;\n\n")
                .append("    @Column(nullable = false, unique = true, length = 40)\n    private String code;\n\n")
                .append("    @Column(nullable = false)\n    private String title;\n\n")
                .append("    @Column(length = 2000)\n    private String notes;\n\n")
                .append("    private int quantity;\n\n")
                .append("    @Column(precision = 12, scale = 2)\n    private BigDecimal price;\n\n")
                .append("    private LocalDate validFrom;\n\n")
                .append("    @Column(nullable = false)\n    private Instant createdAt;\n\n")
                .append("    private boolean active;\n\n")
                .append("    @Enumerated(EnumType.STRING)\n    @Column(nullable = false, length = 20)\n")
                .append("    private Status").append(g).append(" status;\n\n")
                .append("    @Embedded\n    private Address").append(g).append(" address;\n\n")
                .append("    @Version\n    private Integer version;\n");
        if (!first) {
            s.append("\n    @ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = \"parent_id\")\n")
                    .append("    private Item").append(i - 1).append(" parent;\n");
        }
        if (!last) {
            s.append("\n    @OneToMany(mappedBy = \"parent\")\n    private List<Item").append(i + 1)
                    .append("> children = new ArrayList<>();\n");
        }
        s.append("\n    public Long getId() {\n        return id;\n    }\n")
                .append("\n    public String getCode() {\n        return code;\n    }\n")
                .append("\n    public BigDecimal getPrice() {\n        return price;\n    }\n")
                .append("\n    public Status").append(g).append(" getStatus() {\n        return status;\n    }\n")
                .append("}\n");
        return s.toString();
    }

    /** The entity a plain class uses (spread over all entities). */
    private String entityOf(int k) {
        int i = entities == 0 ? -1 : k % entities;
        return i < 0 ? "Object" : "app.model.g" + (i / GROUP) + ".Item" + i;
    }

    private String service(int k) {
        String entity = entityOf(k);
        return "package app.service.s" + (k / 100) + ";\n\n"
                + "import java.math.BigDecimal;\n"
                + "import java.util.ArrayList;\n"
                + "import java.util.HashMap;\n"
                + "import java.util.List;\n"
                + "import java.util.Map;\n"
                + "import java.util.Objects;\n"
                + "import java.util.stream.Collectors;\n\n"
                + "/** Service " + k + ". */\n"
                + "public class Service" + k + " {\n\n"
                + "    private final Map<String, " + entity + "> byCode = new HashMap<>();\n"
                + "    private final List<String> audit = new ArrayList<>();\n\n"
                + "    public void register(String code, " + entity + " item) {\n"
                + "        byCode.put(Objects.requireNonNull(code, \"code\"), item);\n"
                + "        audit.add(\"registered \" + code);\n"
                + "    }\n\n"
                + "    public " + entity + " find(String code) {\n"
                + "        return byCode.get(code);\n"
                + "    }\n\n"
                + "    public List<String> codes(String prefix) {\n"
                + "        return byCode.keySet().stream().filter(c -> c.startsWith(prefix)).sorted()\n"
                + "                .collect(Collectors.toList());\n"
                + "    }\n\n"
                + "    public BigDecimal total(List<BigDecimal> amounts) {\n"
                + "        BigDecimal sum = BigDecimal.ZERO;\n"
                + "        for (BigDecimal a : amounts) {\n"
                + "            if (a != null && a.signum() > 0) {\n"
                + "                sum = sum.add(a);\n"
                + "            }\n"
                + "        }\n"
                + "        return sum;\n"
                + "    }\n\n"
                + "    public String report() {\n"
                + "        StringBuilder out = new StringBuilder(\"Service" + k + ": \");\n"
                + "        for (int i = 0; i < audit.size(); i++) {\n"
                + "            out.append(i == 0 ? \"\" : \", \").append(audit.get(i));\n"
                + "        }\n"
                + "        return out.toString();\n"
                + "    }\n"
                + "}\n";
    }

    private String record(int k) {
        return "package app.service.s" + (k / 100) + ";\n\n"
                + "import java.math.BigDecimal;\n"
                + "import java.time.LocalDate;\n\n"
                + "/** Summary " + k + ". */\n"
                + "public record Summary" + k + "(String code, String title, BigDecimal amount, LocalDate day, int count) {\n\n"
                + "    public Summary" + k + " {\n"
                + "        if (count < 0) {\n"
                + "            throw new IllegalArgumentException(\"count < 0\");\n"
                + "        }\n"
                + "    }\n\n"
                + "    public BigDecimal average() {\n"
                + "        return count == 0 ? BigDecimal.ZERO : amount.divide(BigDecimal.valueOf(count), java.math.RoundingMode.HALF_UP);\n"
                + "    }\n"
                + "}\n";
    }

    private static void write(Path file, String text) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(text);
        }
    }
}
