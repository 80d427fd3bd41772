package dev.mifty.spring.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** An ordinary application bean the seed migrations use. */
@Component
public class Greeting {

    private final String text;

    public Greeting(@Value("${app.greeting:hello}") String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
