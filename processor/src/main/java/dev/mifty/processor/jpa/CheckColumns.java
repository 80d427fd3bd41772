package dev.mifty.processor.jpa;

import dev.mifty.schema.model.Identifiers;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which of a table's columns a check expression uses, as PostgreSQL decides when it names an unnamed check
 * ({@code AddRelationNewConstraints}: the expression's distinct column references; exactly one names the
 * check after it). A lexical scan: identifiers outside string literals, unquoted ones folded to lower case,
 * {@code "quoted"} ones as written, kept when they name a column of the table.
 */
final class CheckColumns {

    private CheckColumns() {
    }

    /** The one column the expression uses, or null when it uses none or several. */
    static String single(String expression, Collection<String> columns) {
        Set<String> used = new LinkedHashSet<>();
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') { // a string literal ('' escapes a quote)
                i++;
                while (i < n && !(expression.charAt(i) == '\'' && (i + 1 >= n || expression.charAt(i + 1) != '\''))) {
                    i += expression.charAt(i) == '\'' ? 2 : 1;
                }
                i++;
            } else if (c == '"') {
                int end = expression.indexOf('"', i + 1);
                end = end < 0 ? n : end;
                add(expression.substring(i + 1, end), columns, used);
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_'
                        || expression.charAt(i) == '$')) {
                    i++;
                }
                boolean qualifiedPart = start > 0 && expression.charAt(start - 1) == '.';
                boolean call = i < n && expression.charAt(i) == '(';
                if (!call || qualifiedPart) {
                    add(Identifiers.fold(expression.substring(start, i)), columns, used);
                }
            } else if (Character.isDigit(c)) { // a number: 1e5, 2.5
                while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return used.size() == 1 ? used.iterator().next() : null;
    }

    private static void add(String name, Collection<String> columns, Set<String> used) {
        if (columns.contains(name)) {
            used.add(name);
        }
    }
}
