package ru.horizon.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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

	/**
	 * Which keys of a label already exist in the graph, and what else validation reads
	 * from it.
	 */
	@FunctionalInterface
	public interface GraphKeys {

		/** A graph without data: no key, code or pair of it exists. */
		GraphKeys NONE = (label, keys) -> Set.of();

		Set<String> existing(String label, Collection<String> keys);

		/**
		 * Every key of {@code label}: used for the codes of subjects and competencies
		 * only (small).
		 */
		default Set<String> all(String label) {
			return Set.of();
		}

		/** The pairs the graph holds with these mentors. */
		default List<StoredPair> pairsOfMentors(Collection<String> mentorIds) {
			return List.of();
		}

	}

	/**
	 * A mentoring pair as the graph holds it.
	 *
	 * @param id the pair's id
	 * @param mentorId its mentor
	 * @param startedOn its first day
	 * @param endedOn its last day, or null while it goes on
	 */
	public record StoredPair(String id, String mentorId, LocalDate startedOn, LocalDate endedOn) {
	}

	private record Problem(int file, int line, int column, String text) {
	}

	private record Reference(String label, String key, int file, int line, int column, String columnName,
			Map<String, Object> row) {
	}

	private record CodeUse(String label, String code, int file, int line, int column, String columnName,
			Map<String, Object> row) {
	}

	/** The labels whose keys are codes: matched regardless of case and of ё/е. */
	private static final Set<String> CODE_LABELS = Set.of("Subject", "Competency");

	/** Cyrillic letters that look like Latin capitals, as typed into enum values. */
	private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(Map.entry('А', 'A'), Map.entry('В', 'B'),
			Map.entry('Е', 'E'), Map.entry('К', 'K'), Map.entry('М', 'M'), Map.entry('Н', 'H'), Map.entry('О', 'O'),
			Map.entry('Р', 'P'), Map.entry('С', 'C'), Map.entry('Т', 'T'), Map.entry('Х', 'X'), Map.entry('У', 'Y'));

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

	/** The columns each file holds. */
	private final Map<String, List<String>> columns = new LinkedHashMap<>();

	/** The line of every validated row. */
	private final Map<Map<String, Object>, Integer> lines = new IdentityHashMap<>();

	/**
	 * Characters tidied in free text, per file, column and character: the first line and
	 * how many cells.
	 */
	private final Map<String, int[]> tidied = new LinkedHashMap<>();

	private int maxMenteesPerMentor = Integer.MAX_VALUE;

	/**
	 * @param today the day of the import: no experience or pair starts after it
	 * @param graph the keys already in the graph
	 */
	public Validator(LocalDate today, GraphKeys graph) {
		this.today = today;
		this.graph = graph;
	}

	/**
	 * Checks that no mentor has more than {@code max} active mentees on any day a pair of
	 * the files is active (the pairs of the files with those the graph holds).
	 */
	public Validator maxMenteesPerMentor(int max) {
		this.maxMenteesPerMentor = max;
		return this;
	}

	/** Validates {@code tables}; the result holds the rows to write or the errors. */
	public ValidatedImport validate(Map<String, Table> tables) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		for (int f = 0; f < ImportFormat.FILES.size(); f++) {
			FileSpec spec = ImportFormat.FILES.get(f);
			Table table = tables.get(spec.name());
			if (table == null) {
				if (spec.required()) {
					this.errors.add(new Problem(f, 0, -1,
							spec.name() + ".csv:0: -: the file " + spec.name() + " is required and missing"));
				}
				continue;
			}
			this.labels.put(f, table.label());
			rows.put(spec.name(), validate(f, spec, table));
		}
		checkReferences();
		if (this.errors.isEmpty()) {
			checkOverlappingEmployments(rows.get("employments"));
			checkCapacity(rows.get("mentoring_pairs"));
		}
		this.tidied.forEach((key, at) -> {
			String[] parts = key.split("\u0000");
			int cp = Integer.parseInt(parts[2]);
			this.warnings.add(parts[0] + ":" + at[0] + ": " + parts[1] + ": " + Cells.describe(cp)
					+ (Cells.isFormat(cp) ? " removed" : " read as an ordinary space") + " (" + at[1]
					+ " cell(s) of the column, the first on this line)");
		});
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
		return new ValidatedImport(rows, existing, messages, List.copyOf(this.warnings), Map.copyOf(this.columns));
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
		this.columns.put(spec.name(), spec.columns().stream().map(Column::name).filter(index::containsKey).toList());
		// A key seen twice is an error; a relationship seen twice is the later row
		// updating
		// the earlier one, so it is kept once, where it last appeared.
		Map<String, Integer> firstLine = new HashMap<>();
		Map<Object, Map<String, Object>> result = new LinkedHashMap<>();
		for (Table.Row row : table.rows()) {
			Map<String, Object> values = new HashMap<>();
			int errorsBefore = this.errors.size();
			for (Column column : spec.columns()) {
				Integer at = index.get(column.name());
				String raw = (at != null && at < row.cells().length)
						? clean(f, spec, table, row.line(), column, row.cells()[at]) : "";
				Object value = (raw != null) ? convert(f, spec, table, row.line(), column, raw, values) : null;
				values.put(column.name(), value);
			}
			this.lines.put(values, row.line());
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
					error(f, line, spec, "mentee_id", table,
							"a teacher cannot mentor themself ('" + v.get("mentee_id") + "')");
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
					reference(f, spec, line, "member_id", label, (String) v.get("member_id"), v);
				}
			}
			default -> {
			}
		}
		for (Column column : spec.columns()) {
			if (column.type() == ImportFormat.Type.REFERENCE && v.get(column.name()) != null) {
				reference(f, spec, line, column.name(), column.reference(), (String) v.get(column.name()), v);
			}
		}
	}

	private void reference(int f, FileSpec spec, int line, String column, String label, String key,
			Map<String, Object> row) {
		this.references.add(new Reference(label, key, f, line, columnIndex(spec, column), column, row));
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

	/**
	 * A cell without the invisible characters at its edges. Free text keeps its visible
	 * content (other spaces read as spaces, format characters dropped, with a warning);
	 * an id, code, date, number or enum value holding an invisible character is an error
	 * naming it. Null after an error.
	 */
	private String clean(int f, FileSpec spec, Table table, int line, Column column, String cell) {
		String value = Cells.trimEdges(cell);
		boolean freeText = column.type() == ImportFormat.Type.TEXT && !column.name().equals(spec.key());
		if (freeText) {
			int control = Cells.firstForbiddenControl(value);
			if (control >= 0) {
				error(f, line, spec, column.name(), table, "holds the control character " + Cells.describe(control)
						+ " ('" + shown(value) + "'): remove it");
				return null;
			}
			int changed = Cells.firstTidied(value);
			if (changed >= 0) {
				int[] at = this.tidied.computeIfAbsent(table.label() + "\u0000" + column.name() + "\u0000" + changed,
						(k) -> new int[] { line, 0 });
				at[1]++;
				return Cells.tidyText(value);
			}
			return value;
		}
		List<String> parts = new ArrayList<>();
		boolean list = switch (column.type()) {
			case ENUM_LIST, SUBJECT_CODES, COMPETENCY_CODES -> true;
			default -> false;
		};
		for (String part : list ? value.split("\\|", -1) : new String[] { value }) {
			String trimmed = Cells.trimEdges(part);
			int invisible = Cells.firstInvisible(trimmed);
			if (invisible >= 0) {
				error(f, line, spec, column.name(), table, "'" + shown(trimmed) + "' holds " + Cells.describe(invisible)
						+ ", a character that cannot be seen: type the value again without it");
				return null;
			}
			parts.add(trimmed);
		}
		return String.join("|", parts);
	}

	/** {@code text} with every invisible character shown as ⟨U+XXXX⟩. */
	private static String shown(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach((cp) -> {
			if (Cells.isOtherSpace(cp) || Cells.isFormat(cp) || Cells.isControl(cp)) {
				out.append("\u27E8U+%04X\u27E9".formatted(cp));
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		return out.toString();
	}

	private Object convert(int f, FileSpec spec, Table table, int line, Column column, String raw,
			Map<String, Object> row) {
		if (raw.isEmpty()) {
			if (column.defaultValue() != null) {
				raw = column.defaultValue();
			}
			else if (column.required()) {
				error(f, line, spec, column.name(), table, "missing required value");
				return null;
			}
			else {
				// No flags is no property (an empty list neither, below): the graph has
				// one
				// way to say it, which Neo4j's bulk importer can write too.
				return switch (column.type()) {
					case SUBJECT_CODES, COMPETENCY_CODES -> List.of();
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
					error(f, line, spec, column.name(), table, "bad date '" + raw
							+ "' (expected YYYY-MM-DD or DD.MM.YYYY)"
							+ (raw.matches("\\d{5}(\\.\\d+)?")
									? "; a number like this is an Excel date cell formatted as a number: format the"
											+ " column as a date"
									: ""));
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
					case "true", "yes", "1", "да", "истина" -> Boolean.TRUE;
					case "false", "no", "0", "нет", "ложь" -> Boolean.FALSE;
					default -> {
						error(f, line, spec, column.name(), table, "not true or false: '" + raw + "'");
						yield null;
					}
				};
			case ENUM: {
				return enumValue(f, spec, table, line, column, raw);
			}
			case ENUM_LIST: {
				Set<String> values = new LinkedHashSet<>();
				for (String part : split(raw)) {
					values.add(enumValue(f, spec, table, line, column, part));
				}
				values.remove(null);
				return values.isEmpty() ? null : List.copyOf(values);
			}
			case SUBJECT_CODES, COMPETENCY_CODES: {
				Set<String> values = new LinkedHashSet<>(split(raw));
				String label = (column.type() == ImportFormat.Type.SUBJECT_CODES) ? "Subject" : "Competency";
				for (String code : values) {
					this.codes
						.add(new CodeUse(label, code, f, line, columnIndex(spec, column.name()), column.name(), row));
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

	/**
	 * An enum value in any case; Cyrillic letters that look like Latin ones (С in SCHOOL)
	 * are read as Latin with a warning naming them; anything else unknown is an error.
	 */
	private String enumValue(int f, FileSpec spec, Table table, int line, Column column, String raw) {
		String value = raw.toUpperCase(Locale.ROOT);
		if (column.values().contains(value)) {
			return value;
		}
		int foreign = Cells.firstNonAscii(value);
		if (foreign >= 0) {
			StringBuilder latin = new StringBuilder();
			for (char c : value.toCharArray()) {
				latin.append(LOOK_ALIKES.getOrDefault(c, c));
			}
			if (column.values().contains(latin.toString())) {
				this.warnings.add(table.label() + ":" + line + ": " + column.name() + ": '" + raw + "' holds "
						+ Cells.describe(foreign) + " that looks like a Latin letter; read as " + latin);
				return latin.toString();
			}
			error(f, line, spec, column.name(), table,
					unknownValue(raw, column) + "; it holds " + Cells.describe(foreign) + ", not a Latin letter");
			return null;
		}
		error(f, line, spec, column.name(), table, unknownValue(raw, column));
		return null;
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
		Map<String, Map<String, Set<String>>> folded = new HashMap<>();
		for (Reference reference : this.references) {
			if (known(inGraph, reference.label(), reference.key())) {
				continue;
			}
			String same = CODE_LABELS.contains(reference.label()) ? sameCode(folded, reference.label(), reference.key())
					: null;
			if (same != null) {
				reference.row().put(reference.columnName(), same);
				this.warnings.add(this.labels.get(reference.file()) + ":" + reference.line() + ": "
						+ reference.columnName() + ": " + reference.label() + " code '" + reference.key()
						+ "' read as '" + same + "' (the same code but for case or \u0451/\u0435)");
				continue;
			}
			this.errors.add(new Problem(reference.file(), reference.line(), reference.column(),
					this.labels.get(reference.file()) + ":" + reference.line() + ": " + reference.columnName()
							+ ": unknown " + reference.label() + " '" + reference.key()
							+ "' (neither in the files nor in the graph)"));
		}
		Set<String> reported = new HashSet<>();
		for (CodeUse use : this.codes) {
			if (known(inGraph, use.label(), use.code())) {
				continue;
			}
			String same = sameCode(folded, use.label(), use.code());
			if (same != null) {
				@SuppressWarnings("unchecked")
				List<String> codes = (List<String>) use.row().get(use.columnName());
				use.row()
					.put(use.columnName(), List.copyOf(
							new LinkedHashSet<>(codes.stream().map((c) -> c.equals(use.code()) ? same : c).toList())));
				if (reported.add(use.label() + "\u0000" + use.code())) {
					this.warnings.add(this.labels.get(use.file()) + ":" + use.line() + ": " + use.columnName() + ": "
							+ use.label() + " code '" + use.code() + "' read as '" + same
							+ "' (the same code but for case or \u0451/\u0435)");
				}
				continue;
			}
			if (reported.add(use.label() + "\u0000" + use.code())) {
				this.warnings.add(this.labels.get(use.file()) + ":" + use.line() + ": " + use.columnName()
						+ ": unknown " + use.label() + " code '" + use.code() + "', created with its code as name");
			}
		}
	}

	/**
	 * The one known code of {@code label} (in the files or the graph) that equals
	 * {@code code} but for case and ё/е; null when there is none or more than one.
	 */
	private String sameCode(Map<String, Map<String, Set<String>>> folded, String label, String code) {
		Map<String, Set<String>> byFold = folded.computeIfAbsent(label, (l) -> {
			Map<String, Set<String>> map = new HashMap<>();
			Set<String> all = new HashSet<>(this.graph.all(l));
			all.addAll(this.defined.getOrDefault(l, Set.of()));
			for (String known : all) {
				map.computeIfAbsent(Cells.fold(known), (k) -> new HashSet<>()).add(known);
			}
			return map;
		});
		Set<String> same = byFold.getOrDefault(Cells.fold(code), Set.of());
		return (same.size() == 1) ? same.iterator().next() : null;
	}

	/**
	 * Warns of main employments of one teacher that overlap: on the overlapping days the
	 * teacher's main organization is the one of the later {@code since} (equal: the
	 * smaller organization id), the rule every indicator applies.
	 */
	private void checkOverlappingEmployments(List<Map<String, Object>> employments) {
		if (employments == null) {
			return;
		}
		Map<String, List<Map<String, Object>>> byTeacher = new LinkedHashMap<>();
		for (Map<String, Object> e : employments) {
			if (Boolean.TRUE.equals(e.get("main"))) {
				byTeacher.computeIfAbsent((String) e.get("teacher_id"), (k) -> new ArrayList<>()).add(e);
			}
		}
		String label = this.labels.get(ImportFormat.FILES.indexOf(ImportFormat.BY_NAME.get("employments")));
		byTeacher.forEach((teacher, rows) -> {
			rows.sort(Comparator.comparing((Map<String, Object> e) -> (LocalDate) e.get("since"))
				.thenComparing((e) -> (String) e.get("organization_id")));
			for (int i = 0; i < rows.size(); i++) {
				for (int j = i + 1; j < rows.size(); j++) {
					Map<String, Object> earlier = rows.get(i);
					Map<String, Object> later = rows.get(j);
					LocalDate from = (LocalDate) later.get("since");
					LocalDate to = min((LocalDate) earlier.get("until"), (LocalDate) later.get("until"));
					if (to != null && to.isBefore(from)) {
						continue;
					}
					// The later since wins; with equal since the smaller organization id
					// (sorted first).
					boolean sameDay = from.equals(earlier.get("since"));
					Map<String, Object> counts = sameDay ? earlier : later;
					this.warnings.add(label + ":" + this.lines.get(later) + ": since: teacher " + teacher
							+ " has two main employments on " + from + " \u2013 " + ((to != null) ? to : "(open)")
							+ ": " + later.get("organization_id") + " (line " + this.lines.get(later) + ") and "
							+ earlier.get("organization_id") + " (line " + this.lines.get(earlier)
							+ "); on those days the teacher counts once, at " + counts.get("organization_id")
							+ (sameDay ? " (the same since: the smaller organization id)" : " (the later since)"));
				}
			}
		});
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isBefore(b)) ? a : b;
	}

	/**
	 * Refuses a pair of the files on the first day its mentor would have more than
	 * {@link #maxMenteesPerMentor} active mentees, counting the pairs of the files with
	 * those the graph holds (a pair of the files replaces the stored pair of the same
	 * id). On each day the places go to the pairs the graph already holds first, then by
	 * start and line.
	 */
	private void checkCapacity(List<Map<String, Object>> pairs) {
		if (pairs == null || pairs.isEmpty() || this.maxMenteesPerMentor == Integer.MAX_VALUE) {
			return;
		}
		int f = ImportFormat.FILES.indexOf(ImportFormat.BY_NAME.get("mentoring_pairs"));
		String label = this.labels.get(f);
		record Held(String id, LocalDate start, LocalDate end, Integer line, boolean stored) {
		}
		Map<String, List<Held>> byMentor = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		for (Map<String, Object> p : pairs) {
			ids.add((String) p.get("id"));
			byMentor.computeIfAbsent((String) p.get("mentor_id"), (k) -> new ArrayList<>());
		}
		List<StoredPair> storedPairs = this.graph.pairsOfMentors(byMentor.keySet());
		Set<String> storedIds = new HashSet<>();
		storedPairs.forEach((stored) -> storedIds.add(stored.id()));
		for (Map<String, Object> p : pairs) {
			byMentor.get((String) p.get("mentor_id"))
				.add(new Held((String) p.get("id"), (LocalDate) p.get("started_on"), (LocalDate) p.get("ended_on"),
						this.lines.get(p), storedIds.contains((String) p.get("id"))));
		}
		for (StoredPair stored : storedPairs) {
			if (!ids.contains(stored.id()) && byMentor.containsKey(stored.mentorId())) {
				byMentor.get(stored.mentorId())
					.add(new Held(stored.id(), stored.startedOn(), stored.endedOn(), null, true));
			}
		}
		// Pairs the graph already holds keep their places; new ones queue by start, line
		// and id.
		Comparator<Held> order = Comparator.comparing((Held h) -> !h.stored())
			.thenComparing(Held::start)
			.thenComparing((h) -> (h.line() != null) ? h.line() : 0)
			.thenComparing(Held::id);
		byMentor.forEach((mentor, held) -> {
			Set<String> refused = new HashSet<>();
			held.stream().map(Held::start).distinct().sorted().forEach((day) -> {
				List<Held> active = held.stream()
					.filter((h) -> !refused.contains(h.id()) && activeOn(h.start(), h.end(), day))
					.sorted(order)
					.toList();
				for (int i = this.maxMenteesPerMentor; i < active.size(); i++) {
					Held over = active.get(i);
					if (over.line() != null && refused.add(over.id())) {
						this.errors
							.add(new Problem(f, over.line(), columnIndex(ImportFormat.FILES.get(f), "mentor_id"), label
									+ ":" + over.line() + ": mentor_id: mentor " + mentor + " is full on " + day
									+ ": pair " + over.id() + " would be active mentee number " + (i + 1)
									+ " that day, at most " + this.maxMenteesPerMentor + " (active: "
									+ String.join(", ",
											active.subList(0, this.maxMenteesPerMentor).stream().map(Held::id).toList())
									+ ")"));
					}
				}
			});
		});
	}

	/**
	 * Whether a pair from {@code start} to {@code end} (null: open) is active on
	 * {@code day}: the rule of {@code TeacherService.PAIR_ACTIVE_AT}, repeated here for
	 * rows that are not in the graph yet.
	 */
	private static boolean activeOn(LocalDate start, LocalDate end, LocalDate day) {
		return !start.isAfter(day) && (end == null || !end.isBefore(day));
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
