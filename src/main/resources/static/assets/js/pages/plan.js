// The city's assignment plan: the proposals of the global optimum to review and accept,
// all or one by one (each acceptance is an assignMentor), and who is left unmatched.

import { graphql, isStale, latest, query } from '../api.js';
import { date, experience, fixed, percent, t } from '../i18n.js';
import { confirmDialog, el, empty, failure, field, loading, select, show, today } from '../ui.js';
import { CONTOURS, contourLabel, planPreviewPanel } from './whatif.js';

const PLAN = `
query Plan($scope: Scope, $asOf: Date, $contour: Contour) {
  mentorAssignmentPlan(scope: $scope, asOf: $asOf, contour: $contour) {
    totalScore internalPairs externalPairs internalShare externalShare
    proposals {
      score
      mentee { id fullName experienceMonths(asOf: $asOf) organization { id name } }
      mentor { id fullName category organization { id name } }
    }
    unmatched { reason mentee { id fullName experienceMonths(asOf: $asOf) organization { name } } }
  }
}`;

const COVERAGE = `
query Coverage($scope: Scope, $asOf: Date) {
  mentoringCoverage(scope: $scope, asOf: $asOf) {
    newTeachers { total covered share target met }
    youngTeachers { total covered share target met }
  }
}`;

const ASSIGN = `
mutation Assign($input: AssignMentorInput!) {
  assignMentor(input: $input) { id startedOn mentor { id } mentee { id } }
}`;

const KINDS = ['SCHOOL', 'PRESCHOOL', 'SUPPLEMENTARY', 'COLLEGE', 'UNIVERSITY', 'METHOD_CENTER', 'OTHER'];

