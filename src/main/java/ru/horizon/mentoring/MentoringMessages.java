package ru.horizon.mentoring;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The module's own texts ({@code i18n/mentoring*.properties}): Russian by default,
 * English for {@code Accept-Language: en}. Kept out of the application's
 * {@code messageSource} so other features' bundles cannot collide with it.
 */
@Component
class MentoringMessages {

	private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

	MentoringMessages() {
		this.source.setBasename("i18n/mentoring");
		this.source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		this.source.setFallbackToSystemLocale(false);
		this.source.setAlwaysUseMessageFormat(true);
	}

	String get(Locale locale, String code, Object... arguments) {
		return this.source.getMessage(code, arguments, (locale != null) ? locale : Locale.forLanguageTag("ru"));
	}

}
