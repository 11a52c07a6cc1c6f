package ru.horizon.notebook;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cells of the CSV meant for people: as Russian Excel reads them, never run as a formula.
 */
class IndicatorCsvTests {

	private static final Locale RU = Locale.forLanguageTag("ru");

	@Test
	void cellsThatASpreadsheetWouldRunAreNeutralised() {
		assertThat(IndicatorExport.peopleCell("=HYPERLINK(\"http://x\";\"СОШ\")", false, RU))
			.isEqualTo("'=HYPERLINK(\"http://x\";\"СОШ\")");
		for (String start : new String[] { "+", "-", "@", "\t", "\r" }) {
			assertThat(IndicatorExport.peopleCell(start + "1+1", false, RU)).isEqualTo("'" + start + "1+1");
		}
		assertThat(IndicatorExport.peopleCell("МБОУ «СОШ №2» - филиал", false, RU)).isEqualTo("МБОУ «СОШ №2» - филиал");
	}

	@Test
	void numbersSharesAndFlagsAsPeopleWriteThem() {
		assertThat(IndicatorExport.peopleCell(0.4567, true, RU)).isEqualTo("45,7%");
		assertThat(IndicatorExport.peopleCell(1.0, true, RU)).isEqualTo("100,0%");
		assertThat(IndicatorExport.peopleCell(12, false, RU)).isEqualTo("12");
		assertThat(IndicatorExport.peopleCell(2.5, false, RU)).isEqualTo("2,5");
		assertThat(IndicatorExport.peopleCell(true, false, RU)).isEqualTo("да");
		assertThat(IndicatorExport.peopleCell(false, false, RU)).isEqualTo("нет");
		assertThat(IndicatorExport.peopleCell(true, false, Locale.ENGLISH)).isEqualTo("yes");
	}

}
