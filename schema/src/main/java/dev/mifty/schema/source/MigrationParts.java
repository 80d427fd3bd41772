package dev.mifty.schema.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the statements of a migration too big for one class are laid out: in static nested classes
 * {@code Up1..n} (the statements of {@code up}, in order) and {@code Down1..n} (those of
 * {@code down}), each with its constants and a {@code run(context)} method, at most
 * {@link SourceLimits#STATEMENTS_PER_PART} statements each, cut between steps where a step fits.
 * The outer class calls them in order. One rule for the writer and for whoever reads the
 * constants back for the checksum: the outer class's constants, then the parts' in
 * {@link #ORDER} (every {@code Up} part by number, then every {@code Down} part by number).
 */
public final class MigrationParts {

    static final String UP = "Up";
    static final String DOWN = "Down";

    /** Parts first by direction (up before down), then by number. */
    public static final Comparator<String> ORDER = Comparator.comparingInt(MigrationParts::direction)
            .thenComparingInt(MigrationParts::number);

    private MigrationParts() {
    }

    /** One statement: its constant's name, its SQL, and the Javadoc of its constant (null for none). */
    record Constant(String name, String sql, String javadoc) {
    }

    /** A step's statements (or some of them) within one method, after a comment naming the step. */
    record Segment(String comment, List<Constant> constants) {
    }

    /** A nested class {@code name} whose {@code run} method executes the segments in order. */
    record Part(String name, List<Segment> segments) {

        int first() {
            return segments.stream().flatMap(s -> s.constants().stream()).findFirst()
                    .map(c -> Integer.parseInt(c.name().substring(c.name().indexOf('_') + 1))).orElse(0);
        }

        int size() {
            return segments.stream().mapToInt(s -> s.constants().size()).sum();
        }
    }

    /** Whether a migration with these many statements in {@code up} and {@code down} is split into parts. */
    static boolean split(int upStatements, int downStatements) {
        return upStatements > SourceLimits.STATEMENTS_PER_PART || downStatements > SourceLimits.STATEMENTS_PER_PART;
    }

    /**
     * Cuts one direction's steps into parts named {@code prefix + 1..n}: a step starts a new part
     * when it does not fit in the current one, and a step bigger than a part is cut inside.
     */
    static List<Part> cut(String prefix, List<Segment> steps) {
        int limit = SourceLimits.STATEMENTS_PER_PART;
        List<Part> parts = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        int count = 0;
        for (Segment step : steps) {
            List<Constant> rest = step.constants();
            if (count > 0 && count + rest.size() > limit) {
                parts.add(new Part(prefix + (parts.size() + 1), current));
                current = new ArrayList<>();
                count = 0;
            }
            if (rest.isEmpty()) {
                current.add(step);
            }
            while (!rest.isEmpty()) {
                if (count == limit) {
                    parts.add(new Part(prefix + (parts.size() + 1), current));
                    current = new ArrayList<>();
                    count = 0;
                }
                int take = Math.min(rest.size(), limit - count);
                current.add(new Segment(step.comment(), rest.subList(0, take)));
                count += take;
                rest = rest.subList(take, rest.size());
            }
        }
        if (!current.isEmpty()) {
            parts.add(new Part(prefix + (parts.size() + 1), current));
        }
        return parts;
    }

    /** Whether a nested class of a generated migration is one of its parts ({@code Up3}, {@code Down1}). */
    public static boolean isPart(String simpleName) {
        return direction(simpleName) < 2 && number(simpleName) > 0;
    }

    private static int direction(String simpleName) {
        return simpleName.startsWith(UP) ? 0 : simpleName.startsWith(DOWN) ? 1 : 2;
    }

    private static int number(String simpleName) {
        String digits = simpleName.substring(simpleName.startsWith(UP) ? UP.length()
                : simpleName.startsWith(DOWN) ? DOWN.length() : simpleName.length());
        if (digits.isEmpty() || digits.length() > 9 || digits.charAt(0) == '0' || !digits.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(digits);
    }
}
