package dev.mifty.example.boot.library.migrations;

import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationContext;

/** Hand-written data migration: the library's first books. */
@dev.mifty.annotations.Migration(version = "20261201204940", name = "seed_books")
public class V20261201204940_SeedBooks implements Migration {

    @Override
    public void up(MigrationContext context) throws Exception {
        context.execute("INSERT INTO author (full_name) VALUES ('Mary Shelley'), ('Jules Verne')");
        context.execute("""
                INSERT INTO book (title, isbn, published_on, author_id)
                SELECT 'Frankenstein', '978-0-14-143947-1', DATE '1818-01-01', id FROM author WHERE full_name = 'Mary Shelley'
                UNION ALL
                SELECT 'Twenty Thousand Leagues Under the Seas', '978-0-19-953927-7', DATE '1870-06-20', id
                  FROM author WHERE full_name = 'Jules Verne'""");
    }

    @Override
    public void down(MigrationContext context) throws Exception {
        context.execute("DELETE FROM book WHERE isbn IN ('978-0-14-143947-1', '978-0-19-953927-7')");
        context.execute("DELETE FROM author WHERE full_name IN ('Mary Shelley', 'Jules Verne')");
    }
}
