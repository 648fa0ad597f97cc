package app.payments.sandbox;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The sandbox gateway, unless another one is chosen ({@code agora.payments.gateway}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "agora.payments.gateway", havingValue = "sandbox", matchIfMissing = true)
class SandboxConfiguration {

	@Bean
	SandboxLedger sandboxLedger(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		return new SandboxLedger(jdbc, transactions, clock);
	}

	@Bean
	SandboxProcessor sandboxProcessor(SandboxLedger ledger) {
		return new SandboxProcessor(ledger);
	}

}
