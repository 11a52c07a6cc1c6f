package ru.horizon.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.horizon.ingest.internal.ImportFormat.Column;
import ru.horizon.ingest.internal.ImportFormat.FileSpec;

/**
 * Checks every rule of import-format.md on the tables read and turns their cells into the
 * values the graph stores. Finds every error, not only the first: each is
 * {@code file:line: column: message}.
 */
public final class Validator {

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern RUSSIAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

	/** Which keys of a label already exist in the graph. */
	@FunctionalInterface
	public interface GraphKeys {

		Set<String> existing(String label, Collection<String> keys);

	}

	private record Problem(int file, int line, int column, String text) {
	}

	private record Reference(String label, String key, int file, int line, int column, String columnName) {
	}

	private record CodeUse(String label, String code, int file, int line, int column, String columnName) {
	}

	private final LocalDate today;

	private final GraphKeys graph;

	private final List<Problem> errors = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	private final List<Reference> references = new ArrayList<>();

	private final List<CodeUse> codes = new ArrayList<>();

	/** Keys defined by the files, by label. */
	private final Map<String, Set<String>> defined = new HashMap<>();

	/** How errors name each file, by its index in the format. */
	private final Map<Integer, String> labels = new HashMap<>();

	/**
	 * @param today the day of the import: no experience or pair starts after it
	 * @param graph the keys already in the graph
	 */
	public Validator(LocalDate today, GraphKeys graph) {
		this.today = today;
		this.graph = graph;
	}

