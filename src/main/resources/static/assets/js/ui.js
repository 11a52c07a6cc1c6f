// Small DOM helpers shared by the pages: elements, states (loading, empty, error) and a
// confirmation dialog.

import { t } from './i18n.js';

/** An element: el('div.card', {title: 'x'}, child, 'text', ...). */
export function el(spec, attributes = {}, ...children) {
	const [tag, ...classes] = spec.split('.');
	const node = document.createElement(tag || 'div');
	if (classes.length > 0) {
		node.className = classes.join(' ');
	}
	for (const [name, value] of Object.entries(attributes ?? {})) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (name.startsWith('on') && typeof value === 'function') {
			node.addEventListener(name.slice(2).toLowerCase(), value);
		}
		else if (name === 'dataset') {
			Object.assign(node.dataset, value);
		}
		else if (name === 'value') {
			node.value = value;
		}
		else if (value === true) {
			node.setAttribute(name, '');
		}
		else {
			node.setAttribute(name, value);
		}
	}
	append(node, children);
	return node;
}

function append(node, children) {
	for (const child of children) {
		if (child === null || child === undefined || child === false) {
			continue;
		}
		if (Array.isArray(child)) {
			append(node, child);
		}
		else {
			node.append(child instanceof Node ? child : document.createTextNode(String(child)));
		}
	}
}

/** A spinner line while something loads. */
export function loading() {
	return el('div.state.loading', { role: 'status' }, el('span.spinner'), t('common.loading'));
}

/** A calm message when there is nothing to show. */
export function empty(text) {
	return el('div.state.empty', {}, text);
}

/** A friendly message for an ApiError, with a retry button when retry is given. */
export function failure(error, retry) {
	const kind = error?.classification ?? 'ERROR';
	let text;
	let detail = null;
	switch (kind) {
		case 'FORBIDDEN':
			text = t('error.forbidden');
			detail = t('error.forbiddenDetail');
			break;
		case 'NOT_FOUND':
			text = t('error.notFound', { message: error.message });
			break;
		case 'BAD_REQUEST':
			text = t('error.badRequest', { message: error.message });
			break;
		case 'NETWORK':
			text = t('error.network');
			break;
		case 'SESSION':
			text = t('error.session');
			break;
		case 'UNAVAILABLE':
			text = t('error.unavailable');
			break;
		case 'TIMEOUT':
			text = t('error.timeout');
			detail = t('error.timeoutDetail');
			break;
		default:
			text = t('error.generic', { message: error?.message ?? '' });
	}
	return el('div.state.error', { role: 'alert', dataset: { error: kind } },
		el('strong', {}, kind === 'FORBIDDEN' ? t('error.forbiddenTitle') : kind === 'TIMEOUT' ? t('error.timeoutTitle') : t('error.title')),
		el('p', {}, text),
		detail && el('p.muted', {}, detail),
		// Asking again does not change a refusal.
		retry && kind !== 'FORBIDDEN' && el('button.secondary', { type: 'button', onclick: retry }, t('error.retry')));
}

/** Replaces the content of node. */
export function show(node, ...children) {
	node.replaceChildren();
	append(node, children);
}

/**
 * Asks for confirmation in a modal dialog; resolves to the dialog's form values, or null
 * when cancelled.
 */
export function confirmDialog({ title, body, confirmLabel, fields = [] }) {
	return new Promise((resolve) => {
		const form = el('form', { method: 'dialog' },
			el('h2', {}, title),
			body,
			fields,
			el('div.actions', {},
				el('button.secondary', { type: 'button', value: 'cancel', 'data-action': 'cancel' }, t('common.cancel')),
				el('button.primary', { type: 'submit', value: 'confirm', 'data-action': 'confirm' }, confirmLabel)));
		const dialog = el('dialog.confirm', {}, form);
		let answer = null;
		form.querySelector('[data-action=cancel]').addEventListener('click', () => dialog.close());
		form.addEventListener('submit', () => {
			answer = Object.fromEntries(new FormData(form).entries());
		});
		dialog.addEventListener('close', () => {
			dialog.remove();
			resolve(answer);
		});
		document.body.append(dialog);
		dialog.showModal();
	});
}

/** Today as an ISO date in the browser's time zone. */
export function today() {
	const now = new Date();
	const pad = (n) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The ISO date `months` months before iso. */
export function monthsBefore(iso, months) {
	const [year, month, day] = iso.split('-').map(Number);
	const shifted = new Date(year, month - 1 - months, day);
	const pad = (n) => String(n).padStart(2, '0');
	return `${shifted.getFullYear()}-${pad(shifted.getMonth() + 1)}-${pad(shifted.getDate())}`;
}

/** A labelled form control for a filter bar. */
export function field(label, control) {
	return el('label.field', {}, el('span', {}, label), control);
}

/** A select of options [{value, label}]. */
export function select(name, options, value) {
	const node = el('select', { name });
	for (const option of options) {
		node.append(el('option', { value: option.value }, option.label));
	}
	if (value !== undefined) {
		node.value = value;
	}
	return node;
}

/** Calls fn once the calls stop for ms milliseconds (a search box typed into). */
export function debounce(fn, ms = 300) {
	let timer = null;
	return (...args) => {
		clearTimeout(timer);
		timer = setTimeout(() => fn(...args), ms);
	};
}

/** A bar of a share in [0, 1], with an optional target mark; an empty grey bar when share is null (no data). */
export function shareBar(share, target) {
	if (share === null || share === undefined) {
		return el('span.bar.nodata', { 'aria-hidden': 'true' },
			target !== undefined && el('span.target', { style: `left:${target * 100}%` }));
	}
	const met = target === undefined || share + 1e-9 >= target;
	return el('span.bar', { 'aria-hidden': 'true' },
		el('span.fill' + (met ? '.ok' : '.bad'), { style: `width:${Math.max(0, Math.min(1, share)) * 100}%` }),
		target !== undefined && el('span.target', { style: `left:${target * 100}%` }));
}
