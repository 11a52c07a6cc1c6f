package ru.horizon.dashboard;

import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.TestGraph;
import ru.horizon.mentoring.MentoringMonitoringService;
import ru.horizon.mentoring.MentoringRegisterService;
import ru.horizon.system.security.Access;

/**
 * «Реестр наставничества» and «Мониторинг» in a real browser on graphs/register.cypher,
 * asked on 2025-10-15 (see MentoringRegisterTests for the city): a coordinator reviews a
 * pair, ends one as not a good fit and is sent to re-pair without that mentor; the
 * monitoring shows the city's figures; a curator sees their organization's pairs only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisterBrowserTests extends BrowserTestSupport {

	private Page page;

	@BeforeAll
	void register(@Autowired Driver driver, @Autowired MentoringRegisterService register,
			@Autowired MentoringMonitoringService monitoring) throws Exception {
		TestGraph.load(driver, "register");
		// Plans the queries outside a request's time limit (a loaded machine plans them
		// slowly).
		LocalDate day = LocalDate.of(2025, 10, 15);
		Access.asSystem(() -> monitoring.monitoring(null, day, Locale.forLanguageTag("ru")).organizations().size()
				+ register.allPairs(null, day).size() + register.allYoung(null, day).size());
		this.page = this.chromium.signIn("coordinator");
	}

	private void open(String hash) {
		this.page.navigate("/#/" + hash);
		Locator asOf = this.page.locator("input[name=asOf]");
		asOf.fill("2025-10-15");
		asOf.dispatchEvent("change");
	}

	@Test
	@Order(1)
	void reviewEndAndRePair() {
		open("register");
		PlaywrightAssertions.assertThat(this.page.locator("#pairs tbody tr")).hasCount(3);
		PlaywrightAssertions.assertThat(this.page.locator("#low-pairs tr[data-pair=rp2]")).hasCount(1);
		PlaywrightAssertions.assertThat(this.page.locator("#waitlist-table tbody tr").first())
			.hasAttribute("data-teacher", "Y6");
		Chromium.screenshot(this.page, "register-ru-coordinator", true);

		this.page.locator("#pairs tr[data-pair=rp3] [data-action=review]").click();
		this.page.locator("dialog.confirm input[name=menteeSatisfaction]").fill("2");
		this.page.locator("dialog.confirm [data-action=confirm]").click();
		PlaywrightAssertions.assertThat(this.page.locator("#pair-reviewed")).isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("#low-pairs tr[data-pair=rp3]")).hasCount(1);

		this.page.locator("#pairs tr[data-pair=rp1] [data-action=end]").click();
		this.page.locator("dialog.confirm input[name=endedOn]").fill("2025-10-14");
		this.page.locator("dialog.confirm select[name=reason]").selectOption("NOT_A_GOOD_FIT");
		this.page.locator("dialog.confirm input[name=note]").fill("Разные подходы");
		this.page.locator("dialog.confirm [data-action=confirm]").click();
		PlaywrightAssertions.assertThat(this.page.locator("#pair-ended")).isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("#pairs tbody tr")).hasCount(2);
		PlaywrightAssertions.assertThat(this.page.locator("#waitlist-table tr[data-teacher=Y1]")).hasCount(1);

		this.page.locator("#pair-ended button").click();
		PlaywrightAssertions.assertThat(this.page.locator("#mentee")).hasAttribute("data-teacher", "Y1");
		PlaywrightAssertions.assertThat(this.page.locator("#candidates details.candidate").first()).isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("#candidates [data-candidate=M1]")).hasCount(0);
	}

	@Test
	@Order(2)
	void theMonitoringOfTheDayInBothLanguages() {
		open("monitoring");
		// after the first test ended rp1 on 2025-10-14: young 7, mentored Y2 and Y4
		Locator total = this.page.locator("#monitoring tr[data-organization=total]");
		PlaywrightAssertions.assertThat(total).containsText("2 / 7");
		PlaywrightAssertions.assertThat(this.page.locator("#without-curator")).hasText("МБДОУ «Детский сад №3»");
		PlaywrightAssertions.assertThat(this.page.locator("#monitoring-xlsx"))
			.hasAttribute("data-href", "/api/exports/monitoring.xlsx?asOf=2025-10-15");
		Chromium.screenshot(this.page, "monitoring-ru-coordinator", true);
		this.page.locator("#lang").click();
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Monitoring of the target mentoring model");
		this.page.locator("#lang").click();
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Мониторинг целевой модели наставничества");
	}

	@Test
	@Order(3)
	void aCuratorSeesTheirOrganization() {
		Page curator = this.chromium.signIn("curator");
		curator.navigate("/#/register?");
		Locator asOf = curator.locator("input[name=asOf]");
		asOf.fill("2025-10-15");
		asOf.dispatchEvent("change");
		curator.locator("select[name=status]").selectOption("ALL");
		// mentees of o1: rp1 (ended by the first test), rp4, rp2, rp5; never rp3 of o2
		PlaywrightAssertions.assertThat(curator.locator("#pairs tbody tr")).hasCount(4);
		PlaywrightAssertions.assertThat(curator.locator("#pairs tr[data-pair=rp3]")).hasCount(0);
		Chromium.screenshot(curator, "register-ru-curator", false);
	}

}
