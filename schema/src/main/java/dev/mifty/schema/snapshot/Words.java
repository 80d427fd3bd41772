package dev.mifty.schema.snapshot;

import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.ReferentialAction;
import java.util.Locale;

/** The snapshot's words for enums: the SQL words, lower case ({@code "set null"}, {@code "by default"}). */
final class Words {

    private Words() {
    }

    static String identity(Identity identity) {
        return word(identity.name());
    }

    static String action(ReferentialAction action) {
        return word(action.name());
    }

    static String word(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
