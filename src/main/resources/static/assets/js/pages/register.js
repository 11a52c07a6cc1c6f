// Реестр наставничества: the pairs of a day with filters (status, contour, form), their
// end (with a reason), reviews and re-pairing; the pairs rated low; the waitlist of
// unmentored young teachers with the best mentor of each. A curator sees their
// organization (the server limits every list). Strings of this page live here, in both
// languages, so that the shared dictionary stays small.

import { query } from '../api.js';
import { date, fixed, lang } from '../i18n.js';
import { confirmDialog, el, empty, failure, field, loading, select, show, today } from '../ui.js';

const STRINGS = {
	ru: {
		title: 'Реестр наставничества',
		lead: 'Наставнические пары на дату: активные и завершённые, с оценками, причинами завершения и повторным подбором. Ниже — пары с низкой удовлетворённостью и лист ожидания молодых педагогов без наставника.',
		asOf: 'На дату', status: 'Статус', contour: 'Контур', form: 'Форма', refresh: 'Обновить', more: 'Показать ещё',
		'status.ACTIVE': 'Активные', 'status.ENDED': 'Завершённые', 'status.ALL': 'Все',
		'contour.ANY': 'Любой', 'contour.INTERNAL': 'Внутренний', 'contour.EXTERNAL': 'Внешний',
		total: 'Пар: {n}', shown: 'показано {shown} из {total}',
		mentee: 'Наставляемый', mentor: 'Наставник', period: 'Период', days: 'Дней', satisfaction: 'Удовл.',
		reason: 'Причина', actions: '', end: 'Завершить', review: 'Оценка', repair: 'Подобрать нового',
		none: 'Пар нет.', since: 'с {date}', running: 'идёт',
		'reason.COMPLETED': 'программа выполнена', 'reason.NOT_A_GOOD_FIT': 'пара не сложилась',
		'reason.MENTOR_LEFT': 'наставник выбыл', 'reason.MENTEE_LEFT': 'наставляемый выбыл', 'reason.OTHER': 'другое',
		endTitle: 'Завершить пару', endText: '{mentor} → {mentee}. «Пара не сложилась» откроет повторный подбор без этого наставника.',
		endedOn: 'Последний день', note: 'Примечание', menteeMark: 'Оценка наставляемого (1–10)',
		mentorMark: 'Оценка наставника (1–10)', reviewTitle: 'Оценка пары', reviewDate: 'Дата оценки', save: 'Сохранить',
		ended: 'Пара завершена.', reviewed: 'Оценка сохранена.',
		low: 'Низкая удовлетворённость (последняя оценка ≤ {n})', lowNone: 'Пар с низкой оценкой нет.',
		waitlist: 'Лист ожидания', waitlistLead: 'Молодые педагоги без наставника: сначала новые (стаж до 6 месяцев), затем дольше всех ожидающие. Лучший кандидат — первый из подбора наставника.',
		waitNone: 'Все молодые педагоги с наставником.', rank: '№', org: 'Организация', waiting: 'Без наставника',
		waitDays: '{n} дн. (с {date})', best: 'Лучший кандидат', nobody: 'нет подходящих', assign: 'Назначить',
		choose: 'Подобрать', newTeacher: 'новый', assigned: 'Назначен наставник {mentor}.', viewOnly: 'Ваша роль позволяет только просматривать реестр.',
		score: 'балл'
	},
	en: {
		title: 'Mentoring register',
		lead: 'Mentoring pairs on a day: active and ended, with reviews, end reasons and re-pairing. Below, the pairs rated low and the waitlist of young teachers without a mentor.',
		asOf: 'As of', status: 'Status', contour: 'Contour', form: 'Form', refresh: 'Refresh', more: 'Show more',
		'status.ACTIVE': 'Active', 'status.ENDED': 'Ended', 'status.ALL': 'All',
		'contour.ANY': 'Any', 'contour.INTERNAL': 'Internal', 'contour.EXTERNAL': 'External',
		total: 'Pairs: {n}', shown: '{shown} of {total} shown',
		mentee: 'Mentee', mentor: 'Mentor', period: 'Period', days: 'Days', satisfaction: 'Satisf.',
		reason: 'Reason', actions: '', end: 'End', review: 'Review', repair: 'Find a new mentor',
		none: 'No pairs.', since: 'from {date}', running: 'running',
		'reason.COMPLETED': 'completed', 'reason.NOT_A_GOOD_FIT': 'not a good fit',
		'reason.MENTOR_LEFT': 'mentor left', 'reason.MENTEE_LEFT': 'mentee left', 'reason.OTHER': 'other',
		endTitle: 'End the pair', endText: '{mentor} → {mentee}. "Not a good fit" opens a re-pairing without this mentor.',
		endedOn: 'Last day', note: 'Note', menteeMark: 'Mentee\'s mark (1–10)', mentorMark: 'Mentor\'s mark (1–10)',
		reviewTitle: 'Review the pair', reviewDate: 'Review date', save: 'Save', ended: 'The pair has ended.',
		reviewed: 'Review saved.', low: 'Low satisfaction (latest mark ≤ {n})', lowNone: 'No pair is rated low.',
		waitlist: 'Waitlist', waitlistLead: 'Young teachers without a mentor: new teachers (under 6 months) first, then the longest waiting. The best candidate is the first of the mentor recommendation.',
		waitNone: 'Every young teacher has a mentor.', rank: '#', org: 'Organization', waiting: 'Without a mentor',
		waitDays: '{n} days (since {date})', best: 'Best candidate', nobody: 'nobody eligible', assign: 'Assign',
		choose: 'Choose', newTeacher: 'new', assigned: 'Mentor {mentor} assigned.', viewOnly: 'Your role may view the register only.',
		score: 'score'
	}
};

