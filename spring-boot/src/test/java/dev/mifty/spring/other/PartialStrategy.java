package dev.mifty.spring.other;

import dev.mifty.spring.MiftyMigrationStrategy;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A user's strategy: applies only the first migration and counts its calls. */
@Configuration(proxyBeanMethods = false)
public class PartialStrategy {

    public static final AtomicInteger CALLS = new AtomicInteger();

    @Bean
    MiftyMigrationStrategy firstOnly() {
        return mifty -> {
            CALLS.incrementAndGet();
            mifty.migrate("20260101000001");
        };
    }
}
