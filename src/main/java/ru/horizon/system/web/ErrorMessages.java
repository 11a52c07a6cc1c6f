package ru.horizon.system.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Error messages in the caller's language ({@code i18n/errors*.properties}): Russian by
 * default, English for {@code Accept-Language: en}.
 * <p>
 * Horizon's own texts (limits, generic refusals) are looked up by code. The services
 * throw their refusals in English; {@link #translate} gives the Russian text of every
 * message it knows (matched by its English form, the values it names carried over) and
 * leaves the others as they are.
 */
@Component
public class ErrorMessages {

	/** Russian users first: the language without an Accept-Language header. */
	public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private record Known(Pattern english, String code) {
	}

	/** English messages of the services and the codes of their Russian texts. */
	private static final List<Known> KNOWN = List.of(
			known("(?s)^(\\w+) must be between 1 and (\\d+), was (-?\\d+)\\.?$", "domain.pageSize"),
			known("(?s)^satisfaction must be between 1 and 10, was (-?\\d+)\\.$", "domain.satisfaction"),
			known("(?s)^The window needs from <= to, was \\[(.*), (.*)\\]$", "domain.window"),
			known("(?s)^No teacher with id (.+?)( \\(mentee\\)| \\(mentor\\)|)\\.$", "domain.noTeacher"),
			known("(?s)^No mentoring pair with id (.+)\\.$", "domain.noPair"),
			known("(?s)^Not a cursor of this list: (.*)$", "domain.cursor"),
			known("(?s)^(?:Teacher|Mentee) (\\S+) does not work anywhere on (\\S+) \\(not started yet or left\\)(.*)$",
					"domain.menteeNowhere"),
			known("(?s)^Mentor (\\S+) does not work anywhere on (\\S+)\\.$", "domain.mentorNowhere"),
			known("(?s)^Mentor (\\S+) is a young teacher on (\\S+) \\((\\d+) months of experience\\).*$",
					"domain.young"),
			known("(?s)^Mentor (\\S+) has too little experience on (\\S+) \\((\\d+) months; at least (\\d+) years needed\\)\\.$",
					"domain.experience"),
			known("(?s)^Teacher (\\S+) is already the mentor of (\\S+) on (\\S+)\\.$", "domain.alreadyMentor"),
			known("(?s)^Mentor (\\S+) is at capacity on (\\S+): (\\d+) active mentees, at most (\\d+)\\.$",
					"domain.capacity"),
			known("(?s)^A teacher cannot mentor themself \\((.+)\\)\\.$", "domain.self"),
			known("(?s)^Pair (\\S+) already ended on (\\S+)\\.$", "domain.ended"),
			known("(?s)^endedOn (\\S+) is before the pair's start (\\S+) \\(pair (\\S+)\\)\\.$", "domain.beforeStart"),
			known("(?s)^(mentorId and menteeId|endedOn) (?:are|is) required\\.$", "domain.required"),
			known("(?s)^Unknown competency code\\(s\\) in focus: (.*)$", "domain.competency"),
			known("(?s)^A curator sees only their own organization \\((.+?)\\): (.+) belongs to another one\\.$",
					"domain.curatorOnly"),
			known("(?s)^This role sees aggregated indicators only, no teacher-level data\\.$", "domain.aggregatesOnly"),
			known("(?s)^Sign in first\\.$", "domain.signIn"),
			known("(?s)^The query ran longer than the limit of (\\d+) s and was stopped\\.$", "domain.cypherTimeout"),
			known("(?s)^Forbidden$", "generic.FORBIDDEN"), known("(?s)^Access Denied$", "generic.FORBIDDEN"),
			known("(?s)^Unauthorized$", "generic.UNAUTHORIZED"));

	private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

	ErrorMessages() {
		this.source.setBasename("i18n/errors");
		this.source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		this.source.setFallbackToSystemLocale(false);
		this.source.setAlwaysUseMessageFormat(true);
	}

	private static Known known(String english, String code) {
		return new Known(Pattern.compile(english), code);
	}

	/** English when the caller asked for it first, Russian otherwise. */
	public static Locale language(Locale requested) {
		return (requested != null && "en".equals(requested.getLanguage())) ? Locale.ENGLISH : RUSSIAN;
	}

	/**
	 * One of Horizon's texts.
	 * @param locale the caller's language (null: Russian)
	 * @param code the code in {@code i18n/errors.properties}
	 * @param arguments the values it names
	 */
	public String get(Locale locale, String code, Object... arguments) {
		Object[] plain = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			// figures as written, without grouping: "cost 180000", not "cost 180,000"
			plain[i] = (arguments[i] instanceof Number) ? String.valueOf(arguments[i]) : arguments[i];
		}
		return this.source.getMessage(code, plain, language(locale));
	}

	/**
	 * A service's English message in the caller's language: the Russian text when it is a
	 * known message and the caller did not ask for English, the message itself otherwise.
	 */
	public String translate(Locale locale, String english) {
		if (english == null || language(locale) == Locale.ENGLISH) {
			return english;
		}
		for (Known known : KNOWN) {
			Matcher matcher = known.english().matcher(english);
			if (matcher.matches()) {
				Object[] groups = new Object[matcher.groupCount()];
				for (int i = 0; i < groups.length; i++) {
					groups[i] = matcher.group(i + 1);
				}
				if ("domain.noTeacher".equals(known.code())) {
					groups[1] = switch ((String) groups[1]) {
						case " (mentee)" -> " (наставляемый)";
						case " (mentor)" -> " (наставник)";
						default -> "";
					};
				}
				if ("domain.menteeNowhere".equals(known.code())) {
					groups[2] = ((String) groups[2]).isEmpty() ? "." : ", поэтому подбирать наставника некому.";
				}
				return get(RUSSIAN, known.code(), groups);
			}
		}
		return english;
	}

}
