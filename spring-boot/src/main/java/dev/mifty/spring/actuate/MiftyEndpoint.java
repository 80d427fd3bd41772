package dev.mifty.spring.actuate;

import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MigrationInfo;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** {@code /actuator/mifty}: every migration with its state, like {@code /actuator/flyway}. */
@Endpoint(id = "mifty")
public class MiftyEndpoint {

    private final Mifty mifty;

    public MiftyEndpoint(Mifty mifty) {
        this.mifty = mifty;
    }

    @ReadOperation
    public MiftyReport migrations() {
        List<MiftyReport.Entry> entries = mifty.status().stream().map(MiftyEndpoint::entry).toList();
        return new MiftyReport(entries);
    }

    private static MiftyReport.Entry entry(MigrationInfo i) {
        return new MiftyReport.Entry(i.version(), i.name(), i.state().label(), i.checksum(),
                i.appliedAt() == null ? null : i.appliedAt().toString(), i.executionMillis());
    }

    /**
     * The endpoint's answer. Plain strings and numbers, so it serialises the same with Boot 3.5's
     * Jackson 2 and Boot 4's Jackson 3.
     */
    public record MiftyReport(List<Entry> migrations) {

        /** One migration; {@code appliedAt} is ISO-8601 UTC, null (as {@code executionMillis}) when pending. */
        public record Entry(String version, String name, String state, String checksum, String appliedAt,
                            Long executionMillis) {
        }
    }
}
