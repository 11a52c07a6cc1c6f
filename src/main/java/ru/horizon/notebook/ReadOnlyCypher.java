package ru.horizon.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import org.springframework.stereotype.Service;

import ru.horizon.system.DomainException;
import ru.horizon.system.security.QueryCypher;

/**
 * Runs analysts' Cypher so that it cannot change the graph, whatever its text.
 * <p>
 * Four defences, each enough for writes on its own: the lexical {@link CypherGuard}; the
 * database's own plan of the query ({@code EXPLAIN}), which must be read-only, must not
 * load CSV and may call only the schema-describing procedures; a session in the
 * database's READ access mode, where the database itself refuses every write; and a
 * time and row limit.
 */
@Service
public class ReadOnlyCypher {

	/** Procedures that only describe the graph. */
	private static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshiptypes",
			"db.propertykeys", "db.schema.visualization", "db.schema.nodetypeproperties",
			"db.schema.reltypeproperties");

	/** The answer: columns, rows of plain values, and whether rows were cut at the limit. */
	public record Answer(List<String> columns, List<List<Object>> rows, boolean truncated, long elapsedMs) {
	}

	private final Driver driver;

	private final CypherProperties properties;

	ReadOnlyCypher(Driver driver, CypherProperties properties) {
		this.driver = driver;
		this.properties = properties;
	}

	@QueryCypher
	public Answer run(String query, Map<String, Object> parameters) {
		CypherGuard.check(query);
		Map<String, Object> params = (parameters != null) ? parameters : Map.of();
		long started = System.nanoTime();
		TransactionConfig config = TransactionConfig.builder().withTimeout(this.properties.timeout()).build();
		try (Session session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
				Transaction tx = session.beginTransaction(config)) {
			var summary = tx.run("EXPLAIN " + query, params).consume();
			if (summary.queryType() != QueryType.READ_ONLY) {
				throw DomainException.badRequest("Refused: the database plans this query as " + summary.queryType()
						+ "; this endpoint runs read-only queries.");
			}
			if (summary.hasPlan()) {
				checkPlan(summary.plan());
			}
			Result result = tx.run(query, params);
			List<String> columns = result.keys();
			List<List<Object>> rows = new ArrayList<>();
			boolean truncated = false;
			while (result.hasNext()) {
				Record record = result.next();
				if (rows.size() == this.properties.maxRows()) {
					truncated = true;
					break;
				}
				List<Object> row = new ArrayList<>(columns.size());
				for (Value value : record.values()) {
					row.add(plain(value.asObject()));
				}
				rows.add(row);
			}
			tx.rollback();
			return new Answer(columns, rows, truncated, (System.nanoTime() - started) / 1_000_000);
		}
		catch (ClientException ex) {
			String code = String.valueOf(ex.code());
			if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
				throw DomainException.badRequest("The query ran longer than the limit of "
						+ this.properties.timeout().toSeconds() + " s and was stopped.");
			}
			if (code.contains("AccessMode") || code.contains("Forbidden")) {
				throw DomainException.badRequest("Refused by the database: " + ex.getMessage());
			}
			throw DomainException.badRequest("Cypher error: " + ex.getMessage());
		}
	}

	private static void checkPlan(Plan plan) {
		String operator = plan.operatorType().toLowerCase(java.util.Locale.ROOT);
		if (operator.contains("loadcsv")) {
			throw DomainException.badRequest("Refused: LOAD CSV (reading files or URLs) is not allowed here.");
		}
		if (operator.contains("procedurecall")) {
			// Older plans name the procedure in "Signature", Neo4j 5 and later in "Details".
			Value named = plan.arguments().containsKey("Signature") ? plan.arguments().get("Signature")
					: plan.arguments().get("Details");
			String signature = ((named != null && !named.isNull()) ? String.valueOf(named.asObject()) : "").strip()
				.toLowerCase(java.util.Locale.ROOT);
			// "Details" also holds the arguments: only the name before the first "(" counts there.
			int open = signature.indexOf('(');
			String procedure = (open < 0) ? signature : signature.substring(0, open).replace("`", "").strip();
			boolean allowed = plan.arguments().containsKey("Signature") ? ALLOWED_PROCEDURES.stream()
				.anyMatch((name) -> signature.contains("\"" + name + "(") || signature.startsWith(name + "(")
						|| signature.contains(" " + name + "("))
					: ALLOWED_PROCEDURES.contains(procedure);
			if (!allowed) {
				throw DomainException.badRequest("Refused: only the procedures " + ALLOWED_PROCEDURES
						+ " may be called here; the plan calls " + ((named != null) ? named : plan.arguments()));
			}
		}
		if (operator.startsWith("create") || operator.startsWith("delete") || operator.startsWith("set")
				|| operator.startsWith("merge") || operator.startsWith("remove") || operator.contains("foreach")
				|| operator.contains("transactionforeach") || operator.contains("transactionapply")) {
			throw DomainException.badRequest("Refused: the plan writes (" + plan.operatorType() + ").");
		}
		for (Plan child : plan.children()) {
			checkPlan(child);
		}
	}

	/** Nodes, relationships and paths as plain maps and lists, for JSON and CSV. */
	static Object plain(Object value) {
		return switch (value) {
			case null -> null;
			case Node node -> {
				Map<String, Object> map = new LinkedHashMap<>();
				map.put("labels", List.copyOf((java.util.Collection<String>) node.labels()));
				map.put("properties", plainMap(node.asMap()));
				yield map;
			}
			case Relationship relationship -> {
				Map<String, Object> map = new LinkedHashMap<>();
				map.put("type", relationship.type());
				map.put("properties", plainMap(relationship.asMap()));
				yield map;
			}
			case Path path -> {
				List<Object> elements = new ArrayList<>();
				path.forEach((segment) -> {
					if (elements.isEmpty()) {
						elements.add(plain(segment.start()));
					}
					elements.add(plain(segment.relationship()));
					elements.add(plain(segment.end()));
				});
				yield elements;
			}
			case Map<?, ?> map -> plainMap(map);
			case List<?> list -> list.stream().map(ReadOnlyCypher::plain).toList();
			case java.time.temporal.TemporalAccessor temporal -> temporal.toString();
			default -> value;
		};
	}

	private static Map<String, Object> plainMap(Map<?, ?> map) {
		Map<String, Object> result = new LinkedHashMap<>();
		map.forEach((k, v) -> result.put(String.valueOf(k), plain(v)));
		return result;
	}

}
