/**
 * The dashboard: the pages served at {@code /} (indicators, isolated young teachers,
 * horizontal learning, mentor recommendation, the assignment plan), the sign-in page, the
 * offline GraphiQL at {@code /graphiql}, and {@code GET /api/me} that tells the pages who
 * is signed in. The pages are static HTML and ES modules under {@code static/assets} that
 * call {@code /graphql}; the libraries they use come from WebJars.
 */
package ru.horizon.dashboard;
