package ru.horizon.system.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import ru.horizon.system.DateBounds;
import ru.horizon.system.web.ErrorMessages;

/**
 * The {@code Date} scalar: an ISO calendar date, {@code 2023-10-01}, from
 * {@link DateBounds#EARLIEST} to {@link DateBounds#LATEST}. A date outside that range
 * (e.g. {@code -999999999-01-01}) is refused as a bad request before any work, so no
 * month count can overflow; the message is in the request's language.
 */
final class DateScalar {

	private DateScalar() {
	}

	static GraphQLScalarType create(ErrorMessages messages) {
		return GraphQLScalarType.newScalar()
			.name("Date")
			.description("An ISO-8601 calendar date, YYYY-MM-DD, from 1900-01-01 to 2100-12-31")
			.coercing(new Coercing<LocalDate, String>() {

				@Override
				public String serialize(Object value, GraphQLContext context, Locale locale) {
					if (value instanceof LocalDate date) {
						return date.toString();
					}
					throw new CoercingSerializeException("Not a date: " + value);
				}

				@Override
				public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
					if (input instanceof String text) {
						return parse(messages, locale, text, CoercingParseValueException::new);
					}
					throw new CoercingParseValueException(
							messages.get(locale, "limit.dateFormat", String.valueOf(input)));
				}

				@Override
				public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
						Locale locale) {
					if (input instanceof StringValue text) {
						return parse(messages, locale, text.getValue(), CoercingParseLiteralException::new);
					}
					throw new CoercingParseLiteralException(messages.get(locale, "limit.dateFormat", input));
				}

			})
			.build();
	}

	private static LocalDate parse(ErrorMessages messages, Locale locale, String text,
			Function<String, RuntimeException> error) {
		LocalDate date;
		try {
			date = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw error.apply(messages.get(locale, "limit.dateFormat", text));
		}
		if (!DateBounds.accepts(date)) {
			throw error.apply(messages.get(locale, "limit.date", text, DateBounds.EARLIEST.toString(),
					DateBounds.LATEST.toString()));
		}
		return date;
	}

}
