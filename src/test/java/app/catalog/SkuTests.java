package app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkuTests {

	@ParameterizedTest
	@ValueSource(strings = { "run-42", "RUN-42" })
	void isCaseInsensitiveAndTrimmed(String given) {
		assertThat(new Sku(given)).isEqualTo(new Sku("RUN-42"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "A", " run-42 ", "-RUN", "RUN 42", "RUN/42", "ÄPFEL-1",
			"12345678901234567890123456789012345678901" })
	void refusesWhatIsNotASku(String given) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Sku(given)).withMessageContaining("is not a SKU");
	}

}
