package ru.horizon.organization;

import java.util.HashMap;
import java.util.Map;

/**
 * A part of the graph an answer is about: a region, municipality, district, one
 * organization or a kind of organization, combined with AND; all empty means everything.
 */
public record Scope(String regionId, String municipalityId, String districtId, String organizationId,
		OrganizationKind organizationKind) {

	/** Everything. */
	public static final Scope ALL = new Scope(null, null, null, null, null);

	/**
	 * True for an organization {@code o} in the scope, with the parameters of
	 * {@link #parameters()}.
	 */
	public static final String PREDICATE = """
			($scopeOrganizationId IS NULL OR o.id = $scopeOrganizationId)
			AND ($scopeKind IS NULL OR o.kind = $scopeKind)
			AND ($scopeDistrictId IS NULL OR EXISTS { (o)-[:IN_DISTRICT]->(:District {id: $scopeDistrictId}) })
			AND ($scopeMunicipalityId IS NULL
				OR EXISTS { (o)-[:IN_DISTRICT]->(:District)-[:IN_MUNICIPALITY]->(:Municipality {id: $scopeMunicipalityId}) }
				OR EXISTS { (o)-[:IN_MUNICIPALITY]->(:Municipality {id: $scopeMunicipalityId}) })
			AND ($scopeRegionId IS NULL
				OR EXISTS { (o)-[:IN_DISTRICT]->(:District)-[:IN_MUNICIPALITY]->(:Municipality)-[:IN_REGION]->(:Region {id: $scopeRegionId}) }
				OR EXISTS { (o)-[:IN_MUNICIPALITY]->(:Municipality)-[:IN_REGION]->(:Region {id: $scopeRegionId}) })
			""";

	public static Scope orAll(Scope scope) {
		return (scope != null) ? scope : ALL;
	}

	/** This scope, further limited to one organization. */
	public Scope limitedTo(String organization) {
		return new Scope(this.regionId, this.municipalityId, this.districtId, organization, this.organizationKind);
	}

	/** The parameters {@link #PREDICATE} reads. */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("scopeOrganizationId", this.organizationId);
		parameters.put("scopeKind", (this.organizationKind != null) ? this.organizationKind.name() : null);
		parameters.put("scopeDistrictId", this.districtId);
		parameters.put("scopeMunicipalityId", this.municipalityId);
		parameters.put("scopeRegionId", this.regionId);
		return parameters;
	}

}