function s(key, params = {}) {
	const text = STRINGS[lang()][key] ?? STRINGS.ru[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

const PAIR = `id mentor { id fullName } mentee { id fullName } mentorOrganization { id name } menteeOrganization { id name }
  form focus plannedHours startedOn endedOn status external contour daysActive satisfaction averageSatisfaction
  endReason endNote reviews { date menteeSatisfaction mentorSatisfaction note }`;

const PAIRS = `
query Pairs($scope: Scope, $asOf: Date, $status: PairStatus, $form: String, $contour: Contour, $first: Int, $after: String) {
  mentoringPairs(scope: $scope, asOf: $asOf, status: $status, form: $form, contour: $contour, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${PAIR} } }
  }
}`;

const LOW = `
query Low($scope: Scope, $asOf: Date, $threshold: Int) {
  lowSatisfactionPairs(scope: $scope, asOf: $asOf, threshold: $threshold) { ${PAIR} }
}`;

const WAITLIST = `
query Waitlist($scope: Scope, $asOf: Date, $first: Int) {
  mentoringWaitlist(scope: $scope, asOf: $asOf, first: $first) {
    rank
    status { teacher { id fullName } organization { id name } newTeacher experienceMonths withoutMentorSince daysWithoutMentor }
    bestCandidate { teacher { id fullName } score external }
  }
}`;

const END = `
mutation End($pairId: ID!, $endedOn: Date!, $satisfaction: Int, $reason: PairEndReason, $note: String) {
  endMentoring(pairId: $pairId, endedOn: $endedOn, satisfaction: $satisfaction, reason: $reason, note: $note) { id endedOn }
}`;

const REVIEW = `
mutation Review($input: ReviewMentoringInput!) { reviewMentoring(input: $input) { id } }`;

const ASSIGN = `
mutation Assign($input: AssignMentorInput!) { assignMentor(input: $input) { id mentor { fullName } } }`;

const REASONS = ['COMPLETED', 'NOT_A_GOOD_FIT', 'MENTOR_LEFT', 'MENTEE_LEFT', 'OTHER'];
const PAGE = 50;
const LOW_THRESHOLD = 5;

export async function render(container, { me, navigate }) {
	const manage = me.roles.some((r) => ['ADMIN', 'COORDINATOR', 'CURATOR'].includes(r));
	const asOf = el('input', { type: 'date', name: 'asOf', value: today(), required: true });
	const status = select('status', ['ACTIVE', 'ENDED', 'ALL'].map((v) => ({ value: v, label: s(`status.${v}`) })), 'ACTIVE');
	const contour = select('contour', ['ANY', 'INTERNAL', 'EXTERNAL'].map((v) => ({ value: v, label: s(`contour.${v}`) })), 'ANY');
	const form = el('input', { type: 'search', name: 'form', placeholder: s('form') });
	const notice = el('div', { id: 'register-notice' });
	const summary = el('div.summary');
	const body = el('div');
	const more = el('button.secondary', { type: 'button', hidden: true, onclick: () => loadPairs(true) }, s('more'));
	const low = el('div', { id: 'low-satisfaction' });
	const waitlist = el('div', { id: 'waitlist' });

	container.append(
		el('section.heading', {}, el('h1', {}, s('title')), el('p.lead', {}, s('lead'))),
		el('form.filters', { onsubmit: (e) => { e.preventDefault(); loadAll(); } },
			field(s('asOf'), asOf), field(s('status'), status), field(s('contour'), contour), field(s('form'), form),
			el('button.primary', { type: 'submit' }, s('refresh'))),
		notice,
		!manage && el('p.muted', {}, s('viewOnly')),
		el('section.card', {}, summary, body, el('div.more', {}, more)),
		el('section.card', {}, el('h2', {}, s('low', { n: LOW_THRESHOLD })), low),
		el('section.card', {}, el('h2', {}, s('waitlist')), el('p.muted', {}, s('waitlistLead')), waitlist));
	for (const control of [asOf, status, contour]) {
		control.addEventListener('change', () => loadAll());
	}
	form.addEventListener('change', () => loadPairs(false));

	const scope = () => ({ organizationId: me.limitedToOrganization ? me.organizationId : null });
	const day = () => asOf.value || today();
	let rows = [];
	let cursor = null;
	// Answers of an older request (another day or filter) are dropped when they come late.
	const latest = { pairs: 0, low: 0, waitlist: 0 };

	async function loadAll() {
		await Promise.all([loadPairs(false), loadLow(), loadWaitlist()]);
	}

	async function loadPairs(next) {
		if (!next) {
			rows = [];
			cursor = null;
			show(body, loading());
		}
		more.disabled = true;
		const mine = ++latest.pairs;
		try {
			const data = await query(PAIRS, {
				scope: scope(), asOf: day(), status: status.value, contour: contour.value,
				form: form.value.trim() || null, first: PAGE, after: cursor
			});
			if (mine !== latest.pairs) {
				return;
			}
			const connection = data.mentoringPairs;
			rows = rows.concat(connection.edges.map((e) => e.node));
			cursor = connection.pageInfo.endCursor;
			more.hidden = !connection.pageInfo.hasNextPage;
			show(summary, el('span.big', {}, s('total', { n: connection.totalCount })),
				rows.length < connection.totalCount && el('span.muted', {}, ' · ', s('shown', { shown: rows.length, total: connection.totalCount })));
			show(body, rows.length === 0 ? empty(s('none')) : pairTable(rows, 'pairs'));
		}
		catch (error) {
			more.hidden = true;
			show(body, failure(error, () => loadPairs(false)));
		}
		finally {
			more.disabled = false;
		}
	}

	async function loadLow() {
		show(low, loading());
		const mine = ++latest.low;
		try {
			const data = await query(LOW, { scope: scope(), asOf: day(), threshold: LOW_THRESHOLD });
			if (mine !== latest.low) {
				return;
			}
			show(low, data.lowSatisfactionPairs.length === 0 ? empty(s('lowNone')) : pairTable(data.lowSatisfactionPairs, 'low-pairs'));
		}
		catch (error) {
			show(low, failure(error, loadLow));
		}
	}

	async function loadWaitlist() {
		show(waitlist, loading());
		const mine = ++latest.waitlist;
		try {
			const data = await query(WAITLIST, { scope: scope(), asOf: day(), first: 20 });
			if (mine !== latest.waitlist) {
				return;
			}
			const entries = data.mentoringWaitlist;
			if (entries.length === 0) {
				show(waitlist, empty(s('waitNone')));
				return;
			}
			show(waitlist, el('div.table-wrap', {}, el('table', { id: 'waitlist-table' },
				el('thead', {}, el('tr', {}, el('th.num', {}, s('rank')), el('th', {}, s('mentee')), el('th', {}, s('org')),
					el('th', {}, s('waiting')), el('th', {}, s('best')), el('th', {}))),
				el('tbody', {}, entries.map((w) => el('tr', { dataset: { teacher: w.status.teacher.id } },
					el('td.num', {}, w.rank),
					el('td', {}, el('div.name', {}, w.status.teacher.fullName),
						w.status.newTeacher && el('span.chip.bad', {}, s('newTeacher'))),
					el('td', {}, w.status.organization?.name ?? '—'),
					el('td', {}, s('waitDays', { n: w.status.daysWithoutMentor, date: date(w.status.withoutMentorSince) })),
					el('td', {}, w.bestCandidate
						? [el('div.name', {}, w.bestCandidate.teacher.fullName),
							el('div.muted.small', {}, `${s('score')} ${fixed(w.bestCandidate.score)}${w.bestCandidate.external ? ` · ${s('contour.EXTERNAL')}` : ''}`)]
						: el('span.muted', {}, s('nobody'))),
					el('td', {},
						manage && w.bestCandidate && el('button.primary.small', { type: 'button', dataset: { action: 'assign' },
							onclick: () => assign(w) }, s('assign')), ' ',
						el('button.secondary.small', { type: 'button',
							onclick: () => navigate('recommend', { mentee: w.status.teacher.id }) }, s('choose')))))))));
		}
		catch (error) {
			show(waitlist, failure(error, loadWaitlist));
		}
	}

	async function assign(entry) {
		try {
			const data = await query(ASSIGN, { input: { mentorId: entry.bestCandidate.teacher.id, menteeId: entry.status.teacher.id, startedOn: day() } });
			show(notice, el('div.state.success', { role: 'status' }, s('assigned', { mentor: data.assignMentor.mentor.fullName })));
			await loadAll();
		}
		catch (error) {
			show(notice, failure(error));
		}
	}

	function pairTable(pairs, id) {
		return el('div.table-wrap', {}, el('table', { id },
			el('thead', {}, el('tr', {},
				el('th', {}, s('mentee')), el('th', {}, s('mentor')), el('th', {}, s('form')), el('th', {}, s('period')),
				el('th.num', {}, s('days')), el('th', {}, s('contour')), el('th.num', {}, s('satisfaction')),
				el('th', {}, s('reason')), el('th', {}))),
			el('tbody', {}, pairs.map((p) => el('tr', { dataset: { pair: p.id, status: p.status } },
				el('td', {}, el('div.name', {}, p.mentee.fullName), el('div.muted.small', {}, p.menteeOrganization?.name ?? '—')),
				el('td', {}, el('div.name', {}, p.mentor.fullName), el('div.muted.small', {}, p.mentorOrganization?.name ?? '—')),
				el('td', {}, p.form ?? '—', p.plannedHours != null && el('div.muted.small', {}, `${p.plannedHours} ч`)),
				el('td', {}, `${date(p.startedOn)} – ${p.endedOn ? date(p.endedOn) : s('running')}`),
				el('td.num', {}, p.daysActive),
				el('td', {}, el('span.chip' + (p.external ? '.warn' : ''), {}, s(`contour.${p.contour}`))),
				el('td.num', {}, p.averageSatisfaction != null ? fixed(p.averageSatisfaction, 1) : (p.satisfaction ?? '—')),
				el('td', {}, p.endReason ? s(`reason.${p.endReason}`) : '', p.endNote && el('div.muted.small', {}, p.endNote)),
				el('td', {},
					manage && p.status === 'ACTIVE' && el('button.secondary.small', { type: 'button', dataset: { action: 'review' }, onclick: () => review(p) }, s('review')), ' ',
					manage && p.status === 'ACTIVE' && !p.endedOn && el('button.secondary.small', { type: 'button', dataset: { action: 'end' }, onclick: () => end(p) }, s('end')), ' ',
					p.status === 'ENDED' && el('button.secondary.small', { type: 'button', dataset: { action: 'repair' },
						onclick: () => navigate('recommend', { mentee: p.mentee.id }) }, s('repair'))))))));
	}

	async function end(pair) {
		const answer = await confirmDialog({
			title: s('endTitle'),
			body: el('p', {}, s('endText', { mentor: pair.mentor.fullName, mentee: pair.mentee.fullName })),
			confirmLabel: s('end'),
			fields: [
				field(s('endedOn'), el('input', { type: 'date', name: 'endedOn', value: day(), required: true })),
				field(s('reason'), select('reason', REASONS.map((r) => ({ value: r, label: s(`reason.${r}`) })), 'COMPLETED')),
				field(s('menteeMark'), el('input', { type: 'number', name: 'satisfaction', min: 1, max: 10 })),
				field(s('note'), el('input', { type: 'text', name: 'note' }))
			]
		});
		if (!answer) {
			return;
		}
		try {
			await query(END, { pairId: pair.id, endedOn: answer.endedOn, reason: answer.reason,
				satisfaction: answer.satisfaction ? Number(answer.satisfaction) : null, note: answer.note || null });
			show(notice, el('div.state.success', { role: 'status', id: 'pair-ended' }, s('ended'),
				answer.reason === 'NOT_A_GOOD_FIT' && [' ', el('button.primary.small', { type: 'button',
					onclick: () => navigate('recommend', { mentee: pair.mentee.id }) }, s('repair'))]));
			await loadAll();
		}
		catch (error) {
			show(notice, failure(error));
		}
	}

	async function review(pair) {
		const answer = await confirmDialog({
			title: s('reviewTitle'),
			body: el('p', {}, `${pair.mentor.fullName} → ${pair.mentee.fullName}`),
			confirmLabel: s('save'),
			fields: [
				field(s('reviewDate'), el('input', { type: 'date', name: 'date', value: day(), required: true })),
				field(s('menteeMark'), el('input', { type: 'number', name: 'menteeSatisfaction', min: 1, max: 10 })),
				field(s('mentorMark'), el('input', { type: 'number', name: 'mentorSatisfaction', min: 1, max: 10 })),
				field(s('note'), el('input', { type: 'text', name: 'note' }))
			]
		});
		if (!answer) {
			return;
		}
		try {
			await query(REVIEW, { input: { pairId: pair.id, date: answer.date,
				menteeSatisfaction: answer.menteeSatisfaction ? Number(answer.menteeSatisfaction) : null,
				mentorSatisfaction: answer.mentorSatisfaction ? Number(answer.mentorSatisfaction) : null,
				note: answer.note || null } });
			show(notice, el('div.state.success', { role: 'status', id: 'pair-reviewed' }, s('reviewed')));
			await loadAll();
		}
		catch (error) {
			show(notice, failure(error));
		}
	}

	await loadAll();
}
