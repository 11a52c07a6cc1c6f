package ru.horizon.organization;

import java.util.List;

/**
 * An educational organization.
 *
 * @param id external id
 * @param name name as the registry writes it
 * @param kind kind
 * @param subtype e.g. lyceum, gymnasium
 * @param flags LOW_RESULTS, ADVERSE_CONDITIONS, INTERNSHIP_SITE, RESOURCE_CENTER
 * @param districtId the city district, if any
 */
public record Organization(String id, String name, OrganizationKind kind, String subtype, List<String> flags,
		String districtId) {

	/** The Cypher map projection that {@link #of(java.util.Map)} reads, for {@code o}. */
	public static final String PROJECTION = "o {.id, .name, .kind, .subtype, .flags, "
			+ "districtId: COLLECT { MATCH (o)-[:IN_DISTRICT]->(d:District) RETURN d.id LIMIT 1 }[0]}";

	@SuppressWarnings("unchecked")
	public static Organization of(java.util.Map<String, Object> row) {
		Object flags = row.get("flags");
		return new Organization((String) row.get("id"), (String) row.get("name"),
				OrganizationKind.valueOf((String) row.get("kind")), (String) row.get("subtype"),
				(flags != null) ? (List<String>) flags : List.of(), (String) row.get("districtId"));
	}

}
