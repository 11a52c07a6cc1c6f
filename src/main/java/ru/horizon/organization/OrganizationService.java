package ru.horizon.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.system.security.ReadAggregates;

/** Organizations, districts and scopes: the module's API. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

	private final Neo4jClient neo4j;

	OrganizationService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@ReadAggregates
	public Optional<Organization> find(String id) {
		return this.neo4j.query("MATCH (o:Organization {id: $id}) RETURN " + Organization.PROJECTION + " AS o")
			.bind(id)
			.to("id")
			.fetchAs(Organization.class)
			.mappedBy((types, record) -> Organization.of(record.get("o").asMap()))
			.one();
	}

	@ReadAggregates
	public List<Organization> findAll(Collection<String> ids) {
		return List.copyOf(this.neo4j
			.query("MATCH (o:Organization) WHERE o.id IN $ids RETURN " + Organization.PROJECTION + " AS o")
			.bind(ids)
			.to("ids")
			.fetchAs(Organization.class)
			.mappedBy((types, record) -> Organization.of(record.get("o").asMap()))
			.all());
	}

	/** The districts of organizations, in one query. */
	@ReadAggregates
	public Map<Organization, District> districts(Collection<Organization> organizations) {
		List<String> ids = organizations.stream().map(Organization::districtId).distinct().toList();
		Map<String, District> byId = new HashMap<>();
		this.neo4j.query("MATCH (d:District) WHERE d.id IN $ids RETURN d.id AS id, d.name AS name")
			.bind(ids)
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> byId.put((String) row.get("id"),
					new District((String) row.get("id"), (String) row.get("name"))));
		Map<Organization, District> result = new HashMap<>();
		for (Organization organization : organizations) {
			if (organization.districtId() != null) {
				result.put(organization, byId.get(organization.districtId()));
			}
		}
		return result;
	}

}
