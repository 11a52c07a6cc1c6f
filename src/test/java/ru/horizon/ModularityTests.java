package ru.horizon;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesDependOnlyOnEachOthersApi() {
		ApplicationModules.of(HorizonApplication.class).verify();
	}

}
