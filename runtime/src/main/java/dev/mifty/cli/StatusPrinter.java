package dev.mifty.cli;

import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationState;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code migration:status} as an aligned table or as JSON. */
final class StatusPrinter {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String[] HEADER = {"VERSION", "NAME", "STATE", "APPLIED AT (UTC)", "DURATION"};

    private StatusPrinter() {
    }

    static String table(List<MigrationInfo> infos) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        Map<MigrationState, Integer> counts = new EnumMap<>(MigrationState.class);
        for (MigrationInfo info : infos) {
            counts.merge(info.state(), 1, Integer::sum);
            rows.add(new String[] {
                info.version(), info.name(), info.state().label(),
                info.appliedAt() == null ? "-" : AT.format(info.appliedAt()),
                info.executionMillis() == null ? "-" : info.executionMillis() + " ms"});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : "  ");
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s", row[i]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        List<String> summary = new ArrayList<>();
        counts.forEach((state, count) -> summary.add(count + " " + state.label()));
        out.append(infos.isEmpty() ? "No migrations.\n" : String.join(", ", summary) + "\n");
        return out.toString();
    }

    static String json(List<MigrationInfo> infos) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < infos.size(); i++) {
            MigrationInfo info = infos.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("  {")
                    .append("\"version\": ").append(string(info.version()))
                    .append(", \"name\": ").append(string(info.name()))
                    .append(", \"state\": ").append(string(info.state().label()))
                    .append(", \"checksum\": ").append(string(info.checksum()))
                    .append(", \"appliedChecksum\": ").append(string(info.appliedChecksum()))
                    .append(", \"appliedAt\": ").append(info.appliedAt() == null ? "null" : string(info.appliedAt().toString()))
                    .append(", \"executionMillis\": ").append(info.executionMillis() == null ? "null" : info.executionMillis())
                    .append('}');
        }
        return out.append(infos.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
