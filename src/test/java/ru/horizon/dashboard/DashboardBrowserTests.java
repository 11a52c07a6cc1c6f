package ru.horizon.dashboard;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator's day in a real browser, on the city of {@code graphs/dashboard.cypher}:
 * read the indicators, find the isolated, look at horizontal learning, assign a mentor on
 * the recommendation screen and see the coverage change, accept the city's plan. The
 * steps run in order: each assignment changes the graph the next one sees.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTests extends BrowserTestSupport {

	private Page page;

	@BeforeAll
	void signIn() {
		this.page = this.chromium.signIn("coordinator");
	}

	private void open(String hash) {
		this.page.navigate("/#/" + hash);
	}

	private void switchLanguage(String expectedFirstTab) {
		this.page.locator("#lang").click();
		PlaywrightAssertions.assertThat(this.page.locator("#nav a").first()).hasText(expectedFirstTab);
	}

	@Test
	@Order(1)
	void indicatorsAgainstTheTargets() {
		open("overview");
		// 7 young teachers, y3 and y5 mentored; the new ones, y1 and y6, are not.
		PlaywrightAssertions.assertThat(this.page.locator("[data-kpi=kpi-young]")).containsText("2 из 7 с наставником");
		PlaywrightAssertions.assertThat(this.page.locator("[data-kpi=kpi-young]")).containsText("Ниже цели");
		PlaywrightAssertions.assertThat(this.page.locator("[data-kpi=kpi-new]")).containsText("0 из 2 с наставником");
		PlaywrightAssertions.assertThat(this.page.locator("#chart-kind")).isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("#chart-district")).isVisible();
		Locator breaches = this.page.locator("#breaches");
		PlaywrightAssertions.assertThat(breaches.locator("tr[data-organization=o1]")).containsText("МБОУ «СОШ №1»");
		PlaywrightAssertions.assertThat(breaches.locator("tr[data-organization=o5]")).containsText("МБОУ «СОШ №74»");
		Chromium.screenshot(this.page, "overview-ru-coordinator", false);
		Chromium.screenshot(this.page, "overview-ru-coordinator-full", true);

		switchLanguage("Indicators");
		PlaywrightAssertions.assertThat(this.page.locator("[data-kpi=kpi-young]")).containsText("2 of 7 mentored");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Target mentoring model");
		Chromium.screenshot(this.page, "overview-en-coordinator", false);
		switchLanguage("Показатели");
	}

	@Test
	@Order(2)
	void isolatedAndAtRiskWithTheirReasons() {
		open("isolation");
		Locator table = this.page.locator("#isolated");
		PlaywrightAssertions.assertThat(table.locator("tr[data-teacher=y1] [data-reason=NEW_WITHOUT_MENTOR]"))
			.isVisible();
		PlaywrightAssertions.assertThat(table.locator("tr[data-teacher=y1]")).containsText("Изолирован");
		PlaywrightAssertions.assertThat(table.locator("tr[data-teacher=y2] [data-reason=ONLY_INTERNAL_TIES]"))
			.isVisible();
		PlaywrightAssertions.assertThat(table.locator("tr[data-teacher=y4]")).containsText("Риск");
		// y3 is mentored, but every tie is inside the gymnasium; y5's mentor is from
		// elsewhere.
		PlaywrightAssertions.assertThat(table.locator("tr[data-teacher=y3] [data-reason=ONLY_INTERNAL_TIES]"))
			.isVisible();
		PlaywrightAssertions.assertThat(table.locator("tr[data-teacher=y3] [data-reason=NO_MENTOR]")).hasCount(0);
		PlaywrightAssertions.assertThat(table.locator("tr[data-teacher=y5]")).hasCount(0);
		Chromium.screenshot(this.page, "isolation-ru-coordinator", false);

		this.page.locator("select[name=reason]").selectOption("NEW_WITHOUT_MENTOR");
		PlaywrightAssertions.assertThat(table.locator("tbody tr")).hasCount(2);
		this.page.locator("select[name=reason]").selectOption("");
		this.page.locator("input[name=atRisk]").uncheck();
		PlaywrightAssertions.assertThat(this.page.locator("#isolated tbody tr")).hasCount(2);
	}

	@Test
	@Order(3)
	void horizontalLearningBetweenOrganizations() {
		open("horizontal");
		PlaywrightAssertions.assertThat(this.page.locator("#network canvas").first()).isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("#outside [data-organization=o5]"))
			.containsText("МБОУ «СОШ №74»");
		assertThat(this.page.locator("#brokers tbody tr").count()).isPositive();
		Chromium.screenshot(this.page, "horizontal-ru-coordinator", false);
	}

	@Test
	@Order(4)
	void recommendationExplainsEveryFactorAndAssignmentRaisesCoverage() {
		open("recommend?mentee=y1");
		PlaywrightAssertions.assertThat(this.page.locator("#mentee h2")).hasText("Петров Илья Сергеевич");
		Locator first = this.page.locator("details.candidate").first();
		PlaywrightAssertions.assertThat(first).hasAttribute("data-rank", "1");
		for (String factor : new String[] { "DEFICIT_COVERAGE", "SUBJECT", "PROXIMITY", "QUALIFICATION",
				"MENTOR_READINESS", "LOAD", "NETWORK_GAIN" }) {
			Locator row = first.locator("tr[data-factor=" + factor + "]");
			PlaywrightAssertions.assertThat(row).hasCount(1);
			assertThat(row.locator("td.explanation").innerText()).as(factor).isNotBlank();
		}
		// o1 has two young teachers, neither mentored; the city two of seven.
		PlaywrightAssertions.assertThat(this.page.locator("[data-coverage=organization-youngTeachers]"))
			.containsText("(0/2)");
		PlaywrightAssertions.assertThat(this.page.locator("[data-coverage=city-youngTeachers]")).containsText("(2/7)");
		Chromium.screenshot(this.page, "recommend-ru-coordinator", false);
		Chromium.screenshot(this.page, "recommend-ru-coordinator-full", true);

		String mentor = first.getAttribute("data-candidate");
		first.locator("[data-action=assign]").click();
		Locator dialog = this.page.locator("dialog.confirm");
		PlaywrightAssertions.assertThat(dialog).containsText("Петров Илья Сергеевич");
		Chromium.screenshot(this.page, "recommend-confirm-ru", false);
		dialog.locator("[data-action=confirm]").click();

		PlaywrightAssertions.assertThat(this.page.locator("#assigned")).containsText("Петров Илья Сергеевич");
		PlaywrightAssertions.assertThat(this.page.locator("[data-coverage=organization-youngTeachers] .changed"))
			.containsText("(1/2)");
		PlaywrightAssertions.assertThat(this.page.locator("[data-coverage=city-youngTeachers] .changed"))
			.containsText("(3/7)");
		PlaywrightAssertions.assertThat(this.page.locator("#mentee")).not().containsText("наставника нет");
		Chromium.screenshot(this.page, "recommend-assigned-ru", false);
		assertThat(mentor).isNotBlank();

		switchLanguage("Indicators");
		open("recommend?mentee=y6");
		PlaywrightAssertions.assertThat(this.page.locator("#mentee h2")).hasText("Зайцева Полина Романовна");
		PlaywrightAssertions.assertThat(this.page.locator("details.candidate").first())
			.containsText("Deficit coverage");
		Chromium.screenshot(this.page, "recommend-en-coordinator", false);
		switchLanguage("Показатели");
	}

	@Test
	@Order(5)
	void planIsAcceptedOneByOneAndThenWhole() {
		open("plan");
		Locator rows = this.page.locator("#plan tbody tr");
		rows.first().waitFor();
		int proposals = rows.count();
		assertThat(proposals).isPositive();
		Chromium.screenshot(this.page, "plan-ru-coordinator", false);

		rows.first().locator("[data-action=accept]").click();
		this.page.locator("dialog.confirm [data-action=confirm]").click();
		PlaywrightAssertions.assertThat(this.page.locator("#plan tbody tr").first()).hasAttribute("data-state", "done");
		PlaywrightAssertions.assertThat(this.page.locator("#accepted")).containsText("Принято предложений: 1");
		PlaywrightAssertions.assertThat(this.page.locator("#coverage-change")).containsText("→");

		if (proposals > 1) {
			this.page.locator("[data-action=accept-all]").click();
			this.page.locator("dialog.confirm [data-action=confirm]").click();
			PlaywrightAssertions.assertThat(this.page.locator("#accepted"))
				.containsText("Принято предложений: " + (proposals - 1));
			PlaywrightAssertions.assertThat(this.page.locator("#plan tbody tr[data-state=done]")).hasCount(proposals);
		}
		Chromium.screenshot(this.page, "plan-accepted-ru", false);
	}

}