export async function render(container, { me }) {
	const asOf = el('input', { type: 'date', name: 'asOf', value: today(), required: true });
	const kind = select('kind', [{ value: '', label: t('kind.all') }, ...KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))], '');
	const contour = select('contour', CONTOURS.map((c) => ({ value: c, label: contourLabel(c) })), 'PREFER_INTERNAL');
	const summary = el('div');
	const progress = el('div.notice-area');
	const body = el('div');
	container.append(
		el('section.heading', {}, el('h1', {}, t('plan.title')), el('p.lead', {}, t('plan.lead'))),
		el('form.filters', { onsubmit: (e) => { e.preventDefault(); load(); } },
			field(t('common.asOf'), asOf), field(t('common.kind'), kind), field(t('recommend.contour'), contour),
			el('button.primary', { type: 'submit' }, t('plan.compute'))),
		summary, progress, body);

	let plan = null;
	let before = null;
	const status = new Map();

	const scope = () => ({ organizationKind: kind.value || null, organizationId: me.limitedToOrganization ? me.organizationId : null });

	const requests = latest();

	async function load() {
		const request = requests.next();
		show(body, loading());
		summary.replaceChildren();
		progress.replaceChildren();
		status.clear();
		try {
			const data = await request.query(PLAN, { scope: scope(), asOf: asOf.value || today(), contour: contour.value });
			const answer = await request.wait(coverage());
			plan = data.mentorAssignmentPlan;
			before = answer;
			draw();
		}
		catch (error) {
			if (!isStale(error)) {
				show(body, failure(error, load));
			}
		}
	}

	async function coverage() {
		try {
			const { data } = await graphql(COVERAGE, { scope: scope(), asOf: asOf.value || today() });
			return data.mentoringCoverage ?? null;
		}
		catch (error) {
			// The coverage beside the plan is a help, not the answer: without it the plan still shows.
			return null;
		}
	}

	function pending() {
		return plan.proposals.filter((p) => status.get(p.mentee.id)?.state !== 'done');
	}

	function draw() {
		const open = pending();
		show(summary, el('div.cards.four', {},
			kpi('proposals', t('plan.proposals'), String(plan.proposals.length)),
			kpi('total', t('plan.totalScore'), fixed(plan.totalScore, 2)),
			kpi('unmatched', t('plan.unmatchedCount'), String(plan.unmatched.length)),
			before && kpi('young', t('overview.young'), percent(before.youngTeachers.share),
				`${before.youngTeachers.covered}/${before.youngTeachers.total} · ${t('common.target', { target: percent(before.youngTeachers.target) })}`)),
			planPreviewPanel(scope(), asOf.value || today(), contour.value));
		const proposals = el('section.card', { id: 'proposals' });
		if (plan.proposals.length === 0) {
			proposals.append(empty(t('plan.empty')));
		}
		else {
			const checks = new Map();
			const acceptSelected = el('button.primary', { type: 'button', 'data-action': 'accept-selected', disabled: true,
				onclick: () => accept(plan.proposals.filter((p) => checks.get(p.mentee.id)?.checked)) }, t('plan.acceptSelected', { n: 0 }));
			const refreshSelected = () => {
				const n = [...checks.values()].filter((c) => c.checked).length;
				acceptSelected.textContent = t('plan.acceptSelected', { n });
				acceptSelected.disabled = n === 0;
			};
			proposals.append(
				el('div.toolbar', {},
					el('h2', {}, t('plan.proposals'), ' ', el('span.count', {}, String(plan.proposals.length))),
					me.managesPairs ? el('div.actions', {}, acceptSelected,
						el('button.primary', { type: 'button', 'data-action': 'accept-all', disabled: open.length === 0, onclick: () => accept(pending()) },
							t('plan.acceptAll', { n: open.length })))
						: el('p.notice', {}, t('plan.viewOnly'))),
				el('div.table-wrap', {}, el('table', { id: 'plan' },
					el('thead', {}, el('tr', {},
						me.managesPairs && el('th.select-cell', {}),
						el('th', {}, t('plan.mentee')), el('th', {}, t('plan.mentor')), el('th.num', {}, t('plan.score')),
						el('th', {}, t('plan.status')), me.managesPairs && el('th', {}))),
					el('tbody', {}, plan.proposals.map((p) => {
						const state = status.get(p.mentee.id);
						const done = state?.state === 'done';
						const check = el('input', { type: 'checkbox', disabled: done, 'aria-label': p.mentee.fullName, onchange: refreshSelected });
						checks.set(p.mentee.id, check);
						return el('tr', { dataset: { mentee: p.mentee.id, mentor: p.mentor.id, state: state?.state ?? 'proposed' } },
							me.managesPairs && el('td.select-cell', {}, check),
							el('td', {}, el('div.name', {}, p.mentee.fullName),
								el('div.muted.small', {}, `${p.mentee.organization?.name ?? ''} · ${experience(p.mentee.experienceMonths)}`)),
							el('td', {}, el('div.name', {}, p.mentor.fullName),
								el('div.muted.small', {}, `${p.mentor.organization?.name ?? ''} · ${t(`category.${p.mentor.category}`)}`)),
							el('td.num', {}, fixed(p.score, 2)),
							el('td', {}, done ? el('span.badge.ok', {}, t('plan.accepted'))
								: state?.state === 'failed' ? el('span.badge.bad', { title: state.message }, t('plan.failed', { message: state.message }))
									: el('span.badge.plain', {}, t('plan.pending'))),
							me.managesPairs && el('td', {}, !done && el('button.secondary.small', { type: 'button', 'data-action': 'accept', onclick: () => accept([p]) }, t('plan.accept'))));
					})))));
		}
		const unmatched = el('section.card', { id: 'unmatched' }, el('h2', {}, t('plan.unmatched'), ' ', el('span.count', {}, String(plan.unmatched.length))));
		if (plan.unmatched.length === 0) {
			unmatched.append(empty(t('plan.unmatchedNone')));
		}
		else {
			unmatched.append(el('table.compact', {},
				el('thead', {}, el('tr', {}, el('th', {}, t('plan.mentee')), el('th', {}, t('common.organization')), el('th', {}, t('plan.reason')))),
				el('tbody', {}, plan.unmatched.map((u) => el('tr', { dataset: { mentee: u.mentee.id } },
					el('td', {}, u.mentee.fullName), el('td', {}, u.mentee.organization?.name ?? '—'), el('td', {}, u.reason))))));
		}
		show(body, el('div.grid-plan', {}, proposals, unmatched));
	}

	async function accept(proposals) {
		if (proposals.length === 0) {
			return;
		}
		const startedOn = asOf.value || today();
		const answer = await confirmDialog({
			title: t('plan.confirmTitle'),
			body: el('p', {}, t('plan.confirmText', { n: proposals.length, date: date(startedOn) })),
			confirmLabel: t('plan.accept')
		});
		if (!answer) {
			return;
		}
		let ok = 0;
		let failed = 0;
		for (const p of proposals) {
			show(progress, el('div.state.loading', { role: 'status' }, el('span.spinner'), t('plan.progress', { done: ok + failed, n: proposals.length })));
			try {
				await query(ASSIGN, { input: { mentorId: p.mentor.id, menteeId: p.mentee.id, startedOn } });
				status.set(p.mentee.id, { state: 'done' });
				ok++;
			}
			catch (error) {
				status.set(p.mentee.id, { state: 'failed', message: error.message });
				failed++;
			}
		}
		const after = await coverage();
		show(progress, el('div.state' + (failed > 0 ? '.error' : '.success'), { role: 'status', id: 'accepted' },
			t('plan.done', { ok, failed }),
			before && after && el('div', { id: 'coverage-change' }, `${t('overview.young')}: ${percent(before.youngTeachers.share)} (${before.youngTeachers.covered}/${before.youngTeachers.total}) → `,
				el('strong', {}, `${percent(after.youngTeachers.share)} (${after.youngTeachers.covered}/${after.youngTeachers.total})`),
				` · ${t('overview.new')}: ${percent(before.newTeachers.share)} → `, el('strong', {}, percent(after.newTeachers.share)))));
		before = after ?? before;
		draw();
	}

	await load();
}

function kpi(id, label, value, note) {
	return el('div.card.kpi', { dataset: { kpi: id } }, el('div.kpi-label', {}, label), el('div.kpi-value', {}, value), note && el('div.kpi-note', {}, note));
}
