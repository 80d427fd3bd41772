package dev.mifty.schema.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The migration manifest as a classpath resource, {@value #RESOURCE}: written by the processor on
 * every build, read by the runtime. A line {@code package<TAB>NAME} (the migrations package, where
 * {@code migration:create} writes), then one migration a line, in version order, tab-separated:
 * {@code version, name, kind, checksum, class} and, for a squash, {@code replaces=<VERSION>} (it
 * replaces every migration up to and including that version). Lines starting with {@code #} are
 * comments. Plain text, so the manifest costs javac no extra round and scales to any number of
 * migrations; one format, decided here for both sides.
 */
public final class ManifestFile {

    public static final String RESOURCE = "META-INF/mifty/migrations";

    private static final String HEADER = "# Mifty migrations 1: every migration of the compilation, in version order"
            + " (written by mifty-processor on every build; do not edit)\n"
            + "# version\tname\tkind\tchecksum\tclass\t[replaces=VERSION]\n";
    private static final String PACKAGE = "package";
    private static final String REPLACES = "replaces=";

    private ManifestFile() {
    }

    /** The kind of a manifest line. */
    public enum Kind {
        GENERATED, HANDWRITTEN;

        String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One migration.
     *
     * @param className    the binary class name ({@code Outer$Inner} for a nested class)
     * @param replacesUpTo for a squash, the last version it replaces; otherwise null
     */
    public record Line(String version, String name, Kind kind, String checksum, String className, String replacesUpTo) {

        public Line(String version, String name, Kind kind, String checksum, String className) {
            this(version, name, kind, checksum, className, null);
        }

        public boolean generated() {
            return kind == Kind.GENERATED;
        }
    }

    /** The parsed resource: the migrations package ({@code ""} for the unnamed one) and the lines. */
    public record Contents(String packageName, List<Line> lines) {
    }

    /** The resource's text for lines already in version order. */
    public static String write(String packageName, List<Line> lines) {
        StringBuilder out = new StringBuilder(HEADER.length() + lines.size() * 96).append(HEADER)
                .append(PACKAGE).append('\t').append(packageName).append('\n');
        for (Line line : lines) {
            out.append(line.version()).append('\t').append(clean(line.name())).append('\t').append(line.kind().text())
                    .append('\t').append(line.checksum()).append('\t').append(line.className());
            if (line.replacesUpTo() != null) {
                out.append('\t').append(REPLACES).append(line.replacesUpTo());
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Parses the resource's text; {@code source} names it in errors. A malformed line is an
     * {@link IllegalArgumentException} naming the source and line number.
     */
    public static Contents parse(String text, String source) {
        List<Line> lines = new ArrayList<>(text.length() / 96 + 1);
        String packageName = "";
        String[] f = new String[7];
        int number = 0;
        int start = 0;
        int length = text.length();
        while (start < length) { // fields are cut straight from the text: one substring a field, no line copies
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            number++;
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            int lineStart = start;
            start = end + 1;
            if (lineEnd == lineStart || text.charAt(lineStart) == '#') {
                continue;
            }
            int count = split(text, lineStart, lineEnd, f);
            if (count == 2 && f[0].equals(PACKAGE)) {
                packageName = f[1];
                continue;
            }
            if (count < 5 || count > 6 || f[0].isEmpty() || f[4].isEmpty()
                    || (count == 6 && !f[5].startsWith(REPLACES))) {
                throw new IllegalArgumentException(source + ", line " + number + ": expected 'version\\tname\\tkind"
                        + "\\tchecksum\\tclass[\\treplaces=VERSION]', found '" + text.substring(lineStart, lineEnd) + "'");
            }
            Kind kind;
            if (f[2].equals("generated")) {
                kind = Kind.GENERATED;
            } else if (f[2].equals("handwritten")) {
                kind = Kind.HANDWRITTEN;
            } else {
                throw new IllegalArgumentException(source + ", line " + number + ": unknown kind '" + f[2]
                        + "' (generated or handwritten)");
            }
            lines.add(new Line(f[0], f[1], kind, f[3], f[4], count == 6 ? f[5].substring(REPLACES.length()) : null));
        }
        return new Contents(packageName, lines);
    }

    /** Cuts {@code text[from, to)} at tabs into {@code fields}; returns how many there are (at most fields.length). */
    private static int split(String text, int from, int to, String[] fields) {
        int count = 0;
        int at = from;
        while (count < fields.length) {
            int tab = text.indexOf('\t', at);
            if (tab < 0 || tab >= to) {
                fields[count++] = text.substring(at, to);
                return count;
            }
            fields[count++] = text.substring(at, tab);
            at = tab + 1;
        }
        return count + 1; // more fields than any valid line has
    }

    private static String clean(String name) {
        return name.indexOf('\t') < 0 && name.indexOf('\n') < 0 && name.indexOf('\r') < 0 ? name
                : name.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
