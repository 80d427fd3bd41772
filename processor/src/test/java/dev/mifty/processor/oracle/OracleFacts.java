package dev.mifty.processor.oracle;

import dev.mifty.processor.jpa.Naming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts table of the oracle runs: for each model, naming and Hibernate line, how many schema
 * facts (one normalized line each: a column with its type, nullability and default, a key, a
 * foreign key, a unique constraint, an index, a check with its text, a sequence) Mifty's schema
 * shares with Hibernate's own {@code create}, out of all facts either side has. Appended to the
 * file named by {@code mifty.oracle.facts} (default {@code target/oracle-facts.tsv}) before the
 * test asserts, so a failing run still reports its figure.
 */
final class OracleFacts {

    private OracleFacts() {
    }

    static void record(String model, Naming naming, String hibernate, String mifty) {
        Set<String> h = new LinkedHashSet<>(List.of(hibernate.split("\n")));
        Set<String> m = new LinkedHashSet<>(List.of(mifty.split("\n")));
        Set<String> all = new LinkedHashSet<>(h);
        all.addAll(m);
        long equal = h.stream().filter(m::contains).count();
        String row = String.join("\t", HibernateSchemas.line(), model, naming.name().toLowerCase(),
                Long.toString(equal), Integer.toString(all.size())) + "\n";
        Path file = Path.of(System.getProperty("mifty.oracle.facts", "target/oracle-facts.tsv"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
