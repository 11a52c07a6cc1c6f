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
 * database's READ access mode, where the database itself refuses every write; and a time
 * and row limit.
 */
@Service
public class ReadOnlyCypher {

	/** Procedures that only describe the graph. */
	private static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshiptypes", "db.propertykeys",
			"db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties");

	/**
	 * The answer: columns, rows of plain values, and whether rows were cut at the limit.
	 */
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
		long maxBytes = this.properties.maxBytes().toBytes();
		try (Session session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			// planned before the transaction begins, so that planning does not spend its
			// time limit
			Result explained = session.run("EXPLAIN " + query, params);
			List<String> columns = explained.keys();
			var summary = explained.consume();
			if (summary.queryType() != QueryType.READ_ONLY) {
				throw DomainException.badRequest("Refused: the database plans this query as " + summary.queryType()
						+ "; this endpoint runs read-only queries.");
			}
			Set<String> operators = new java.util.HashSet<>();
			if (summary.hasPlan()) {
				checkPlan(summary.plan(), operators);
			}
			String bounded = bounded(query, columns, params);
			Map<String, Object> boundedParams = new java.util.HashMap<>(params);
			boundedParams.put(ResultBounds.MAX, maxBytes);
			boundedParams.put(ResultBounds.ROWS, this.properties.maxRows() + 1L);
			if (bounded == null && !SCHEMA_OPERATORS.containsAll(operators)) {
				throw DomainException.badRequest("This query cannot be run within the endpoint's size limits: alias "
						+ "every returned expression (RETURN expression AS name) and do not use CYPHER or PROFILE "
						+ "prefixes.");
			}
			return answer(session, config, columns, bounded, query, params, boundedParams, maxBytes, started);
		}
		catch (ClientException ex) {
			throw refusal(ex);
		}
	}

	private Answer answer(Session session, TransactionConfig config, List<String> columns, String bounded, String query,
			Map<String, Object> params, Map<String, Object> boundedParams, long maxBytes, long started) {
		try (Transaction tx = session.beginTransaction(config)) {
			Result result = tx.run((bounded != null) ? bounded : query, (bounded != null) ? boundedParams : params);
			List<List<Object>> rows = new ArrayList<>();
			boolean truncated = false;
			long total = 0;
			while (result.hasNext()) {
				Record record = result.next();
				if (rows.size() == this.properties.maxRows()) {
					truncated = true;
					break;
				}
				long units = (bounded != null) ? record.get(ResultBounds.UNITS).asLong() : 0;
				if (units > maxBytes) {
					throw DomainException.badRequest(("Refused: row %d of the answer holds about %s, more than the "
							+ "limit of %s for a whole answer (horizon.cypher.max-bytes); return less, e.g. "
							+ "size(list) instead of the list, or page with SKIP and LIMIT.")
						.formatted(rows.size() + 1, size(units), size(maxBytes)));
				}
				if (total + units > maxBytes) {
					truncated = true;
					break;
				}
				total += units;
				List<Object> row = new ArrayList<>(columns.size());
				for (int i = 0; i < columns.size(); i++) {
					row.add(plain(record.get(i).asObject()));
				}
				rows.add(row);
			}
			tx.rollback();
			return new Answer(columns, rows, truncated, (System.nanoTime() - started) / 1_000_000);
		}
	}

	private DomainException refusal(ClientException ex) {
		{
			String code = String.valueOf(ex.code());
			if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
				return DomainException.badRequest("The query ran longer than the limit of "
						+ this.properties.timeout().toSeconds() + " s and was stopped.");
			}
			if (code.contains("MemoryPoolOutOfMemory") || code.contains("Memory")) {
				return DomainException.badRequest("Refused: the query needs more memory than the database allows one "
						+ "transaction (db.memory.transaction.max): " + ex.getMessage());
			}
			if (code.contains("AccessMode") || code.contains("Forbidden")) {
				return DomainException.badRequest("Refused by the database: " + ex.getMessage());
			}
			return DomainException.badRequest("Cypher error: " + ex.getMessage());
		}
	}

	/**
	 * Operators of queries that only describe the schema: their answers are small, they
	 * run as they are.
	 */
	private static final Set<String> SCHEMA_OPERATORS = Set.of("produceresults", "procedurecall", "showindexes",
			"showconstraints", "showfunctions", "showprocedures", "projection", "filter", "limit", "skip", "sort",
			"top", "distinct", "emptyrow", "argument", "emptyresult");

	/**
	 * The query wrapped by {@link ResultBounds} (its unaliased RETURN expressions aliased
	 * first when the database asks for it), or null when the database cannot plan it so.
	 */
	private String bounded(String query, List<String> columns, Map<String, Object> params) {
		Map<String, Object> explainParams = new java.util.HashMap<>(params);
		explainParams.put(ResultBounds.MAX, 1L);
		explainParams.put(ResultBounds.ROWS, 1L);
		// each attempt on its own: a query the database refuses ends the transaction it
		// ran in
		try (Session probe = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			for (String candidate : List.of(query, ResultBounds.aliased(query))) {
				String wrapped = ResultBounds.wrap(candidate, columns);
				try {
					probe.run("EXPLAIN " + wrapped, explainParams).consume();
					return wrapped;
				}
				catch (ClientException ex) {
					// not plannable as a subquery: try the next form
				}
			}
		}
		return null;
	}

	private static String size(long bytes) {
		return (bytes >= 1024 * 1024) ? "%.1f MB".formatted(bytes / 1024.0 / 1024.0)
				: (bytes >= 1024) ? "%d KB".formatted(bytes / 1024) : bytes + " B";
	}

	private static void checkPlan(Plan plan, Set<String> operators) {
		String operator = plan.operatorType().toLowerCase(java.util.Locale.ROOT);
		operators.add(operator.replaceFirst("@.*$", "").replaceAll("[^a-z]", ""));
		if (operator.contains("loadcsv")) {
			throw DomainException.badRequest("Refused: LOAD CSV (reading files or URLs) is not allowed here.");
		}
		if (operator.contains("procedurecall")) {
			// Older plans name the procedure in "Signature", Neo4j 5 and later in
			// "Details".
			Value named = plan.arguments().containsKey("Signature") ? plan.arguments().get("Signature")
					: plan.arguments().get("Details");
			String signature = ((named != null && !named.isNull()) ? String.valueOf(named.asObject()) : "").strip()
				.toLowerCase(java.util.Locale.ROOT);
			// "Details" also holds the arguments: only the name before the first "("
			// counts there.
			int open = signature.indexOf('(');
			String procedure = (open < 0) ? signature : signature.substring(0, open).replace("`", "").strip();
			boolean allowed = plan.arguments()
				.containsKey("Signature")
						? ALLOWED_PROCEDURES.stream()
							.anyMatch((name) -> signature.contains("\"" + name + "(")
									|| signature.startsWith(name + "(") || signature.contains(" " + name + "("))
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
			checkPlan(child, operators);
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
