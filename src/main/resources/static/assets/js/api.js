// Talking to Horizon: who is signed in (GET /api/me) and GraphQL over the session, with
// the CSRF token and the page's language.

import { lang } from './i18n.js';

let current = null;

/** An answer the page cannot show: FORBIDDEN, NOT_FOUND, BAD_REQUEST, NETWORK, SESSION, UNAVAILABLE or ERROR. */
export class ApiError extends Error {
	constructor(classification, message) {
		super(message);
		this.classification = classification;
	}
}

/** The signed-in user, asked once per page load. */
export async function me() {
	if (current) {
		return current;
	}
	let response;
	try {
		response = await fetch('/api/me', {
			credentials: 'same-origin',
			headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
		});
	}
	catch (ex) {
		throw new ApiError('NETWORK', ex.message);
	}
	if (response.status === 401) {
		toLogin();
		throw new ApiError('SESSION', 'Not signed in');
	}
	if (!response.ok) {
		throw new ApiError('ERROR', `HTTP ${response.status}`);
	}
	current = await response.json();
	return current;
}

function toLogin() {
	window.location.assign('/login?expired');
}

/**
 * Runs a GraphQL operation and answers {data, errors}: data may be partial when some
 * fields were refused. A request that failed as a whole throws an ApiError.
 */
export async function graphql(query, variables = {}) {
	const user = await me();
	let response;
	try {
		response = await fetch('/graphql', {
			method: 'POST',
			credentials: 'same-origin',
			headers: {
				'Content-Type': 'application/json',
				Accept: 'application/graphql-response+json, application/json',
				'Accept-Language': lang(),
				'X-Requested-With': 'XMLHttpRequest',
				[user.csrfHeader]: user.csrfToken
			},
			body: JSON.stringify({ query, variables })
		});
	}
	catch (ex) {
		throw new ApiError('NETWORK', ex.message);
	}
	if (response.status === 401) {
		toLogin();
		throw new ApiError('SESSION', 'Not signed in');
	}
	if (response.status === 403) {
		// Spring Security refuses a stale CSRF token with 403 before GraphQL sees the request.
		throw new ApiError('SESSION', 'Forbidden by the server');
	}
	let body;
	try {
		body = await response.json();
	}
	catch (ex) {
		throw new ApiError(response.status >= 500 ? 'NETWORK' : 'ERROR', `HTTP ${response.status}`);
	}
	const errors = body.errors ?? [];
	if (!body.data && errors.length > 0) {
		throw toError(errors);
	}
	return { data: body.data ?? {}, errors };
}

/** Like graphql(), but any error, even beside partial data, throws. */
export async function query(text, variables = {}) {
	const { data, errors } = await graphql(text, variables);
	if (errors.length > 0) {
		throw toError(errors);
	}
	return data;
}

/** The first error of a GraphQL answer as an ApiError; FORBIDDEN wins over the others. */
export function toError(errors) {
	const forbidden = errors.find((e) => classification(e) === 'FORBIDDEN');
	const first = forbidden ?? errors[0];
	const kind = classification(first);
	if (kind === 'ValidationError' && /FieldUndefined|undefined|не определ/i.test(first.message ?? '')) {
		return new ApiError('UNAVAILABLE', first.message);
	}
	if (['FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'UNAUTHORIZED'].includes(kind)) {
		return new ApiError(kind === 'UNAUTHORIZED' ? 'SESSION' : kind, first.message);
	}
	return new ApiError('ERROR', first.message ?? 'error');
}

function classification(error) {
	return error?.extensions?.classification ?? '';
}

/** Signs out with Spring Security's POST /logout. */
export async function logout() {
	const user = await me();
	const form = document.createElement('form');
	form.method = 'post';
	form.action = '/logout';
	const token = document.createElement('input');
	token.type = 'hidden';
	token.name = '_csrf';
	token.value = user.csrfToken;
	form.append(token);
	document.body.append(form);
	form.submit();
}
