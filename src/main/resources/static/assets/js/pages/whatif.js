// Issue 15 on the recommendation and plan screens: the contour policies, the what-if preview
// of one pair and of a whole plan, and the young teacher's route (ИОМ). Kept in its own module
// (with its own texts) so the pages only import it.

import { query } from '../api.js';
import { date, fixed, lang, percent } from '../i18n.js';
import { el, empty, failure, loading, show } from '../ui.js';

const TEXTS = {
	ru: {
		'contour.PREFER_INTERNAL': 'Сначала своя организация', 'contour.ANY': 'Любой (только балл)',
		'contour.INTERNAL': 'Внутренний (своя организация)', 'contour.EXTERNAL': 'Внешний (другие организации)',
		preview: 'Что изменится', previewTitle: 'Если назначить эту пару', coverageOrg: 'Охват организации (молодые)',
		coverageNew: 'Охват новых', coverageCity: 'Охват города (молодые)', reasonsCleared: 'Снимутся причины изоляции',
		reasonsAdded: 'Добавятся причины', none: 'нет', reach: 'Новые сети и организации', twoHop: 'Педагогов в двух шагах',
		load: 'Нагрузка наставника (наставляемых)', route: 'Индивидуальный маршрут (ИОМ)', noDeficits: 'Дефициты не выявлены',
		mentors: 'Наставники', recent: 'Недавние события', upcoming: 'Ближайшие события', groups: 'Сети и объединения',
		sites: 'Стажировочные площадки и ресурсные центры', planPreview: 'Что изменит план', isolated: 'Изолированных молодых педагогов',
		meeting: 'Организаций с охватом молодых ≥ 70%', shares: 'Внутренних / внешних пар', show: 'Показать',
		INTERNSHIP_SITE: 'стажировочная площадка', RESOURCE_CENTER: 'ресурсный центр'
	},
	en: {
		'contour.PREFER_INTERNAL': 'Own organization first', 'contour.ANY': 'Any (score only)',
		'contour.INTERNAL': 'Internal (same organization)', 'contour.EXTERNAL': 'External (other organizations)',
		preview: 'What changes', previewTitle: 'If this pair is assigned', coverageOrg: 'Organization coverage (young)',
		coverageNew: 'New teachers covered', coverageCity: 'City coverage (young)', reasonsCleared: 'Isolation reasons cleared',
		reasonsAdded: 'Reasons added', none: 'none', reach: 'New groups and organizations', twoHop: 'Teachers within two ties',
		load: 'Mentor load (mentees)', route: 'Individual route', noDeficits: 'No deficits diagnosed',
		mentors: 'Mentors', recent: 'Recent events', upcoming: 'Upcoming events', groups: 'Groups',
		sites: 'Internship sites and resource centres', planPreview: 'What the plan changes', isolated: 'Isolated young teachers',
		meeting: 'Organizations with young coverage ≥ 70%', shares: 'Internal / external pairs', show: 'Show',
		INTERNSHIP_SITE: 'internship site', RESOURCE_CENTER: 'resource centre'
	}
};

function tx(key) {
	return (TEXTS[lang()] ?? TEXTS.ru)[key] ?? TEXTS.ru[key] ?? key;
}

/** The contour policies, the default first. */
export const CONTOURS = ['PREFER_INTERNAL', 'ANY', 'INTERNAL', 'EXTERNAL'];

export function contourLabel(contour) {
	return tx(`contour.${contour}`);
}

const PREVIEW = `
fragment F on CoverageFigure { total covered share }
query Preview($mentor: ID!, $mentee: ID!, $day: Date) {
  mentoringPreview(mentorId: $mentor, menteeId: $mentee, startedOn: $day) {
    external menteeMentoredBefore
    organization { name newTeachersBefore { ...F } newTeachersAfter { ...F } youngTeachersBefore { ...F } youngTeachersAfter { ...F } }
    city { youngTeachersBefore { ...F } youngTeachersAfter { ...F } }
    reasonsCleared reasonsAdded newGroups { id name } newOrganizations { id name }
    twoHopTeachersBefore twoHopTeachersAfter mentorMenteesBefore mentorMenteesAfter maxMenteesPerMentor
  }
}`;

const ROUTE = `
query Route($mentee: ID!, $asOf: Date) {
  menteeRoute(menteeId: $mentee, asOf: $asOf) {
    steps {
      code name level
      mentors { rank score external teacher { id fullName organization { name } } }
      recentEvents { id title date hostName } upcomingEvents { id title date hostName }
      groups { id name } sites { id name flags }
    }
  }
}`;

const PLAN_PREVIEW = `
fragment F on CoverageFigure { total covered share }
query PlanPreview($scope: Scope, $asOf: Date, $contour: Contour) {
  planPreview(scope: $scope, asOf: $asOf, contour: $contour) {
    plan { internalPairs externalPairs internalShare externalShare }
    coverage { newTeachersBefore { ...F } newTeachersAfter { ...F } youngTeachersBefore { ...F } youngTeachersAfter { ...F } }
    isolatedBefore isolatedAfter organizationsMeetingYoungTargetBefore organizationsMeetingYoungTargetAfter
  }
}`;

function figure(before, after) {
	return `${before.covered}/${before.total} (${percent(before.share)}) → ${after.covered}/${after.total} (${percent(after.share)})`;
}

