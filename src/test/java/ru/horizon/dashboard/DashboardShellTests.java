package ru.horizon.dashboard;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's frame in a real browser: the sign-in page, the language switch,
 * sign-out, GraphiQL served offline, and the friendly messages for refusals and a silent
 * server.
 */
class DashboardShellTests extends BrowserTestSupport {

	@Test
	void wrongPasswordShowsAMessageInRussian() {
		Page page = this.chromium.context().newPage();
		page.navigate("/login");
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Вход в Горизонт");
		Chromium.screenshot(page, "login-ru", false);
		page.locator("#username").fill("coordinator");
		page.locator("#password").fill("wrong");
		page.locator("button[type=submit]").click();
		PlaywrightAssertions.assertThat(page.locator("#message")).hasText("Неверное имя пользователя или пароль.");
		Chromium.close(page.context());
	}

	@Test
	void signInPageSwitchesToEnglish() {
		Page page = this.chromium.context().newPage();
		page.navigate("/login");
		page.locator("#lang").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Sign in to Horizon");
		PlaywrightAssertions.assertThat(page.locator("button[type=submit]")).hasText("Sign in");
		Chromium.screenshot(page, "login-en", false);
		Chromium.close(page.context());
	}

	@Test
	void signedInCoordinatorSeesEverySectionAndSwitchesLanguage() {
		Page page = this.chromium.signIn("coordinator");
		PlaywrightAssertions.assertThat(page.locator("#nav a"))
			.hasText(new String[] { "Показатели", "Изолированные педагоги", "Горизонтальное обучение", "Динамика",
					"Подбор наставника", "План назначений", "Реестр наставничества", "Мониторинг", "Импорт",
					"GraphiQL" });
		PlaywrightAssertions.assertThat(page.locator("#user")).containsText("coordinator · координатор");
		page.locator("#lang").click();
		PlaywrightAssertions.assertThat(page.locator("#nav a").first()).hasText("Indicators");
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
		PlaywrightAssertions.assertThat(page.locator("#user")).containsText("coordinator · coordinator");
		page.locator("#lang").click();
		PlaywrightAssertions.assertThat(page.locator("#nav a").first()).hasText("Показатели");
		Chromium.close(page.context());
	}

	@Test
	void signOutReturnsToTheSignInPage() {
		Page page = this.chromium.signIn("analyst");
		page.locator("#logout").click();
		page.waitForURL(Pattern.compile(".*/login\\?logout$"));
		PlaywrightAssertions.assertThat(page.locator("#message")).hasText("Вы вышли из системы.");
		page.navigate("/");
		page.waitForURL(Pattern.compile(".*/login.*"));
		Chromium.close(page.context());
	}

	@Test
	void graphiqlRunsAQueryWithoutLeavingTheMachine() {
		Page page = this.chromium.signIn("coordinator");
		page.navigate("/graphiql");
		page.locator(".graphiql-container").waitFor();
		// The default document's operation is named Coverage; the replacement keeps the
		// name.
		page.evaluate("""
				() => {
				  const editor = document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;
				  editor.setValue('query Coverage { organization(id: "o2") { id name kind district { name } } }');
				}""");
		page.locator(".graphiql-execute-button").click();
		PlaywrightAssertions.assertThat(page.locator(".result-window")).containsText("МАОУ «Гимназия №56»");
		PlaywrightAssertions.assertThat(page.locator(".result-window")).containsText("Октябрьский");
		Chromium.screenshot(page, "graphiql", false);
		Chromium.close(page.context());
	}

	@Test
	void refusalIsAFriendlyMessage() {
		Page page = this.chromium.signIn("coordinator");
		// The server's answer to a role without the right: a GraphQL error classified
		// FORBIDDEN.
		page.route("**/graphql", (Route route) -> route.fulfill(new Route.FulfillOptions().setStatus(200)
			.setContentType("application/json")
			.setBody("{\"errors\":[{\"message\":\"Access Denied\",\"extensions\":{\"classification\":\"FORBIDDEN\"}}],"
					+ "\"data\":null}")));
		page.navigate("/#/overview");
		PlaywrightAssertions.assertThat(page.locator("[data-error=FORBIDDEN]"))
			.containsText("Недостаточно прав: ваша роль не позволяет видеть эти данные.");
		Chromium.screenshot(page, "error-forbidden-ru", false);
		Chromium.close(page.context());
	}

	@Test
	void silentServerIsAFriendlyMessageWithRetry() {
		Page page = this.chromium.signIn("coordinator");
		page.route("**/graphql", Route::abort);
		page.navigate("/#/horizontal");
		PlaywrightAssertions.assertThat(page.locator("[data-error=NETWORK]")).containsText("Сервер не отвечает");
		PlaywrightAssertions.assertThat(page.locator("[data-error=NETWORK] button")).hasText("Повторить");
		Chromium.close(page.context());
	}

}
