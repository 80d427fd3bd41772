package dev.mifty.spring.actuate;

import dev.mifty.runtime.Mifty;
import dev.mifty.spring.MiftyAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code mifty} actuator endpoint, when actuator is on the classpath and the endpoint is exposed. */
@AutoConfiguration(after = MiftyAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnAvailableEndpoint(endpoint = MiftyEndpoint.class)
public class MiftyEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(Mifty.class)
    @ConditionalOnMissingBean
    public MiftyEndpoint miftyEndpoint(Mifty mifty) {
        return new MiftyEndpoint(mifty);
    }
}