function row(label, value, name) {
	return el('tr', { dataset: { whatif: name } }, el('th', {}, label), el('td', {}, value));
}

/** A button that loads, under it, what assigning mentorId to menteeId on day() would change. */
export function previewButton(mentorId, menteeId, day) {
	const box = el('div.whatif');
	const button = el('button.small', { type: 'button', 'data-action': 'preview', onclick: async (e) => {
		e.preventDefault();
		show(box, loading());
		try {
			const data = await query(PREVIEW, { mentor: mentorId, mentee: menteeId, day: day() });
			const p = data.mentoringPreview;
			const reasons = (list) => (list.length ? list.join(', ') : tx('none'));
			const reach = [...p.newGroups, ...p.newOrganizations].map((x) => x.name);
			show(box, el('table.whatif-table', { id: 'preview', dataset: { mentor: mentorId } },
				el('caption', {}, tx('previewTitle')),
				el('tbody', {},
					row(`${tx('coverageOrg')}: ${p.organization.name}`, figure(p.organization.youngTeachersBefore, p.organization.youngTeachersAfter), 'organization'),
					row(tx('coverageNew'), figure(p.organization.newTeachersBefore, p.organization.newTeachersAfter), 'new'),
					row(tx('coverageCity'), figure(p.city.youngTeachersBefore, p.city.youngTeachersAfter), 'city'),
					row(tx('reasonsCleared'), reasons(p.reasonsCleared), 'cleared'),
					p.reasonsAdded.length > 0 && row(tx('reasonsAdded'), reasons(p.reasonsAdded), 'added'),
					row(tx('reach'), reach.length ? reach.join('; ') : tx('none'), 'reach'),
					row(tx('twoHop'), `${p.twoHopTeachersBefore} → ${p.twoHopTeachersAfter}`, 'twoHop'),
					row(tx('load'), `${p.mentorMenteesBefore} → ${p.mentorMenteesAfter} / ${p.maxMenteesPerMentor}`, 'load'))));
		}
		catch (error) {
			show(box, failure(error));
		}
	} }, tx('preview'));
	return el('div.whatif-wrap', {}, button, box);
}

/** The young teacher's route panel (loads at once). */
export function routePanel(menteeId, asOf) {
	const section = el('section.card', { id: 'route' }, el('h2', {}, tx('route')), loading());
	(async () => {
		try {
			const data = await query(ROUTE, { mentee: menteeId, asOf });
			const steps = data.menteeRoute.steps;
			const list = (items, draw) => (items.length ? el('ul', {}, items.map((i) => el('li', {}, draw(i)))) : el('span.muted', {}, tx('none')));
			show(section, el('h2', {}, tx('route')), steps.length === 0 ? empty(tx('noDeficits'))
				: steps.map((s) => el('details.card', { open: true, dataset: { deficit: s.code } },
					el('summary', {}, `${s.name} (${s.level})`),
					el('div', {}, el('strong', {}, tx('mentors')), list(s.mentors, (m) => `#${m.rank} ${m.teacher.fullName} · ${m.teacher.organization?.name ?? ''} · ${fixed(m.score, 2)}`)),
					el('div', {}, el('strong', {}, tx('upcoming')), list(s.upcomingEvents, (e) => `${date(e.date)} ${e.title ?? e.id}${e.hostName ? ' · ' + e.hostName : ''}`)),
					el('div', {}, el('strong', {}, tx('recent')), list(s.recentEvents, (e) => `${date(e.date)} ${e.title ?? e.id}${e.hostName ? ' · ' + e.hostName : ''}`)),
					el('div', {}, el('strong', {}, tx('groups')), list(s.groups, (g) => g.name ?? g.id)),
					el('div', {}, el('strong', {}, tx('sites')), list(s.sites, (o) => `${o.name ?? o.id} (${o.flags.map(tx).join(', ')})`)))));
		}
		catch (error) {
			show(section, el('h2', {}, tx('route')), failure(error));
		}
	})();
	return section;
}

/** A panel with what the plan would change (loads when asked). */
export function planPreviewPanel(scope, asOf, contour) {
	const box = el('div');
	const button = el('button.small', { type: 'button', 'data-action': 'plan-preview', onclick: async () => {
		show(box, loading());
		try {
			const data = await query(PLAN_PREVIEW, { scope, asOf, contour });
			const p = data.planPreview;
			show(box, el('table.whatif-table', { id: 'plan-preview' }, el('tbody', {},
				row(tx('shares'), `${p.plan.internalPairs} / ${p.plan.externalPairs} (${percent(p.plan.internalShare)} / ${percent(p.plan.externalShare)})`, 'shares'),
				row(tx('coverageCity'), figure(p.coverage.youngTeachersBefore, p.coverage.youngTeachersAfter), 'young'),
				row(tx('coverageNew'), figure(p.coverage.newTeachersBefore, p.coverage.newTeachersAfter), 'new'),
				row(tx('isolated'), `${p.isolatedBefore} → ${p.isolatedAfter}`, 'isolated'),
				row(tx('meeting'), `${p.organizationsMeetingYoungTargetBefore} → ${p.organizationsMeetingYoungTargetAfter}`, 'meeting'))));
		}
		catch (error) {
			show(box, failure(error));
		}
	} }, tx('show'));
	return el('section.card', { id: 'plan-whatif' }, el('h2', {}, tx('planPreview'), ' ', button), box);
}
