package app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class AttributesTests {

	@Test
	void normalizesNamesButKeepsValues() {
		assertThat(new Attributes(Map.of(" Color ", " Navy Blue ")).values())
			.containsExactly(Map.entry("color", "Navy Blue"));
	}

	@Test
	void refusesTheSameNameTwice() {
		var values = new HashMap<String, String>();
		values.put("Color", "red");
		values.put("color", "blue");

		assertThatIllegalArgumentException().isThrownBy(() -> new Attributes(values)).withMessageContaining("twice");
	}

	@Test
	void refusesBlankValuesAndTooManyAttributes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Attributes(Map.of("color", " ")));
		var many = new HashMap<String, String>();
		IntStream.rangeClosed(0, Attributes.MAX_ATTRIBUTES).forEach(it -> many.put("a" + it, "v"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Attributes(many));
	}

}
