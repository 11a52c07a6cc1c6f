package ru.horizon.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The states people meet when they click quickly or the server is slow, on the city of
 * {@code graphs/dashboard.cypher}: a stale answer is never drawn, "no data" is never a
 * green "met", a timeout is a message in the page's language, searches and counts come
 * from the server, and the flows picture is the same on every load.
 */
class DashboardStatesTests extends BrowserTestSupport {

	/**
	 * Holds back, by {@code ms}, the answers to GraphQL requests whose body contains
	 * {@code marker}.
	 */
	private static String slowAnswers(String marker, int ms) {
		return """
				(() => {
					const original = window.fetch;
					window.fetch = async (input, init) => {
						const response = await original(input, init);
						const body = typeof init?.body === 'string' ? init.body : '';
						if (String(input).includes('/graphql') && body.includes(%s)) {
							await new Promise((resolve) => setTimeout(resolve, %d));
						}
						return response;
					};
				})();""".formatted(quoted(marker), ms);
	}

	private static String quoted(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

	/**
	 * Signs in, collects script errors, and opens {@code hash} in a new document (so init
	 * scripts apply).
	 */
	private Page open(String hash, String initScript, List<String> scriptErrors) {
		Page page = this.chromium.signIn("coordinator");
		page.onPageError(scriptErrors::add);
		if (initScript != null) {
			page.addInitScript(initScript);
		}
		page.navigate("/?fresh#/" + hash);
		return page;
	}

	@Test
	void aFilterToggledQuicklyDrawsOnlyTheLastAnswer() {
		List<String> errors = new ArrayList<>();
		// The first question (with the at-risk teachers) answers late; the second
		// (isolated only) at once.
		Page page = open("isolation", slowAnswers("\"includeAtRisk\":true", 3000), errors);
		page.locator("input[name=atRisk]").waitFor();
		page.locator("input[name=atRisk]").uncheck();
		Locator rows = page.locator("#isolated tbody tr");
		PlaywrightAssertions.assertThat(rows).hasCount(2);
		page.waitForTimeout(4000);
		// y1 and y6, the two isolated: the late answer with the at-risk teachers was
		// dropped.
		PlaywrightAssertions.assertThat(rows).hasCount(2);
		PlaywrightAssertions.assertThat(page.locator(".summary [data-total]")).hasAttribute("data-total", "2");
		PlaywrightAssertions.assertThat(page.locator(".summary [data-isolated]")).hasAttribute("data-isolated", "2");
		assertThat(errors).isEmpty();
		Chromium.close(page.context());
	}

	@Test
	void aDateWithoutTeachersIsNoDataNeverAGreenMetEvenWhenAnOlderAnswerIsLate() {
		List<String> errors = new ArrayList<>();
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		Page page = open("overview", slowAnswers("\"asOf\":\"" + today + "\"", 3000), errors);
		page.locator("input[name=asOf]").fill("1900-01-01");
		Locator young = page.locator("[data-kpi=kpi-young]");
		PlaywrightAssertions.assertThat(young).containsText("нет данных");
		PlaywrightAssertions.assertThat(page.locator("#no-data")).containsText("Нет данных на эту дату");
		page.waitForTimeout(4000);
		PlaywrightAssertions.assertThat(young).hasAttribute("data-state", "nodata");
		PlaywrightAssertions.assertThat(page.locator(".kpi.met")).hasCount(0);
		PlaywrightAssertions.assertThat(page.locator(".badge.ok")).hasCount(0);
		Chromium.screenshot(page, "overview-no-data-ru", false);
		assertThat(errors).isEmpty();
		Chromium.close(page.context());
	}

	@Test
	void nameSearchRunsOnTheServerFoldingCaseAndWordOrder() {
		List<String> errors = new ArrayList<>();
		Page page = open("isolation", null, errors);
		page.locator("#isolated tbody tr").first().waitFor();
		page.locator("input[name=search]").fill("ИЛЬЯ петров");
		Locator rows = page.locator("#isolated tbody tr");
		PlaywrightAssertions.assertThat(page.locator(".summary [data-total]")).hasAttribute("data-total", "1");
		PlaywrightAssertions.assertThat(rows).hasCount(1);
		PlaywrightAssertions.assertThat(rows.first()).hasAttribute("data-teacher", "y1");
		page.locator("input[name=search]").fill("Титова");
		PlaywrightAssertions.assertThat(page.locator(".state.empty"))
			.containsText("Нет педагогов, подходящих под фильтр");
		assertThat(errors).isEmpty();
		Chromium.close(page.context());
	}

	@Test
	void aTimeLimitAnswerIsAMessageInThePagesLanguage() {
		List<String> errors = new ArrayList<>();
		Page page = open("horizontal", null, errors);
		// What Spring answers when the 30 s limit passes: HTTP 503 with its own JSON
		// body.
		page.route("**/graphql",
				(Route route) -> route.fulfill(new Route.FulfillOptions().setStatus(503)
					.setContentType("application/json")
					.setBody("{\"timestamp\":\"2026-11-30T10:00:00Z\",\"status\":503,\"error\":\"Service Unavailable\","
							+ "\"path\":\"/graphql\"}")));
		page.locator("button[type=submit]").click();
		PlaywrightAssertions.assertThat(page.locator("[data-error=TIMEOUT]")).containsText("Сервер не успел ответить");
		page.locator("#lang").click();
		PlaywrightAssertions.assertThat(page.locator("[data-error=TIMEOUT]")).containsText("The server took too long");
		assertThat(errors).isEmpty();
		page.locator("#lang").click();
		Chromium.close(page.context());
	}

	@Test
	void theFlowsPictureIsTheSameOnEveryLoadAndItsLegendListsOnlyKindsPresent() {
		List<String> errors = new ArrayList<>();
		Page page = open("horizontal", null, errors);
		Locator network = page.locator("#network[data-positions]");
		network.waitFor();
		String first = network.getAttribute("data-positions");
		assertThat(first).isNotBlank();
		assertThat(network.getAttribute("data-label-overlaps")).as("labels overlapping").isEqualTo("0");
		Locator legend = page.locator("#legend [data-kind]");
		assertThat(String.valueOf(legend.evaluateAll("nodes => nodes.map((n) => n.dataset.kind)")))
			.doesNotContain("UNIVERSITY", "COLLEGE", "METHOD_CENTER", "OTHER");
		// Mark the picture drawn, ask again, and compare with the one drawn anew.
		page.evaluate("document.getElementById('network').dataset.old = 'yes'");
		page.locator("button[type=submit]").click();
		Locator again = page.locator("#network:not([data-old])[data-positions]");
		again.waitFor();
		assertThat(again.getAttribute("data-positions")).as("the same answer lays out the same picture")
			.isEqualTo(first);
		Chromium.screenshot(page, "horizontal-flows-ru", false);
		PlaywrightAssertions.assertThat(page.locator("#flows-shown")).isVisible();
		page.locator("#flows summary").click();
		assertThat(page.locator("#flows tbody tr").count()).isPositive();
		assertThat(errors).isEmpty();
		Chromium.close(page.context());
	}

}
