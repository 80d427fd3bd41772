package dev.mifty.schema.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Checksums of migrations and snapshots: the first 16 hex digits of a SHA-256. */
public final class Checksums {

    private Checksums() {
    }

    /**
     * Of a generated migration's SQL statements (its string constants, in declaration order),
     * each normalised: whitespace runs collapsed to one space, trimmed. Reformatting the Java or
     * the SQL's whitespace does not change it; changing a statement does.
     */
    public static String ofStatements(List<String> statements) {
        StringBuilder text = new StringBuilder();
        for (String statement : statements) {
            text.append(statement.strip().replaceAll("\\s+", " ")).append('\n');
        }
        return sha(text.toString());
    }

    /** Of a hand-written migration's source text, line endings and trailing whitespace normalised. */
    public static String ofSource(String source) {
        return sha(source.replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").strip());
    }

    /** Of a snapshot's JSON text (as written by the codec). */
    public static String ofSnapshot(String json) {
        return sha(json.replace("\r\n", "\n"));
    }

    private static String sha(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
