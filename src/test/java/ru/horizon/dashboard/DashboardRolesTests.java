package ru.horizon.dashboard;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role sees in the browser: a viewer gets aggregates with no names and no
 * teacher lists; a curator sees their own organization and a friendly refusal elsewhere.
 */
class DashboardRolesTests extends BrowserTestSupport {

	/** Every teacher's surname in graphs/dashboard.cypher. */
	private static final String[] SURNAMES = { "Иванова", "Кузнецова", "Соколов", "Морозова", "Волкова", "Лебедев",
			"Петров", "Смирнова", "Новикова", "Федорова", "Орлов", "Зайцева", "Алексеева" };

	@Test
	void viewerSeesAggregatesWithoutNamesOrLists() {
		Page page = this.chromium.signIn("viewer");
		PlaywrightAssertions.assertThat(page.locator("#nav a"))
			.hasText(new String[] { "Показатели", "Горизонтальное обучение", "Динамика", "Мониторинг", "GraphiQL" });
		PlaywrightAssertions.assertThat(page.locator("[data-kpi=kpi-young]")).containsText("2 из 7 с наставником");
		// The hand-made city's schools have fewer than 5 teachers: the privacy floor
		// hides them
		// from a viewer, and the page says so instead of "every organization meets the
		// targets".
		PlaywrightAssertions.assertThat(page.locator("#breaches")).containsText("скрыты");
		PlaywrightAssertions.assertThat(page.locator("#breaches")).not().containsText("Все организации выполняют");
		assertThat(page.locator("body").innerText()).doesNotContain(SURNAMES);
		Chromium.screenshot(page, "overview-ru-viewer", false);

		page.navigate("/#/horizontal");
		PlaywrightAssertions.assertThat(page.locator("#network canvas").first()).isVisible();
		PlaywrightAssertions.assertThat(page.locator("#brokers"))
			.containsText("Имена педагогов скрыты для вашей роли.");
		assertThat(page.locator("body").innerText()).doesNotContain(SURNAMES);
		Chromium.screenshot(page, "horizontal-ru-viewer", false);

		// Trends and evidence are aggregates: a viewer gets the chart and the tables.
		page.navigate("/#/trends");
		PlaywrightAssertions.assertThat(page.locator("#chart-trends")).isVisible();
		PlaywrightAssertions.assertThat(page.locator("[data-table=trends] tbody tr")).hasCount(5);
		PlaywrightAssertions.assertThat(page.locator("[data-section=evidence]")).isVisible();
		assertThat(page.locator("body").innerText()).doesNotContain(SURNAMES);

		page.navigate("/#/isolation");
		PlaywrightAssertions.assertThat(page.locator("[data-error=FORBIDDEN]"))
			.containsText("Роль «наблюдатель» видит только сводные показатели");
		Chromium.screenshot(page, "isolation-ru-viewer", false);
		Chromium.close(page.context());
	}

	@Test
	void viewerInEnglish() {
		Page page = this.chromium.signIn("viewer");
		page.locator("#lang").click();
		PlaywrightAssertions.assertThat(page.locator("[data-kpi=kpi-young]")).containsText("2 of 7 mentored");
		assertThat(page.locator("body").innerText()).doesNotContain(SURNAMES);
		Chromium.screenshot(page, "overview-en-viewer", false);
		Chromium.close(page.context());
	}

	@Test
	void curatorSeesTheirOrganization() {
		Page page = this.chromium.signIn("curator");
		PlaywrightAssertions.assertThat(page.locator("select[name=scope]")).hasValue("own");
		// o1: y1 and y2, neither mentored.
		PlaywrightAssertions.assertThat(page.locator("[data-kpi=kpi-young]")).containsText("0 из 2 с наставником");
		Chromium.screenshot(page, "overview-ru-curator", false);

		page.navigate("/#/isolation");
		PlaywrightAssertions.assertThat(page.locator("#isolated tbody tr")).hasCount(2);
		PlaywrightAssertions.assertThat(page.locator("#isolated tr[data-teacher=y1]")).isVisible();
		PlaywrightAssertions.assertThat(page.locator("#isolated tr[data-teacher=y2]")).isVisible();
		Chromium.screenshot(page, "isolation-ru-curator", false);

		page.navigate("/#/recommend?mentee=y2");
		PlaywrightAssertions.assertThat(page.locator("#mentee h2")).hasText("Смирнова Анна Олеговна");
		PlaywrightAssertions.assertThat(page.locator("details.candidate").first()).isVisible();
		Chromium.screenshot(page, "recommend-ru-curator", false);

		// y4 works in o3: not the curator's organization.
		page.navigate("/#/recommend?mentee=y4");
		PlaywrightAssertions.assertThat(page.locator("[data-error=FORBIDDEN]")).isVisible();
		Chromium.screenshot(page, "recommend-ru-curator-forbidden", false);
		Chromium.close(page.context());
	}

}
