package app.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PlantUmlDiagramsTests {

	private static final String DIAGRAM = """
			@startuml
			!include <C4/C4_Component>
			Component(b, "B", $techn="Module")
			Component(a, "A", $techn="Module")
			Rel(b, a, "depends on")
			Rel(a, b, "listens to")
			@enduml
			""";

	@Test
	void rendersAC4DiagramToSvgWithoutGraphviz() {
		String svg = PlantUmlDiagrams.toSvg(PlantUmlDiagrams.withOwnLayout(DIAGRAM));

		assertThat(svg).startsWith("<?plantuml").contains("<svg", ">A<", ">B<", ">depends<").doesNotContain("Graphviz");
	}

	@Test
	void putsElementsAndRelationshipsInAStableOrder() {
		String shuffled = DIAGRAM.replace("Rel(b, a, \"depends on\")\nRel(a, b, \"listens to\")",
				"Rel(a, b, \"listens to\")\nRel(b, a, \"depends on\")");

		assertThat(PlantUmlDiagrams.inStableOrder(shuffled)).isEqualTo(PlantUmlDiagrams.inStableOrder(DIAGRAM))
			.contains("Component(a, \"A\", $techn=\"Module\")\nComponent(b, \"B\", $techn=\"Module\")");
	}

	@Test
	void comparesDrawingsByTheSourceTheyWereRenderedFrom() {
		String svg = PlantUmlDiagrams.toSvg(DIAGRAM);
		String elsewhere = svg.replaceAll("textLength=\"[0-9.]+\"", "textLength=\"1\"");
		String changed = PlantUmlDiagrams.toSvg(DIAGRAM.replace("\"B\"", "\"C\""));

		assertThat(PlantUmlDiagrams.renderedFrom(elsewhere)).isEqualTo(PlantUmlDiagrams.renderedFrom(svg));
		assertThat(PlantUmlDiagrams.renderedFrom(changed)).isNotEqualTo(PlantUmlDiagrams.renderedFrom(svg));
	}

	@Test
	void refusesADiagramPlantUmlCannotRead() {
		assertThatIllegalArgumentException().isThrownBy(() -> PlantUmlDiagrams.toSvg("@startuml\nRel(\n@enduml\n"));
	}

}
