package dev.mifty.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A user's application: no Mifty code. */
@SpringBootApplication
public class NotesApplication {
}
