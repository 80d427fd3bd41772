package dev.mifty.designer.design;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.Arrays;
import java.util.List;

/** A unified diff of one file, as {@code git diff} shows it (3 lines of context). */
final class SourceDiff {

    private SourceDiff() {
    }

    static String unified(String file, String before, String after) {
        List<String> old = before == null ? List.of() : lines(before);
        List<String> now = lines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(before == null ? "/dev/null" : "a/" + file, "b/" + file,
                old, DiffUtils.diff(old, now), 3);
        return String.join("\n", diff) + "\n";
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\r?\n", -1));
    }
}
