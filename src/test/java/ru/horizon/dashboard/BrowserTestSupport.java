package ru.horizon.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium per browser test class, on the city of
 * {@code graphs/dashboard.cypher}; the class fails if a page tried to leave the machine.
 */
@HorizonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

	@Autowired
	TestClients clients;

	Chromium chromium;

	@BeforeAll
	void startBrowser(@Autowired Driver driver) {
		this.chromium = Chromium.launch(this.clients.baseUrl());
		TestGraph.load(driver, "dashboard");
	}

	@AfterAll
	void stopBrowser() {
		if (this.chromium != null) {
			assertThat(this.chromium.outsideRequests()).as("requests leaving the machine").isEmpty();
			this.chromium.close();
		}
	}

}
