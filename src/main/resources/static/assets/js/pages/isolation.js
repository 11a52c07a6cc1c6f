// Isolated and at-risk young teachers with the reasons that apply, filterable by kind of
// organization, reason and name; each links to the mentor-recommendation screen.

import { query } from '../api.js';
import { experience, t } from '../i18n.js';
import { el, empty, failure, field, loading, select, show, today } from '../ui.js';

const ISOLATED = `
query Isolated($scope: Scope, $asOf: Date, $lookbackMonths: Int, $includeAtRisk: Boolean, $first: Int, $after: String) {
  isolatedYoungTeachers(scope: $scope, asOf: $asOf, lookbackMonths: $lookbackMonths,
                        includeAtRisk: $includeAtRisk, first: $first, after: $after) {
    totalCount
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
	const search = el('input', { type: 'search', name: 'search', placeholder: t('common.search') });
	const summary = el('div.summary');
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

	let rows = [];
	let total = 0;
	let cursor = null;

	for (const control of [asOf, lookback, kind, atRisk]) {
		control.addEventListener('change', () => load(false));
	}
	for (const control of [reason, search]) {
		control.addEventListener('input', () => draw());
	}

	async function load(next) {
		if (!next) {
			rows = [];
			cursor = null;
			show(body, loading());
			summary.replaceChildren();
		}
		more.disabled = true;
		try {
			const data = await query(ISOLATED, {
				scope: { organizationKind: kind.value || null, organizationId: me.limitedToOrganization ? me.organizationId : null },
				asOf: asOf.value || today(),
				lookbackMonths: Number(lookback.value) || 12,
				includeAtRisk: atRisk.checked,
				first: PAGE,
				after: cursor
			});
			const connection = data.isolatedYoungTeachers;
			rows = rows.concat(connection.edges.map((e) => e.node));
			total = connection.totalCount;
			cursor = connection.pageInfo.endCursor;
			more.hidden = !connection.pageInfo.hasNextPage;
			draw();
		}
		catch (error) {
			more.hidden = true;
			show(body, failure(error, () => load(false)));
		}
		finally {
			more.disabled = false;
		}
	}

	function draw() {
		const needle = search.value.trim().toLocaleLowerCase();
		const visible = rows.filter((r) => (!reason.value || r.reasons.includes(reason.value))
			&& (!needle || r.teacher.fullName.toLocaleLowerCase().includes(needle)));
		const isolatedCount = rows.filter((r) => r.isolated).length;
		show(summary,
			el('span.big', {}, t('isolation.summary', { total })), ' · ',
			el('span.badge.bad', {}, `${t('isolation.isolated')}: ${isolatedCount}`), ' ',
			atRisk.checked && el('span.badge.warn', {}, `${t('isolation.risk')}: ${rows.length - isolatedCount}`), ' ',
			rows.length < total && el('span.muted', {}, t('common.shown', { shown: rows.length, total })));
		if (rows.length === 0) {
			show(body, empty(t('isolation.empty')));
			return;
		}
		if (visible.length === 0) {
			show(body, empty(t('isolation.emptyFiltered')));
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
			el('tbody', {}, visible.map((r) => el('tr', { dataset: { teacher: r.teacher.id } },
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
