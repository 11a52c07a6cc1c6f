package ru.horizon.organization;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class OrganizationController {

	private final OrganizationService organizations;

	OrganizationController(OrganizationService organizations) {
		this.organizations = organizations;
	}

	@QueryMapping
	Organization organization(@Argument String id) {
		return this.organizations.find(id).orElse(null);
	}

	@BatchMapping
	Map<Organization, District> district(List<Organization> organizations) {
		return this.organizations.districts(organizations);
	}

}
