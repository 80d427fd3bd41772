package dev.mifty.processor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mifty.processor.jpa.Naming;
import dev.mifty.schema.model.SqlType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options, versions, packages, project root and narrowing: the pipeline's small pure parts. */
class SmallPartsTest {

    @TempDir
    Path dir;

    @Test
    void optionsHaveTheDesignDefaults() {
        ProcessorOptions options = ProcessorOptions.parse(Map.of());
        assertThat(options.errors()).isEmpty();
        assertThat(options.mode()).isEqualTo(ProcessorOptions.Mode.GENERATE);
        assertThat(options.snapshot()).isEqualTo("src/main/resources/db/mifty/schema.json");
        assertThat(options.sourceDir()).isEqualTo("src/main/java");
        assertThat(options.naming()).isEqualTo(Naming.SNAKE_CASE);
        assertThat(options.strict()).isFalse();
        assertThat(options.projectDir()).isNull();
        assertThat(options.migrationsPackage()).isNull();
    }

    @Test
    void optionsAreParsed() {
        ProcessorOptions options = ProcessorOptions.parse(Map.of("mifty.mode", "CHECK", "mifty.naming", "jpa",
                "mifty.strict", "true", "mifty.allowDrop", "customers.phone, legacy ,", "mifty.name", "add_phone"));
        assertThat(options.errors()).isEmpty();
        assertThat(options.mode()).isEqualTo(ProcessorOptions.Mode.CHECK);
        assertThat(options.naming()).isEqualTo(Naming.JPA);
        assertThat(options.strict()).isTrue();
        assertThat(options.allowDrop()).containsExactlyInAnyOrder("customers.phone", "legacy");
        assertThat(options.name()).isEqualTo("add_phone");
    }

    @Test
    void versionIsNowInUtcButAfterEveryExistingVersion() {
        VersionClock clock = new VersionClock(Clock.fixed(Instant.parse("2026-11-24T15:30:00.750Z"), ZoneOffset.UTC));
        assertThat(clock.next(List.of())).isEqualTo("20261124153000");
        assertThat(clock.next(List.of("20200101000000", "1", "my_version"))).isEqualTo("20261124153000");
        assertThat(clock.next(List.of("20261124153000"))).isEqualTo("20261124153001");
        assertThat(clock.next(List.of("20991231235959"))).isEqualTo("21000101000000");
    }

    @Test
    void migrationsPackageIsTheLongestCommonPackage() {
        assertThat(PackageNames.commonPackage(List.of("shop.customers", "shop.orders.model", "shop"))).isEqualTo("shop");
        assertThat(PackageNames.commonPackage(List.of("shop.model", "shop.model"))).isEqualTo("shop.model");
        assertThat(PackageNames.commonPackage(List.of("com.a", "org.b"))).isEmpty();
        assertThat(PackageNames.commonPackage(List.of("shop.model", ""))).isEmpty();
    }

    @Test
    void projectRootIsTheNearestFolderWithABuildFile() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("app/target/classes/META-INF/mifty"));
        assertThat(ProjectLayout.findProjectRoot(classes)).isNull();
        Files.writeString(dir.resolve("app/pom.xml"), "<project/>");
        assertThat(ProjectLayout.findProjectRoot(classes)).isEqualTo(dir.resolve("app"));
        Path gradle = Files.createDirectories(dir.resolve("lib/build/classes/java/main"));
        Files.writeString(dir.resolve("lib/build.gradle.kts"), "");
        assertThat(ProjectLayout.findProjectRoot(gradle)).isEqualTo(dir.resolve("lib"));
    }

    @Test
    void theProcessorIsRegisteredForJavacAndAsAnAggregatingGradleProcessor() throws Exception {
        ClassLoader loader = SmallPartsTest.class.getClassLoader();
        try (var in = loader.getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip())
                    .isEqualTo("dev.mifty.processor.MiftyProcessor,aggregating");
        }
        assertThat(java.util.ServiceLoader.load(javax.annotation.processing.Processor.class, loader).stream()
                .map(p -> p.type().getName())).contains("dev.mifty.processor.MiftyProcessor");
    }

    @Test
    void narrowingTypes() {
        assertThat(SafetyChecks.narrows(SqlType.varchar(255), SqlType.varchar(100))).isTrue();
        assertThat(SafetyChecks.narrows(SqlType.varchar(100), SqlType.varchar(255))).isFalse();
        assertThat(SafetyChecks.narrows(SqlType.of("int8"), SqlType.of("int4"))).isTrue();
        assertThat(SafetyChecks.narrows(SqlType.of("int4"), SqlType.of("int8"))).isFalse();
        assertThat(SafetyChecks.narrows(SqlType.numeric(38, 2), SqlType.numeric(10, 2))).isTrue();
        assertThat(SafetyChecks.narrows(SqlType.varchar(255), SqlType.of("text"))).isFalse();
        assertThat(SafetyChecks.narrows(SqlType.of("text"), SqlType.varchar(255))).isTrue();
        assertThat(SafetyChecks.narrows(SqlType.of("varchar"), SqlType.of("uuid"))).isTrue();
        assertThat(SafetyChecks.narrows(SqlType.of("float4"), SqlType.of("float8"))).isFalse();
    }
}
