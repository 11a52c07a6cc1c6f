package ru.horizon.ingest.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the import format (import-format.md) and the columns each takes, in the
 * order they are validated and written: a file may refer only to files before it.
 */
public final class ImportFormat {

	/** Kinds of organization of model.md. */
	public static final List<String> ORGANIZATION_KINDS = List.of("SCHOOL", "PRESCHOOL", "SUPPLEMENTARY", "COLLEGE",
			"UNIVERSITY", "METHOD_CENTER", "OTHER");

	/** Flags of an organization. */
	public static final List<String> ORGANIZATION_FLAGS = List.of("LOW_RESULTS", "ADVERSE_CONDITIONS",
			"INTERNSHIP_SITE", "RESOURCE_CENTER");

	/** Qualification categories. */
	public static final List<String> CATEGORIES = List.of("NONE", "SZD", "FIRST", "HIGHEST");

	/** Kinds of group. */
	public static final List<String> GROUP_KINDS = List.of("INNOVATION_COMPLEX", "METHOD_ASSOCIATION",
			"SUBJECT_ASSOCIATION", "PROFESSIONAL_COMMUNITY", "PROGRAM", "PROJECT", "OTHER");

	/** Kinds of group member. */
	public static final List<String> MEMBER_TYPES = List.of("TEACHER", "ORGANIZATION");

	/** Roles in a group. */
	public static final List<String> MEMBER_ROLES = List.of("MEMBER", "LEADER", "COORDINATOR");

	/** Formats of an event. */
	public static final List<String> EVENT_FORMATS = List.of("MASTER_CLASS", "SEMINAR", "OPEN_LESSON", "LESSON_VISIT",
			"WORKSHOP", "CONFERENCE", "CONSULTATION", "INTERNSHIP", "CONTEST", "WEBINAR", "HACKATHON", "FORUM",
			"OTHER");

	/** Levels of an event. */
	public static final List<String> EVENT_LEVELS = List.of("INSTITUTIONAL", "MUNICIPAL", "REGIONAL", "FEDERAL");

	/** Roles of a participant. */
	public static final List<String> PARTICIPATION_ROLES = List.of("SPEAKER", "ATTENDEE", "ORGANIZER", "JURY",
			"CONTESTANT", "WINNER");

	/** Kinds of a diagnosed competency. */
	public static final List<String> COMPETENCY_KINDS = List.of("DEFICIT", "STRENGTH");

	/** Levels of a deficit or strength. */
	public static final List<String> LEVELS = List.of("LOW", "MEDIUM", "HIGH");

	/** Kinds of award. */
	public static final List<String> AWARD_KINDS = List.of("HONORARY_MENTOR", "GRANT", "CONTEST_WINNER",
			"BEST_PRACTICE", "OTHER");

	/** What a column holds. */
	public enum Type {

		/** Free text. */
		TEXT,
		/** A date, YYYY-MM-DD or DD.MM.YYYY. */
		DATE,
		/** A number (decimal point or comma). */
		NUMBER,
		/** A whole number. */
		INTEGER,
		/** true or false. */
		BOOLEAN,
		/** One of {@link Column#values()}. */
		ENUM,
		/** {@code |}-separated values of {@link Column#values()}. */
		ENUM_LIST,
		/**
		 * {@code |}-separated codes of subjects; unknown ones are created with a warning.
		 */
		SUBJECT_CODES,
		/**
		 * {@code |}-separated codes of competencies; unknown ones are created with a
		 * warning.
		 */
		COMPETENCY_CODES,
		/** The id of a node of {@link Column#reference()}. */
		REFERENCE

	}

	/**
	 * A column of a file.
	 *
	 * @param name header name
	 * @param type what it holds
	 * @param required whether a value is required
	 * @param values the allowed values of an enum
	 * @param reference the label a reference points to
	 * @param defaultValue the value of an empty cell, or null
	 */
	public record Column(String name, Type type, boolean required, List<String> values, String reference,
			String defaultValue) {

		static Column text(String name, boolean required) {
			return new Column(name, Type.TEXT, required, List.of(), null, null);
		}

		static Column of(String name, Type type, boolean required) {
			return new Column(name, type, required, List.of(), null, null);
		}

		static Column oneOf(String name, boolean required, List<String> values, String defaultValue) {
			return new Column(name, Type.ENUM, required, values, null, defaultValue);
		}

		static Column reference(String name, boolean required, String label) {
			return new Column(name, Type.REFERENCE, required, List.of(), label, null);
		}

	}

	/**
	 * A file of the format.
	 *
	 * @param name the name without {@code .csv} (and the sheet name in a workbook)
	 * @param label the label of the nodes it defines, or null for a file of relationships
	 * @param key the column that identifies a node, or null
	 * @param required whether the file must be present
	 * @param columns its columns
	 */
	public record FileSpec(String name, String label, String key, boolean required, List<Column> columns) {

		public Optional<Column> column(String column) {
			return this.columns.stream().filter((c) -> c.name().equals(column)).findFirst();
		}

		/** The property that holds the key of {@link #label()} in the graph. */
		public String keyProperty() {
			return ImportFormat.keyProperty(this.label);
		}

	}

