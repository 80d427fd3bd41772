package dev.mifty.runtime.internal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.MiftyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void postgresFormIsConvertedWithUserAndPasswordApart() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:p%40ss@db.example:6543/shop?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shop?sslmode=require");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("p@ss");
        assertThat(url.display()).isEqualTo("jdbc:postgresql://db.example:6543/shop?sslmode=require (user app)");
        assertThat(DatabaseUrl.parse("postgresql://app@localhost/shop").password()).isNull();
    }

    @Test
    void jdbcFormIsKeptAndItsPasswordMasked() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost:5432/shop?user=app&password=s3cret");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/shop?user=app&password=s3cret");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.display()).doesNotContain("s3cret").contains("password=***");
    }

    @Test
    void otherSchemesAreUsageErrors() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:topsecret@h/db"))
                .isInstanceOfSatisfying(MiftyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.USAGE);
                    assertThat(e.getMessage()).doesNotContain("topsecret");
                });
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:p@/db")).isInstanceOf(MiftyException.class);
    }

    @Test
    void redactorMasksKnownSecretsAndUrlShapedOnes() {
        Redactor redactor = new Redactor(List.of("hunter2"));
        assertThat(redactor.redact("login hunter2 failed for postgres://bob:other@h/db and x?password=zzz&ssl=1"))
                .isEqualTo("login *** failed for postgres://bob:***@h/db and x?password=***&ssl=1");
    }
}
