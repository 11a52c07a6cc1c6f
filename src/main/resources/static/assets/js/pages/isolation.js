// Isolated and at-risk young teachers with the reasons that apply, filtered by kind of
// organization, reason and name on the server (so counts, search and pages cover the whole
// list, not the rows loaded); each links to the mentor-recommendation screen.

import { isStale, latest } from '../api.js';
import { experience, t } from '../i18n.js';
import { debounce, el, empty, failure, field, loading, select, show, today } from '../ui.js';

const ISOLATED = `
query Isolated($scope: Scope, $asOf: Date, $lookbackMonths: Int, $includeAtRisk: Boolean, $search: String,
               $reasons: [IsolationReason!], $first: Int, $after: String) {
  isolatedYoungTeachers(scope: $scope, asOf: $asOf, lookbackMonths: $lookbackMonths, includeAtRisk: $includeAtRisk,
                        search: $search, reasons: $reasons, first: $first, after: $after) {
    totalCount
    isolatedCount
    edges {
      cursor
      node {
        teacher { id fullName position organization { id name } }
        experienceMonths
        isolated
        reasons
        learningTies
        crossOrganizationTies
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const REASONS = ['NO_MENTOR', 'NO_GROUP', 'NO_EVENTS', 'NEW_WITHOUT_MENTOR', 'ONLY_INTERNAL_TIES'];
const KINDS = ['SCHOOL', 'PRESCHOOL', 'SUPPLEMENTARY', 'COLLEGE', 'UNIVERSITY', 'METHOD_CENTER', 'OTHER'];
const PAGE = 100;

export async function render(container, { me, navigate }) {
	const asOf = el('input', { type: 'date', name: 'asOf', value: today(), required: true });
	const lookback = el('input', { type: 'number', name: 'lookback', min: 1, max: 60, value: 12, class: 'narrow' });
	const atRisk = el('input', { type: 'checkbox', name: 'atRisk', checked: true });
	const kind = select('kind', [{ value: '', label: t('kind.all') }, ...KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))], '');
	const reason = select('reason', [{ value: '', label: t('isolation.anyReason') }, ...REASONS.map((r) => ({ value: r, label: t(`reason.${r}`) }))], '');
	const search = el('input', { type: 'search', name: 'search', placeholder: t('common.search'), autocomplete: 'off' });
	const summary = el('div.summary', { 'aria-live': 'polite' });
	const body = el('div');
	const more = el('button.secondary', { type: 'button', hidden: true, onclick: () => load(true) }, t('common.loadMore'));

	container.append(
		el('section.heading', {}, el('h1', {}, t('isolation.title')), el('p.lead', {}, t('isolation.lead'))),
		el('form.filters', { onsubmit: (e) => { e.preventDefault(); load(false); } },
			field(t('common.asOf'), asOf),
			field(t('isolation.lookback'), lookback),
			field(t('common.kind'), kind),
			el('label.check', {}, atRisk, t('isolation.atRisk')),
			field(t('isolation.reason'), reason),
			field(t('common.search'), search),
			el('button.primary', { type: 'submit' }, t('common.refresh'))),
		el('section.card', {}, summary, body, el('div.more', {}, more)));

	// One sequence for the first page and the next ones: a new question drops every older answer.
	const requests = latest();
	let rows = [];
	let cursor = null;

	for (const control of [asOf, lookback, kind, atRisk, reason]) {
		control.addEventListener('change', () => load(false));
	}
	const searchLater = debounce(() => load(false), 250);
	search.addEventListener('input', searchLater);

	function variables() {
		return {
			scope: { organizationKind: kind.value || null, organizationId: me.limitedToOrganization ? me.organizationId : null },
			asOf: asOf.value || today(),
			lookbackMonths: Number(lookback.value) || 12,
			includeAtRisk: atRisk.checked,
			search: search.value.trim() || null,
			reasons: reason.value ? [reason.value] : null,
			first: PAGE
		};
	}

	async function load(next) {
		const request = requests.next();
		if (!next) {
			rows = [];
			cursor = null;
			more.hidden = true;
			show(body, loading());
			show(summary, el('span.muted', {}, t('common.loading')));
		}
		more.disabled = true;
		try {
			const data = await request.query(ISOLATED, { ...variables(), after: next ? cursor : null });
			const connection = data.isolatedYoungTeachers;
			rows = rows.concat(connection.edges.map((e) => e.node));
			cursor = connection.pageInfo.endCursor;
			more.hidden = !connection.pageInfo.hasNextPage;
			draw(connection.totalCount, connection.isolatedCount);
		}
		catch (error) {
			if (isStale(error)) {
				return;
			}
			more.hidden = true;
			summary.replaceChildren();
			show(body, failure(error, () => load(false)));
		}
		finally {
			if (request.current) {
				more.disabled = false;
			}
		}
	}

	function draw(total, isolatedCount) {
		const filtered = Boolean(search.value.trim() || reason.value);
		show(summary,
			el('span.big', { dataset: { total } }, t('isolation.summary', { total })), ' · ',
			el('span.badge.bad', { dataset: { isolated: isolatedCount } }, `${t('isolation.isolated')}: ${isolatedCount}`), ' ',
			atRisk.checked && el('span.badge.warn', {}, `${t('isolation.risk')}: ${total - isolatedCount}`), ' ',
			rows.length < total && el('span.muted', { dataset: { shown: rows.length } }, t('common.shown', { shown: rows.length, total })));
		if (rows.length === 0) {
			show(body, empty(filtered ? t('isolation.emptyFiltered') : t('isolation.empty')));
			return;
		}
		show(body, el('div.table-wrap', {}, el('table', { id: 'isolated' },
			el('thead', {}, el('tr', {},
				el('th', {}, t('common.teacher')),
				el('th', {}, t('common.organization')),
				el('th.num', {}, t('isolation.experience')),
				el('th', {}, t('isolation.status')),
				el('th', {}, t('isolation.reasons')),
				el('th.num', {}, t('isolation.ties')),
				el('th', {}))),
			el('tbody', {}, rows.map((r) => el('tr', { dataset: { teacher: r.teacher.id } },
				el('td', {}, el('div.name', {}, r.teacher.fullName), r.teacher.position && el('div.muted.small', {}, r.teacher.position)),
				el('td', {}, r.teacher.organization?.name ?? '—'),
				el('td.num', {}, experience(r.experienceMonths)),
				el('td', {}, r.isolated ? el('span.badge.bad', {}, t('isolation.isolated')) : el('span.badge.warn', {}, t('isolation.risk'))),
				el('td', {}, r.reasons.map((code) => el('span.chip' + (code === 'NEW_WITHOUT_MENTOR' ? '.bad' : ''), {
					title: t(`reasonHelp.${code}`), dataset: { reason: code }
				}, t(`reason.${code}`)))),
				el('td.num', {}, `${r.learningTies} (${r.crossOrganizationTies})`),
				el('td', {}, r.reasons.includes('NO_MENTOR') && el('button.secondary.small', {
					type: 'button', onclick: () => navigate('recommend', { mentee: r.teacher.id })
				}, t('isolation.findMentor')))))))));
	}

	await load(false);
}