	/** The property that identifies a node of {@code label}. */
	public static String keyProperty(String label) {
		return switch (label) {
			case "Subject", "Competency" -> "code";
			case "Award" -> "title";
			default -> "id";
		};
	}

	/** Every file, in import order. */
	public static final List<FileSpec> FILES = List.of(
			new FileSpec("regions", "Region", "id", false, List.of(Column.text("id", true), Column.text("name", true))),
			new FileSpec("municipalities", "Municipality", "id", false,
					List.of(Column.text("id", true), Column.text("name", true),
							Column.reference("region_id", false, "Region"))),
			new FileSpec("districts", "District", "id", false,
					List.of(Column.text("id", true), Column.text("name", true),
							Column.reference("municipality_id", false, "Municipality"))),
			new FileSpec("organizations", "Organization", "id", true,
					List.of(Column.text("id", true), Column.text("name", true),
							Column.oneOf("kind", true, ORGANIZATION_KINDS, null), Column.text("subtype", false),
							Column.reference("district_id", false, "District"),
							Column.reference("municipality_id", false, "Municipality"),
							new Column("flags", Type.ENUM_LIST, false, ORGANIZATION_FLAGS, null, null))),
			new FileSpec("subjects", "Subject", "code", false,
					List.of(Column.text("code", true), Column.text("name", true))),
			new FileSpec("competencies", "Competency", "code", false,
					List.of(Column.text("code", true), Column.text("name", true), Column.text("area", false))),
			new FileSpec("teachers", "Teacher", "id", true, List.of(Column.text("id", true),
					Column.text("full_name", true), Column.reference("organization_id", true, "Organization"),
					Column.of("teaching_since", Type.DATE, true), Column.text("position", false),
					Column.of("subjects", Type.SUBJECT_CODES, false), Column.oneOf("category", false, CATEGORIES, null),
					Column.of("weekly_hours", Type.NUMBER, false), Column.of("birth_year", Type.INTEGER, false),
					Column.of("left_on", Type.DATE, false))),
			new FileSpec("employments", null, null, false,
					List.of(Column.reference("teacher_id", true, "Teacher"),
							Column.reference("organization_id", true, "Organization"),
							Column.of("since", Type.DATE, true), Column.of("until", Type.DATE, false),
							new Column("main", Type.BOOLEAN, false, List.of(), null, "true"))),
			new FileSpec("mentoring_pairs", "MentoringPair", "id", false, List.of(Column.text("id", true),
					Column.reference("mentor_id", true, "Teacher"), Column.reference("mentee_id", true, "Teacher"),
					Column.of("started_on", Type.DATE, true), Column.of("ended_on", Type.DATE, false),
					Column.text("form", false), Column.of("focus", Type.COMPETENCY_CODES, false),
					Column.of("planned_hours", Type.NUMBER, false), Column.of("satisfaction", Type.INTEGER, false))),
			new FileSpec("groups", "Group", "id", false,
					List.of(Column.text("id", true), Column.text("name", true),
							Column.oneOf("kind", true, GROUP_KINDS, null), Column.text("direction", false),
							Column.reference("coordinator_org_id", false, "Organization"),
							Column.of("started_on", Type.DATE, false), Column.of("ended_on", Type.DATE, false))),
			new FileSpec("memberships", null, null, false, List.of(Column.reference("group_id", true, "Group"),
					// Teacher or Organization, by member_type: resolved by the validator.
					Column.text("member_id", true), Column.oneOf("member_type", false, MEMBER_TYPES, "TEACHER"),
					Column.oneOf("role", false, MEMBER_ROLES, "MEMBER"), Column.of("since", Type.DATE, false),
					Column.of("until", Type.DATE, false))),
			new FileSpec("events", "Event", "id", false, List.of(Column.text("id", true), Column.text("title", true),
					Column.oneOf("format", true, EVENT_FORMATS, null), Column.of("date", Type.DATE, true),
					Column.reference("host_org_id", false, "Organization"),
					Column.reference("group_id", false, "Group"), Column.oneOf("level", false, EVENT_LEVELS, null),
					Column.of("competencies", Type.COMPETENCY_CODES, false))),
			new FileSpec("participations", null, null, false,
					List.of(Column.reference("event_id", true, "Event"),
							Column.reference("teacher_id", true, "Teacher"),
							Column.oneOf("role", false, PARTICIPATION_ROLES, "ATTENDEE"))),
			new FileSpec("teacher_competencies", null, null, false,
					List.of(Column.reference("teacher_id", true, "Teacher"),
							Column.reference("competency_code", true, "Competency"),
							Column.oneOf("kind", true, COMPETENCY_KINDS, null),
							Column.oneOf("level", false, LEVELS, "MEDIUM"), Column.of("assessed_on", Type.DATE, false),
							Column.text("source", false))),
			new FileSpec("awards", null, null, false,
					List.of(Column.reference("teacher_id", true, "Teacher"), Column.text("title", true),
							Column.oneOf("kind", true, AWARD_KINDS, null), Column.of("year", Type.INTEGER, false))));

	/** The files by name. */
	public static final Map<String, FileSpec> BY_NAME = FILES.stream()
		.collect(java.util.stream.Collectors.toUnmodifiableMap(FileSpec::name, (f) -> f));

	private ImportFormat() {
	}

}
