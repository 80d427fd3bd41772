package dev.mifty.spring;

import dev.mifty.runtime.Mifty;
import org.springframework.core.env.Environment;

/** {@code spring.mifty.*} -> {@link Mifty.Builder}: the settings start-up and the command line share. */
final class MiftyFactory {

    private MiftyFactory() {
    }

    static Mifty.Builder builder(MiftyProperties properties, Environment environment, MigrationDataSource database) {
        return Mifty.configure()
                .dataSource(database.dataSource())
                .databaseLabel(database.label())
                .schema(properties.getSchema())
                .historyTable(properties.getHistoryTable())
                .lockTimeout(properties.getLockTimeout())
                .ignoreUnknown(properties.isIgnoreUnknown())
                .logSql(properties.isLogSql())
                .autoRun(properties.isAutoRun())
                .environment(ProfileEnvironment.resolve(environment));
    }
}