	/** Validates {@code tables}; the result holds the rows to write or the errors. */
	public ValidatedImport validate(Map<String, Table> tables) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		for (int f = 0; f < ImportFormat.FILES.size(); f++) {
			FileSpec spec = ImportFormat.FILES.get(f);
			Table table = tables.get(spec.name());
			if (table == null) {
				if (spec.required()) {
					this.errors.add(new Problem(f, 0, -1, spec.name() + ".csv:0: -: the file " + spec.name()
							+ " is required and missing"));
				}
				continue;
			}
			this.labels.put(f, table.label());
			rows.put(spec.name(), validate(f, spec, table));
		}
		checkReferences();
		Map<String, Set<String>> existing = new LinkedHashMap<>();
		if (this.errors.isEmpty()) {
			for (FileSpec spec : ImportFormat.FILES) {
				List<Map<String, Object>> fileRows = rows.get(spec.name());
				if (spec.label() != null && fileRows != null) {
					List<String> keys = fileRows.stream().map((r) -> (String) r.get(spec.key())).toList();
					existing.put(spec.name(), this.graph.existing(spec.label(), keys));
				}
			}
		}
		List<String> messages = this.errors.stream()
			.sorted(Comparator.comparingInt(Problem::file)
				.thenComparingInt(Problem::line)
				.thenComparingInt(Problem::column))
			.map(Problem::text)
			.toList();
		return new ValidatedImport(rows, existing, messages, List.copyOf(this.warnings));
	}

	private List<Map<String, Object>> validate(int f, FileSpec spec, Table table) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < table.headers().size(); i++) {
			String header = table.headers().get(i);
			if (header.startsWith("\uFEFF")) {
				header = header.substring(1);
			}
			if (spec.column(header).isEmpty()) {
				if (!header.isEmpty()) {
					this.warnings.add(table.label() + ":1: " + header + ": unknown column, ignored");
				}
				continue;
			}
			if (index.containsKey(header)) {
				error(f, 1, spec, header, table, "the column appears twice");
				continue;
			}
			index.put(header, i);
		}
		boolean columnsMissing = false;
		for (Column column : spec.columns()) {
			if (column.required() && !index.containsKey(column.name())) {
				error(f, 1, spec, column.name(), table, "missing required column");
				columnsMissing = true;
			}
		}
		if (columnsMissing) {
			return List.of();
		}
		// A key seen twice is an error; a relationship seen twice is the later row updating
		// the earlier one, so it is kept once, where it last appeared.
		Map<String, Integer> firstLine = new HashMap<>();
		Map<Object, Map<String, Object>> result = new LinkedHashMap<>();
		for (Table.Row row : table.rows()) {
			Map<String, Object> values = new HashMap<>();
			int errorsBefore = this.errors.size();
			for (Column column : spec.columns()) {
				Integer at = index.get(column.name());
				String raw = (at != null && at < row.cells().length) ? row.cells()[at].strip() : "";
				Object value = convert(f, spec, table, row.line(), column, raw);
				values.put(column.name(), value);
			}
			if (this.errors.size() == errorsBefore) {
				rules(f, spec, table, row.line(), values);
			}
			Object key;
			if (spec.key() != null) {
				String id = (String) values.get(spec.key());
				if (id == null) {
					continue;
				}
				Integer first = firstLine.putIfAbsent(id, row.line());
				if (first != null) {
					error(f, row.line(), spec, spec.key(), table,
							"duplicate " + spec.key() + " '" + id + "' (first on line " + first + ")");
					continue;
				}
				this.defined.computeIfAbsent(spec.label(), (k) -> new HashSet<>()).add(id);
				key = id;
			}
			else {
				key = relationshipKey(spec, values);
			}
			result.remove(key);
			result.put(key, values);
		}
		return new ArrayList<>(result.values());
	}

	private static Object relationshipKey(FileSpec spec, Map<String, Object> v) {
		return switch (spec.name()) {
			case "employments" -> List.of(String.valueOf(v.get("teacher_id")), String.valueOf(v.get("organization_id")),
					String.valueOf(v.get("since")));
			case "memberships" -> List.of(String.valueOf(v.get("group_id")), String.valueOf(v.get("member_type")),
					String.valueOf(v.get("member_id")));
			case "participations" -> List.of(String.valueOf(v.get("event_id")), String.valueOf(v.get("teacher_id")));
			case "teacher_competencies" -> List.of(String.valueOf(v.get("teacher_id")),
					String.valueOf(v.get("competency_code")), String.valueOf(v.get("kind")));
			case "awards" -> List.of(String.valueOf(v.get("teacher_id")), String.valueOf(v.get("title")));
			default -> v;
		};
	}

	/** The rules between columns of one row. */
	private void rules(int f, FileSpec spec, Table table, int line, Map<String, Object> v) {
		switch (spec.name()) {
			case "teachers" -> {
				notAfterToday(f, spec, table, line, v, "teaching_since");
				notBefore(f, spec, table, line, v, "left_on", "teaching_since");
			}
			case "employments" -> notBefore(f, spec, table, line, v, "until", "since");
			case "mentoring_pairs" -> {
				notAfterToday(f, spec, table, line, v, "started_on");
				notBefore(f, spec, table, line, v, "ended_on", "started_on");
				if (v.get("mentor_id") != null && v.get("mentor_id").equals(v.get("mentee_id"))) {
					error(f, line, spec, "mentee_id", table, "a teacher cannot mentor themself ('" + v.get("mentee_id")
							+ "')");
				}
				Object satisfaction = v.get("satisfaction");
				if (satisfaction != null && ((Long) satisfaction < 1 || (Long) satisfaction > 10)) {
					error(f, line, spec, "satisfaction", table, "must be from 1 to 10, not " + satisfaction);
				}
			}
			case "groups" -> {
				notAfterToday(f, spec, table, line, v, "started_on");
				notBefore(f, spec, table, line, v, "ended_on", "started_on");
			}
			case "memberships" -> {
				notBefore(f, spec, table, line, v, "until", "since");
				if (v.get("member_id") != null) {
					String label = "ORGANIZATION".equals(v.get("member_type")) ? "Organization" : "Teacher";
					reference(f, spec, line, "member_id", label, (String) v.get("member_id"));
				}
			}
			default -> {
			}
		}
		for (Column column : spec.columns()) {
			if (column.type() == ImportFormat.Type.REFERENCE && v.get(column.name()) != null) {
				reference(f, spec, line, column.name(), column.reference(), (String) v.get(column.name()));
			}
		}
	}

	private void reference(int f, FileSpec spec, int line, String column, String label, String key) {
		this.references.add(new Reference(label, key, f, line, columnIndex(spec, column), column));
	}

	private void notAfterToday(int f, FileSpec spec, Table table, int line, Map<String, Object> v, String column) {
		LocalDate date = (LocalDate) v.get(column);
		if (date != null && date.isAfter(this.today)) {
			error(f, line, spec, column, table, date + " is after the day of the import (" + this.today + ")");
		}
	}

	private void notBefore(int f, FileSpec spec, Table table, int line, Map<String, Object> v, String end,
			String start) {
		LocalDate endDate = (LocalDate) v.get(end);
		LocalDate startDate = (LocalDate) v.get(start);
		if (endDate != null && startDate != null && endDate.isBefore(startDate)) {
			error(f, line, spec, end, table, endDate + " is before " + start + " " + startDate);
		}
	}

	private Object convert(int f, FileSpec spec, Table table, int line, Column column, String raw) {
		if (raw.isEmpty()) {
			if (column.defaultValue() != null) {
				raw = column.defaultValue();
			}
			else if (column.required()) {
				error(f, line, spec, column.name(), table, "missing required value");
				return null;
			}
			else {
				return switch (column.type()) {
					case ENUM_LIST, SUBJECT_CODES, COMPETENCY_CODES -> List.of();
					default -> null;
				};
			}
		}
		switch (column.type()) {
			case TEXT, REFERENCE:
				return raw;
			case DATE: {
				LocalDate date = parseDate(raw);
				if (date == null) {
					error(f, line, spec, column.name(), table,
							"bad date '" + raw + "' (expected YYYY-MM-DD or DD.MM.YYYY)");
				}
				return date;
			}
			case NUMBER:
				try {
					double number = Double.parseDouble(raw.replace(',', '.'));
					if (!Double.isFinite(number)) {
						throw new NumberFormatException();
					}
					return number;
				}
				catch (NumberFormatException ex) {
					error(f, line, spec, column.name(), table, "not a number: '" + raw + "'");
					return null;
				}
			case INTEGER:
				try {
					return Long.parseLong(raw);
				}
				catch (NumberFormatException ex) {
					error(f, line, spec, column.name(), table, "not a whole number: '" + raw + "'");
					return null;
				}
			case BOOLEAN:
				return switch (raw.toLowerCase(Locale.ROOT)) {
					case "true", "yes", "1", "да" -> Boolean.TRUE;
					case "false", "no", "0", "нет" -> Boolean.FALSE;
					default -> {
						error(f, line, spec, column.name(), table, "not true or false: '" + raw + "'");
						yield null;
					}
				};
			case ENUM: {
				String value = raw.toUpperCase(Locale.ROOT);
				if (!column.values().contains(value)) {
					error(f, line, spec, column.name(), table, unknownValue(raw, column));
					return null;
				}
				return value;
			}
			case ENUM_LIST: {
				Set<String> values = new LinkedHashSet<>();
				for (String part : split(raw)) {
					String value = part.toUpperCase(Locale.ROOT);
					if (!column.values().contains(value)) {
						error(f, line, spec, column.name(), table, unknownValue(part, column));
					}
					values.add(value);
				}
				return List.copyOf(values);
			}
			case SUBJECT_CODES, COMPETENCY_CODES: {
				Set<String> values = new LinkedHashSet<>(split(raw));
				String label = (column.type() == ImportFormat.Type.SUBJECT_CODES) ? "Subject" : "Competency";
				for (String code : values) {
					this.codes.add(new CodeUse(label, code, f, line, columnIndex(spec, column.name()), column.name()));
				}
				return List.copyOf(values);
			}
			default:
				throw new IllegalStateException(column.type().name());
		}
	}

	private static List<String> split(String raw) {
		List<String> parts = new ArrayList<>();
		for (String part : raw.split("\\|")) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

	private static String unknownValue(String raw, Column column) {
		return "unknown value '" + raw + "' (expected one of " + String.join(", ", column.values()) + ")";
	}

	/** YYYY-MM-DD or DD.MM.YYYY, or null when it is neither or no such day exists. */
	public static LocalDate parseDate(String raw) {
		try {
			Matcher iso = ISO_DATE.matcher(raw);
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)));
			}
			Matcher russian = RUSSIAN_DATE.matcher(raw);
			if (russian.matches()) {
				return LocalDate.of(Integer.parseInt(russian.group(3)), Integer.parseInt(russian.group(2)),
						Integer.parseInt(russian.group(1)));
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		return null;
	}

	private void checkReferences() {
		Map<String, Set<String>> wanted = new HashMap<>();
		for (Reference reference : this.references) {
			if (!this.defined.getOrDefault(reference.label(), Set.of()).contains(reference.key())) {
				wanted.computeIfAbsent(reference.label(), (k) -> new HashSet<>()).add(reference.key());
			}
		}
		for (CodeUse use : this.codes) {
			if (!this.defined.getOrDefault(use.label(), Set.of()).contains(use.code())) {
				wanted.computeIfAbsent(use.label(), (k) -> new HashSet<>()).add(use.code());
			}
		}
		Map<String, Set<String>> inGraph = new HashMap<>();
		wanted.forEach((label, keys) -> inGraph.put(label, this.graph.existing(label, keys)));
		for (Reference reference : this.references) {
			if (!known(inGraph, reference.label(), reference.key())) {
				this.errors.add(new Problem(reference.file(), reference.line(), reference.column(),
						this.labels.get(reference.file()) + ":" + reference.line() + ": " + reference.columnName() + ": unknown "
								+ reference.label() + " '" + reference.key()
								+ "' (neither in the files nor in the graph)"));
			}
		}
		Set<String> reported = new HashSet<>();
		for (CodeUse use : this.codes) {
			if (!known(inGraph, use.label(), use.code()) && reported.add(use.label() + "\u0000" + use.code())) {
				this.warnings.add(this.labels.get(use.file()) + ":" + use.line() + ": " + use.columnName() + ": unknown "
						+ use.label() + " code '" + use.code() + "', created with its code as name");
			}
		}
	}

	private boolean known(Map<String, Set<String>> inGraph, String label, String key) {
		return this.defined.getOrDefault(label, Set.of()).contains(key)
				|| inGraph.getOrDefault(label, Set.of()).contains(key);
	}

	private static int columnIndex(FileSpec spec, String column) {
		for (int i = 0; i < spec.columns().size(); i++) {
			if (spec.columns().get(i).name().equals(column)) {
				return i;
			}
		}
		return -1;
	}

	private void error(int f, int line, FileSpec spec, String column, Table table, String message) {
		this.errors.add(new Problem(f, line, columnIndex(spec, column),
				table.label() + ":" + line + ": " + column + ": " + message));
	}

}
