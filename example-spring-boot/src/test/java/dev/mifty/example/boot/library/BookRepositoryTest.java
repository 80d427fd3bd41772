package dev.mifty.example.boot.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The slice gets Mifty's migrations (ddl-auto=validate would fail on a missing table otherwise). */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class BookRepositoryTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    BookRepository books;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @Test
    void storesABookWithItsAuthor() {
        Author author = new Author();
        author.setFullName("Ursula K. Le Guin");
        entityManager.persist(author);
        Book book = new Book();
        book.setTitle("The Dispossessed");
        book.setIsbn("978-0-06-051275-0");
        book.setPublishedOn(LocalDate.of(1974, 5, 1));
        book.setAuthor(author);
        books.save(book);
        entityManager.flush();
        entityManager.clear();

        assertThat(books.findAllWithAuthors()).extracting(Book::getTitle).contains("The Dispossessed");
    }
}
