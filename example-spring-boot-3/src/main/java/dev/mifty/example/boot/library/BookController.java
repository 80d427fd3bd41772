package dev.mifty.example.boot.library;

import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /books}: every book with its author. */
@RestController
public class BookController {

    private final BookRepository books;

    public BookController(BookRepository books) {
        this.books = books;
    }

    @GetMapping("/books")
    @Transactional(readOnly = true)
    public List<BookView> books() {
        return books.findAllWithAuthors().stream()
                .map(b -> new BookView(b.getTitle(), b.getIsbn(), b.getPublishedOn(), b.getAuthor().getFullName()))
                .toList();
    }

    public record BookView(String title, String isbn, LocalDate publishedOn, String author) {
    }
}
