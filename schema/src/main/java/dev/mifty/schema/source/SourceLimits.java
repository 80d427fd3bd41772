package dev.mifty.schema.source;

/**
 * The class-file limits a generated migration must stay under, decided here once. Measured with
 * javac 17 on classes of {@code public static final String} constants and
 * {@code context.execute(CONSTANT)} calls:
 * <ul>
 *   <li>a method's code is at most 65,535 bytes ("code too large"); a call costs 9 bytes
 *       ({@code aload_1}, {@code ldc_w}, {@code invokeinterface}), so a method fails from about
 *       7,280 statements (7,200 compiled, 7,300 did not);</li>
 *   <li>a class's constant pool has at most 65,535 entries ("too many constants"); a constant costs
 *       3 (its name, its text, the string), so a class fails from about 21,800 constants (21,700
 *       compiled, 21,900 did not);</li>
 *   <li>a string constant is at most 65,534 bytes of modified UTF-8 ("constant string too long":
 *       65,534 compiled, 65,535 did not; {@code é} counts 2, {@code €} 3, a character outside the
 *       BMP 6).</li>
 * </ul>
 */
public final class SourceLimits {

    /**
     * Statements a method or a part class holds at most: 2,000 calls are 18 KB of code (a 3.6x
     * margin) and, with {@code up} and {@code down} in one class, 4,000 constants are about 12,000
     * pool entries (a 5x margin). A migration within it in both directions is one class, as it
     * always was; a bigger one is split into parts of at most this many statements.
     */
    public static final int STATEMENTS_PER_PART = 2_000;

    /** The longest statement text a Java string constant holds, in bytes of modified UTF-8 (exact). */
    public static final int MAX_STATEMENT_BYTES = 65_534;

    private SourceLimits() {
    }

    /** Whether a statement fits in one string constant. */
    public static boolean fitsConstant(String statement) {
        return statement.length() <= MAX_STATEMENT_BYTES / 3 || utf8Length(statement) <= MAX_STATEMENT_BYTES;
    }

    /** The length of {@code text} in the class file's modified UTF-8 (NUL is 2 bytes, a surrogate 3). */
    public static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            bytes += ch >= 0x01 && ch <= 0x7F ? 1 : ch <= 0x7FF ? 2 : 3;
        }
        return bytes;
    }
}
