// Talking to Horizon: who is signed in (GET /api/me) and GraphQL over the session, with
// the CSRF token and the page's language.

import { lang, t } from './i18n.js';

let current = null;

/**
 * An answer the page cannot show: FORBIDDEN, NOT_FOUND, BAD_REQUEST, NETWORK, SESSION,
 * UNAVAILABLE, TIMEOUT, ERROR, or STALE for an answer a newer request replaced (pages
 * drop those silently).
 */
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

/** How long the page waits for one answer before it says the server took too long. */
const CLIENT_TIMEOUT_MS = 60000;

/**
 * Runs a GraphQL operation and answers {data, errors}: data may be partial when some
 * fields were refused. A request that failed as a whole throws an ApiError. options.signal
 * aborts it (it then throws STALE).
 */
export async function graphql(query, variables = {}, options = {}) {
	const user = await me();
	const controller = new AbortController();
	const outer = options.signal;
	if (outer?.aborted) {
		throw new ApiError('STALE', 'replaced by a newer request');
	}
	const onAbort = () => controller.abort('stale');
	outer?.addEventListener('abort', onAbort);
	const timer = setTimeout(() => controller.abort('timeout'), CLIENT_TIMEOUT_MS);
	let response;
	let body;
	try {
		response = await fetch('/graphql', {
			method: 'POST',
			credentials: 'same-origin',
			signal: controller.signal,
			headers: {
				'Content-Type': 'application/json',
				Accept: 'application/graphql-response+json, application/json',
				'Accept-Language': lang(),
				'X-Requested-With': 'XMLHttpRequest',
				[user.csrfHeader]: user.csrfToken
			},
			body: JSON.stringify({ query, variables })
		});
		if (response.status === 401) {
			toLogin();
			throw new ApiError('SESSION', 'Not signed in');
		}
		if (response.status === 403) {
			// Spring Security refuses a stale CSRF token with 403 before GraphQL sees the request.
			throw new ApiError('SESSION', 'Forbidden by the server');
		}
		try {
			body = await response.json();
		}
		catch (ex) {
			if (controller.signal.aborted) {
				throw ex;
			}
			throw byStatus(response.status);
		}
	}
	catch (ex) {
		if (ex instanceof ApiError) {
			throw ex;
		}
		if (controller.signal.aborted) {
			throw controller.signal.reason === 'timeout'
				? new ApiError('TIMEOUT', `${CLIENT_TIMEOUT_MS / 1000} s`)
				: new ApiError('STALE', 'replaced by a newer request');
		}
		throw new ApiError('NETWORK', ex.message);
	}
	finally {
		clearTimeout(timer);
		outer?.removeEventListener('abort', onAbort);
	}
	const errors = Array.isArray(body?.errors) ? body.errors : [];
	if (!body?.data && errors.length > 0) {
		throw toError(errors);
	}
	if (!body?.data) {
		// Not a GraphQL answer (e.g. a proxy's or Spring's error page): say what happened, never read it as data.
		throw byStatus(response.status);
	}
	showFreshness(body.extensions?.freshness);
	return { data: body.data, errors, freshness: body.extensions?.freshness ?? null };
}

/**
 * After a write the server may answer with figures computed before it while the fresh
 * ones compute (the freshness extension: { stale, computedAt }): the page says so, with
 * the time, until a later answer is fresh.
 */
function showFreshness(freshness) {
	const node = document.getElementById('freshness');
	if (!node) {
		return;
	}
	if (freshness?.stale) {
		const time = new Date(freshness.computedAt).toLocaleTimeString(lang() === 'en' ? 'en-GB' : 'ru-RU');
		node.textContent = t('freshness.stale', { time });
		node.dataset.computedAt = freshness.computedAt;
		node.hidden = false;
	}
	else {
		node.hidden = true;
	}
}

function byStatus(status) {
	if (status === 503 || status === 504 || status === 408) {
		return new ApiError('TIMEOUT', `HTTP ${status}`);
	}
	return new ApiError(status >= 500 ? 'NETWORK' : 'ERROR', `HTTP ${status}`);
}

/**
 * The latest request of one part of a page. Every page uses it so that an answer that
 * arrives after a newer question (a date changed twice, a filter toggled quickly) is
 * never drawn: next() aborts the request before and answers a ticket whose query() and
 * graphql() throw STALE once a newer ticket exists, even if their answer already arrived.
 *
 *     const requests = latest();
 *     async function load() {
 *         const request = requests.next();
 *         try { draw(await request.query(TEXT, variables)); }
 *         catch (error) { if (!isStale(error)) show(body, failure(error, load)); }
 *     }
 */
export function latest() {
	let controller = null;
	let count = 0;
	return {
		next() {
			controller?.abort();
			controller = new AbortController();
			const mine = ++count;
			const signal = controller.signal;
			const current = () => mine === count;
			const checked = async (promise) => {
				let answer;
				try {
					answer = await promise;
				}
				catch (error) {
					throw current() ? error : new ApiError('STALE', 'replaced by a newer request');
				}
				if (!current()) {
					throw new ApiError('STALE', 'replaced by a newer request');
				}
				return answer;
			};
			return {
				signal,
				get current() {
					return current();
				},
				graphql: (text, variables) => checked(graphql(text, variables, { signal })),
				query: (text, variables) => checked(query(text, variables, { signal })),
				/** Any other promise of this request (e.g. a chain of calls), dropped when stale. */
				wait: (promise) => checked(promise)
			};
		},
		/** Drops whatever is in flight (e.g. when the page is left). */
		cancel() {
			controller?.abort();
			count++;
		}
	};
}

/** Whether an error only says that a newer request replaced this one. */
export function isStale(error) {
	return error?.classification === 'STALE';
}

/** Like graphql(), but any error, even beside partial data, throws. */
export async function query(text, variables = {}, options = {}) {
	const { data, errors } = await graphql(text, variables, options);
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
	if (/TIMEOUT|TIME_LIMIT|TIMED_OUT/i.test(kind)) {
		return new ApiError('TIMEOUT', first.message);
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
