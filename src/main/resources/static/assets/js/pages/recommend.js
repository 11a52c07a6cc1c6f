// The mentor-recommendation screen: choose a young teacher, see the ranked candidates with
// every factor's value, weight, contribution and explanation, assign one after a
// confirmation, and see the coverage change.

import { graphql, isStale, latest, query } from '../api.js';
import { date, experience, fixed, number, percent, t } from '../i18n.js';
import { confirmDialog, debounce, el, empty, failure, field, loading, select, shareBar, show, today } from '../ui.js';
import { CONTOURS, contourLabel, previewButton, routePanel } from './whatif.js';

const MENTEES = `
query Mentees($scope: Scope, $asOf: Date, $search: String, $after: String) {
  isolatedYoungTeachers(scope: $scope, asOf: $asOf, includeAtRisk: true, reasons: [NO_MENTOR], search: $search,
                        first: 100, after: $after) {
    totalCount
    edges { node { teacher { id fullName organization { name } } experienceMonths reasons } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const MENTEE = `
query Mentee($id: ID!, $asOf: Date) {
  teacher(id: $id) {
    id fullName position category teachingSince
    experienceMonths(asOf: $asOf) young(asOf: $asOf)
    organization { id name district { name } }
    subjects { name }
    mentors(asOf: $asOf) { id fullName }
  }
}`;

const CANDIDATES = `
query Candidates($menteeId: ID!, $asOf: Date, $contour: Contour, $limit: Int) {
  mentorCandidates(menteeId: $menteeId, asOf: $asOf, contour: $contour, limit: $limit) {
    rank score external
    teacher { id fullName position category experienceMonths(asOf: $asOf) organization { id name } subjects { name } }
    factors { factor value weight contribution explanation }
  }
}`;

const COVERAGE = `
fragment Figure on CoverageFigure { total covered share target met }
query Coverage($organization: Scope, $asOf: Date) {
  organization: mentoringCoverage(scope: $organization, asOf: $asOf) { newTeachers { ...Figure } youngTeachers { ...Figure } }
  city: mentoringCoverage(asOf: $asOf) { newTeachers { ...Figure } youngTeachers { ...Figure } }
}`;

const ASSIGN = `
mutation Assign($input: AssignMentorInput!) {
  assignMentor(input: $input) { id startedOn external mentor { id fullName } mentee { id fullName } }
}`;

const FACTOR_COLORS = {
	DEFICIT_COVERAGE: '#2f6f9f', SUBJECT: '#3fa796', PROXIMITY: '#8e5cb8', QUALIFICATION: '#d17a22',
	MENTOR_READINESS: '#b8455b', LOAD: '#5d7f2a', NETWORK_GAIN: '#1b3a5c', ROLE: '#a0522d', LEVEL: '#607d8b'
};

const FORMS = ['учитель – учитель', 'руководитель – учитель', 'групповое наставничество', 'teacher – teacher'];

export async function render(container, { me, params, navigate }) {
	const asOf = el('input', { type: 'date', name: 'asOf', value: today(), required: true });
	const contour = select('contour', CONTOURS.map((c) => ({ value: c, label: contourLabel(c) })), params.get('contour') ?? 'PREFER_INTERNAL');
	const filter = el('input', { type: 'search', name: 'filter', placeholder: t('common.search') });
	const list = el('div.mentee-list', { role: 'listbox', 'aria-label': t('recommend.mentee') });
	const listState = el('div');
	const listCount = el('div.muted.small', { 'aria-live': 'polite' });
	const listMore = el('button.secondary.small', { type: 'button', hidden: true, onclick: () => loadMentees(true) }, t('common.loadMore'));
	const menteeCard = el('div');
	const result = el('div.notice-area');
	const candidates = el('div');
	let mentees = [];
	let menteeId = params.get('mentee');
	let mentee = null;
	let before = null;

	container.append(
		el('section.heading', {}, el('h1', {}, t('recommend.title')), el('p.lead', {}, t('recommend.lead'))),
		el('div.grid-recommend', {},
			el('aside.card.chooser', {},
				el('h2', {}, t('recommend.mentee')),
				field(t('common.asOf'), asOf),
				field(t('recommend.contour'), contour),
				filter, listCount, list, listState, listMore),
			el('div.main-col', {}, menteeCard, result, candidates)));

	// Each part of the screen asks on its own: a newer question drops the older answer.
	const menteeRequests = latest();
	const selectRequests = latest();
	const candidateRequests = latest();
	let menteeCursor = null;

	filter.addEventListener('input', debounce(() => loadMentees(false), 250));
	contour.addEventListener('change', () => loadCandidates());
	asOf.addEventListener('change', () => { loadMentees(false); selectMentee(); });

	/** The unmentored young teachers, searched and paged on the server. */
	async function loadMentees(next = false) {
		const request = menteeRequests.next();
		if (!next) {
			mentees = [];
			menteeCursor = null;
			listMore.hidden = true;
			list.replaceChildren();
		}
		show(listState, loading());
		try {
			const data = await request.query(MENTEES, {
				scope: { organizationId: me.limitedToOrganization ? me.organizationId : null },
				asOf: asOf.value || today(),
				search: filter.value.trim() || null,
				after: next ? menteeCursor : null
			});
			const connection = data.isolatedYoungTeachers;
			mentees = mentees.concat(connection.edges.map((e) => e.node));
			menteeCursor = connection.pageInfo.endCursor;
			listMore.hidden = !connection.pageInfo.hasNextPage;
			listCount.textContent = mentees.length < connection.totalCount
				? t('common.shown', { shown: mentees.length, total: connection.totalCount })
				: t('isolation.summary', { total: connection.totalCount });
			listState.replaceChildren();
			fillList();
		}
		catch (error) {
			if (!isStale(error)) {
				show(listState, failure(error, () => loadMentees(false)));
			}
		}
	}

	function fillList() {
		const shown = mentees;
		list.replaceChildren(...shown.map((m) => {
			const selected = m.teacher.id === menteeId;
			const isNew = m.reasons.includes('NEW_WITHOUT_MENTOR');
			return el('button.mentee-item' + (selected ? '.selected' : ''), {
				type: 'button', role: 'option', 'aria-selected': selected ? 'true' : 'false', dataset: { teacher: m.teacher.id },
				onclick: () => navigate('recommend', { mentee: m.teacher.id, contour: contour.value })
			},
			el('span.name', {}, m.teacher.fullName),
			el('span.muted.small', {}, `${m.teacher.organization?.name ?? ''} · ${experience(m.experienceMonths)}`),
			isNew && el('span.badge.bad', { title: t('reasonHelp.NEW_WITHOUT_MENTOR') }, t('reason.NEW_WITHOUT_MENTOR')));
		}));
		if (mentees.length === 0) {
			show(listState, empty(filter.value.trim() ? t('isolation.emptyFiltered') : t('recommend.noMentees')));
		}
	}

	async function selectMentee() {
		const request = selectRequests.next();
		result.replaceChildren();
		if (!menteeId) {
			show(menteeCard);
			show(candidates, empty(t('recommend.pickFirst')));
			return;
		}
		show(menteeCard, loading());
		show(candidates);
		try {
			const data = await request.query(MENTEE, { id: menteeId, asOf: asOf.value || today() });
			mentee = data.teacher;
			if (!mentee) {
				show(menteeCard, failure({ classification: 'NOT_FOUND', message: menteeId }));
				return;
			}
			before = await request.wait(coverage());
			drawMentee();
			await loadCandidates();
		}
		catch (error) {
			if (!isStale(error)) {
				show(menteeCard, failure(error, selectMentee));
			}
		}
	}

	async function coverage() {
		try {
			const { data } = await graphql(COVERAGE, { organization: { organizationId: mentee.organization?.id ?? null }, asOf: asOf.value || today() });
			return data;
		}
		catch (error) {
			// The coverage box is a help beside the candidates: without it they still show.
			return null;
		}
	}

	function drawMentee(after) {
		const mentors = mentee.mentors.length > 0 ? mentee.mentors.map((m) => m.fullName).join(', ') : t('recommend.noMentor');
		show(menteeCard, el('section.card.mentee', { id: 'mentee', dataset: { teacher: mentee.id } },
			el('div.mentee-head', {},
				el('div', {},
					el('h2', {}, mentee.fullName),
					el('div.muted', {}, [mentee.position, mentee.organization?.name, mentee.organization?.district?.name].filter(Boolean).join(' · ')),
					el('div.facts', {},
						el('span', {}, `${t('common.experience')}: ${experience(mentee.experienceMonths)}`),
						el('span', {}, t(`category.${mentee.category}`)),
						mentee.subjects.length > 0 && el('span', {}, `${t('recommend.subjects')}: ${mentee.subjects.map((s) => s.name).join(', ')}`),
						el('span' + (mentee.mentors.length > 0 ? '' : '.bad-text'), {}, `${t('recommend.mentors')}: ${mentors}`))),
				coverageBox(before, after))));
	}

	async function loadCandidates() {
		if (!mentee) {
			return;
		}
		const request = candidateRequests.next();
		show(candidates, loading());
		try {
			const data = await request.query(CANDIDATES, { menteeId: mentee.id, asOf: asOf.value || today(), contour: contour.value, limit: 10 });
			drawCandidates(data.mentorCandidates);
		}
		catch (error) {
			if (!isStale(error)) {
				show(candidates, failure(error, loadCandidates));
			}
		}
	}

	function drawCandidates(list) {
		const heading = el('h2', {}, t('recommend.candidates'), ' ', el('span.count', {}, String(list.length)));
		if (list.length === 0) {
			show(candidates, el('section', {}, heading, empty(t('recommend.noCandidates'))));
			return;
		}
		show(candidates, el('section', { id: 'candidates' }, heading,
			!me.managesPairs && el('p.notice', {}, t('recommend.viewOnly')),
			list.map((c, i) => candidateCard(c, i < 3)), routePanel(mentee.id, asOf.value || today())));
	}

	function candidateCard(c, open) {
		const maxScore = c.factors.reduce((sum, f) => sum + f.weight, 0) || 1;
		const stacked = el('span.stack', { title: `${t('recommend.score')}: ${number(c.score, 3)}` },
			c.factors.map((f) => el('span', {
				style: `width:${(100 * f.contribution) / maxScore}%;background:${FACTOR_COLORS[f.factor] ?? '#888'}`,
				title: `${t(`factor.${f.factor}`)}: ${number(f.contribution, 3)}`
			})));
		const teacher = c.teacher;
		const factors = el('table.factors', {},
			el('thead', {}, el('tr', {},
				el('th', {}, t('recommend.factor')), el('th', {}, t('recommend.value')), el('th.num', {}, t('recommend.weight')),
				el('th.num', {}, t('recommend.contribution')), el('th', {}, t('recommend.explanation')))),
			el('tbody', {}, c.factors.map((f) => el('tr', { dataset: { factor: f.factor } },
				el('td', {}, el('i.swatch', { style: `background:${FACTOR_COLORS[f.factor] ?? '#888'}` }), t(`factor.${f.factor}`)),
				el('td.value', {}, shareBar(f.value), el('span.num', {}, fixed(f.value, 2))),
				el('td.num', {}, fixed(f.weight, 2)),
				el('td.num', {}, fixed(f.contribution, 3)),
				el('td.explanation', {}, f.explanation)))));
		return el('details.card.candidate', { open, dataset: { candidate: teacher.id, rank: c.rank } },
			el('summary', {},
				el('span.rank', {}, String(c.rank)),
				el('span.who', {},
					el('span.name', {}, teacher.fullName), ' ',
					el('span.badge' + (c.external ? '.info' : '.plain'), {}, c.external ? t('recommend.external') : t('recommend.internal')),
					el('div.muted.small', {}, [teacher.position, teacher.organization?.name, t(`category.${teacher.category}`),
						t('recommend.experience', { n: experience(teacher.experienceMonths) })].filter(Boolean).join(' · '))),
				el('span.score', {}, el('span.score-value', {}, fixed(c.score, 2)), stacked),
				me.managesPairs && el('button.primary.small', { type: 'button', 'data-action': 'assign', onclick: (e) => { e.preventDefault(); assign(c); } }, t('recommend.assign'))),
			factors, previewButton(teacher.id, mentee.id, () => asOf.value || today()));
	}

	async function assign(c) {
		const startedOn = el('input', { type: 'date', name: 'startedOn', value: asOf.value || today(), required: true });
		const form = el('input', { name: 'form', list: 'mentoring-forms', placeholder: t('recommend.formPlaceholder') });
		const answer = await confirmDialog({
			title: t('recommend.confirmTitle'),
			body: el('p', {}, t('recommend.confirmText', { mentor: c.teacher.fullName, mentee: mentee.fullName })),
			fields: [field(t('recommend.startedOn'), startedOn), field(t('recommend.form'), form),
				el('datalist', { id: 'mentoring-forms' }, FORMS.map((f) => el('option', { value: f })))],
			confirmLabel: t('recommend.confirm')
		});
		if (!answer) {
			return;
		}
		show(result, loading());
		try {
			const data = await query(ASSIGN, { input: { mentorId: c.teacher.id, menteeId: mentee.id, startedOn: answer.startedOn || null, form: answer.form || null } });
			const pair = data.assignMentor;
			const after = await coverage();
			show(result, el('div.state.success', { role: 'status', id: 'assigned', dataset: { pair: pair.id } },
				t('recommend.assigned', { mentor: pair.mentor.fullName, mentee: pair.mentee.fullName, date: date(pair.startedOn) })));
			const refreshed = await query(MENTEE, { id: mentee.id, asOf: asOf.value || today() });
			mentee = refreshed.teacher ?? mentee;
			drawMentee(after);
			before = after;
			await Promise.all([loadCandidates(), loadMentees(false)]);
		}
		catch (error) {
			show(result, failure(error));
		}
	}

	await Promise.all([loadMentees(false), selectMentee()]);
}

/** Coverage of the mentee's organization and of the city; with `after`, the change. */
function coverageBox(before, after) {
	if (!before) {
		return null;
	}
	const cell = (scope, key) => {
		const b = before[scope]?.[key];
		if (!b) {
			return el('td', {}, '—');
		}
		const a = after?.[scope]?.[key];
		const changed = a && (a.covered !== b.covered || a.total !== b.total);
		const figure = (f) => `${percent(f.share)} (${f.covered}/${f.total})`;
		return el('td', { dataset: { coverage: `${scope}-${key}` } },
			el('span.figure-text', {}, figure(b)),
			changed && [el('span.arrow', {}, ' → '), el('span.changed', {}, figure(a))],
			shareBar(changed ? a.share : b.share, b.target));
	};
	const row = (label, key) => el('tr', {}, el('th', {}, label), cell('organization', key), cell('city', key));
	return el('div.coverage-box', { id: 'coverage' },
		el('table.compact', {},
			el('thead', {}, el('tr', {},
				el('th', {}, after ? t('recommend.coverageChange') : t('recommend.coverage')),
				el('th', {}, t('recommend.coverageOrg')),
				el('th', {}, t('recommend.coverageCity')))),
			el('tbody', {},
				row(t('recommend.coverageYoungShort'), 'youngTeachers'),
				row(t('recommend.coverageNewShort'), 'newTeachers'))));
}
