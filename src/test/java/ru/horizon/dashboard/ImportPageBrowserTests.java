package ru.horizon.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

/**
 * The import page in a real browser: a coordinator uploads the CSV files of a folder
 * (zipped by the page), sees a rejected import's errors as a table with nothing written,
 * then a corrected one imported with the columns each file updated; a viewer has no
 * import tab.
 */
class ImportPageBrowserTests extends BrowserTestSupport {

	private static Path file(Path folder, String name, String text) throws IOException {
		Path path = folder.resolve(name);
		Files.writeString(path, text, StandardCharsets.UTF_8);
		return path;
	}

	@Test
	void aCoordinatorSeesTheErrorsAsATableThenImports() throws IOException {
		Page page = this.chromium.signIn("coordinator");
		page.navigate("/#/import");
		PlaywrightAssertions.assertThat(page.locator("#nav a[data-section=import]")).hasText("Импорт");
		Path folder = Files.createTempDirectory("import-page");
		Path organizations = file(folder, "organizations.csv", "id;name;kind\nimp-o1;Школа импорта;SCHOOL\n");
		Path teachers = file(folder, "teachers.csv",
				"id;full_name;organization_id;teaching_since\nimp-t1;Иванова Анна;imp-o1;31.02.2020\n");
		page.locator("#import-files").setInputFiles(new Path[] { organizations, teachers });
		page.locator("#import-send").click();
		Locator status = page.locator("#import-status");
		PlaywrightAssertions.assertThat(status).containsText("Ничего не записано");
		Locator error = page.locator("#import-errors tbody tr").first();
		PlaywrightAssertions.assertThat(error.locator("td").nth(0)).hasText("teachers.csv");
		PlaywrightAssertions.assertThat(error.locator("td").nth(1)).hasText("2");
		PlaywrightAssertions.assertThat(error.locator("td").nth(2)).hasText("teaching_since");
		PlaywrightAssertions.assertThat(error.locator("td").nth(3)).containsText("bad date '31.02.2020'");
		Chromium.screenshot(page, "import-rejected-ru-coordinator", true);

		file(folder, "teachers.csv",
				"id;full_name;organization_id;teaching_since\nimp-t1;Иванова\u00A0Анна ;imp-o1;01.02.2020\u00A0\n");
		page.locator("#import-files").setInputFiles(new Path[] { organizations, teachers });
		page.locator("#import-send").click();
		PlaywrightAssertions.assertThat(status).containsText("Импорт выполнен");
		Locator files = page.locator("#import-files-table");
		PlaywrightAssertions.assertThat(files.locator("tr", new Locator.LocatorOptions().setHasText("teachers")))
			.containsText("id, full_name, organization_id, teaching_since");
		PlaywrightAssertions.assertThat(page.locator("#import-warnings")).containsText("U+00A0");
		Chromium.screenshot(page, "import-done-ru-coordinator", true);
	}

	@Test
	void aViewerHasNoImportTab() {
		Page page = this.chromium.signIn("viewer");
		page.navigate("/#/overview");
		PlaywrightAssertions.assertThat(page.locator("#nav a").first()).isVisible();
		PlaywrightAssertions.assertThat(page.locator("#nav a[data-section=import]")).hasCount(0);
	}

}
