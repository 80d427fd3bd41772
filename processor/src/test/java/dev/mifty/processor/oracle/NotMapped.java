package dev.mifty.processor.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The facts Mifty says it does not create ({@code [mifty:not-mapped]} warnings, e.g. the check of an
 * enum behind a converter): the oracle leaves exactly those Hibernate facts out of the equality and
 * fails on any other warning. The facts table still counts them as different.
 */
final class NotMapped {

    private static final Pattern CHECK = Pattern.compile("adds a check on (\\S+)\\.(\\S+) listing");

    private NotMapped() {
    }

    /** The warnings' {@code table.column} checks; fails on a warning that is not a known not-mapped one. */
    static List<String[]> checks(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<String[]> out = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.WARNING && d.getKind() != Diagnostic.Kind.MANDATORY_WARNING) {
                continue;
            }
            String message = d.getMessage(null);
            if (message.contains("[mifty:not-mapped]") && message.contains("@GenericGenerator(type = ")) {
                continue; // an application's own id generator: the equality shows whether it created anything
            }
            Matcher m = CHECK.matcher(message);
            if (!message.contains("[mifty:not-mapped]") || !m.find()) {
                throw new AssertionError("unexpected warning: " + message);
            }
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    /**
     * {@code normalized} without the check lines of the named columns; a check printed without its text
     * ({@code table t: check}) cannot be told apart, so every such line of those tables goes (apply this
     * to both sides then).
     */
    static String without(String normalized, List<String[]> checks) {
        return normalized.lines().filter(line -> checks.stream().noneMatch(c -> line.equals("table " + c[0] + ": check")
                        || line.startsWith("table " + c[0] + ": check ")
                        && Pattern.compile("\\b" + Pattern.quote(c[1]) + "\\b").matcher(line).find()))
                .collect(Collectors.joining("\n"));
    }
}
