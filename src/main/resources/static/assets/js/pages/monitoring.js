// The October monitoring of the target mentoring model on any date, for the city (or the
// scope) and per organization, as the official form asks for it, with the XLSX and CSV
// files (GET /api/exports/monitoring.xlsx|csv). Aggregates only: every role. Strings of
// this page live here, in both languages.

import { query } from '../api.js';
import { date, fixed, lang, percent } from '../i18n.js';
import { el, failure, field, loading, show, today } from '../ui.js';

const STRINGS = {
	ru: {
		title: 'Мониторинг целевой модели наставничества',
		lead: 'Показатели октябрьского мониторинга на любую дату: по городу и по каждой организации. Охват совпадает с разделом «Показатели» на ту же дату.',
		asOf: 'На дату', municipality: 'Муниципалитет (id)', refresh: 'Обновить', xlsx: 'Скачать XLSX', csv: 'Скачать CSV (Excel)',
		total: 'Итого', org: 'Организация', young: 'Молодые (до 3 лет)', fresh: 'Новые (до 6 мес.)', mentored: 'с наставником',
		hidden: 'скрыто', hiddenTitle: 'Порог приватности: меньше 5 человек, показатель скрыт',
		mentors: 'Наставников', trained: 'Обученных', honorary: 'Почётных', pairs: 'Пар', external: 'Внешний контур',
		forms: 'Формы наставничества', satisfaction: 'Удовлетворённость', curator: 'Куратор', yes: 'да', no: 'нет',
		noForm: 'форма не указана', withoutCurator: 'Организации без куратора', withoutPairs: 'Организации без наставнических пар',
		none: 'нет', since: 'оценки с {date}'
	},
	en: {
		title: 'Monitoring of the target mentoring model',
		lead: 'The October monitoring on any date: the city and each organization. Coverage equals the Indicators page on the same day.',
		asOf: 'As of', municipality: 'Municipality (id)', refresh: 'Refresh', xlsx: 'Download XLSX', csv: 'Download CSV (Excel)',
		total: 'Total', org: 'Organization', young: 'Young (under 3 years)', fresh: 'New (under 6 months)', mentored: 'mentored',
		hidden: 'hidden', hiddenTitle: 'Privacy floor: fewer than 5 people, the figure is hidden',
		mentors: 'Mentors', trained: 'Trained', honorary: 'Honorary', pairs: 'Pairs', external: 'External contour',
		forms: 'Forms of mentoring', satisfaction: 'Satisfaction', curator: 'Curator', yes: 'yes', no: 'no',
		noForm: 'form not given', withoutCurator: 'Organizations without a curator', withoutPairs: 'Organizations without mentoring pairs',
		none: 'none', since: 'marks since {date}'
	}
};

function s(key, params = {}) {
	const text = STRINGS[lang()][key] ?? STRINGS.ru[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

const FIGURE = '{ total covered share target met suppressed }';
const ROW = `{ key name youngTeachers ${FIGURE} newTeachers ${FIGURE} mentors trainedMentors trainedShare honoraryMentors
  pairs externalPairs externalShare forms { form pairs } averageSatisfaction satisfactionMarks hasCurator suppressed }`;
const MONITORING = `
query Monitoring($scope: Scope, $asOf: Date) {
  mentoringMonitoring(scope: $scope, asOf: $asOf) {
    asOf schoolYearStart total ${ROW} organizations ${ROW} withoutCurator { id name } withoutPairs { id name }
  }
}`;

export async function render(container) {
	const asOf = el('input', { type: 'date', name: 'asOf', value: today(), required: true });
	const municipality = el('input', { type: 'text', name: 'municipalityId', class: 'narrow' });
	const files = { xlsx: '', csv: '' };
	const xlsx = el('button.secondary', { type: 'button', id: 'monitoring-xlsx', onclick: () => window.location.assign(files.xlsx) }, s('xlsx'));
	const csv = el('button.secondary', { type: 'button', id: 'monitoring-csv', onclick: () => window.location.assign(files.csv) }, s('csv'));
	const body = el('div');
	container.append(
		el('section.heading', {}, el('h1', {}, s('title')), el('p.lead', {}, s('lead'))),
		el('form.filters', { onsubmit: (e) => { e.preventDefault(); load(); } },
			field(s('asOf'), asOf), field(s('municipality'), municipality),
			el('button.primary', { type: 'submit' }, s('refresh')), xlsx, csv),
		body);
	asOf.addEventListener('change', () => load());
	municipality.addEventListener('change', () => load());

	let latest = 0;

	async function load() {
		const mine = ++latest;
		const params = new URLSearchParams({ asOf: asOf.value || today() });
		if (municipality.value.trim()) {
			params.set('municipalityId', municipality.value.trim());
		}
		files.xlsx = `/api/exports/monitoring.xlsx?${params}`;
		files.csv = `/api/exports/monitoring.csv?${params}`;
		xlsx.dataset.href = files.xlsx;
		csv.dataset.href = files.csv;
		show(body, loading());
		try {
			const data = await query(MONITORING, {
				asOf: asOf.value || today(),
				scope: { municipalityId: municipality.value.trim() || null }
			});
			if (mine === latest) {
				draw(data.mentoringMonitoring);
			}
		}
		catch (error) {
			show(body, failure(error, load));
		}
	}

	function hidden() {
		return el('span.muted', { title: s('hiddenTitle') }, s('hidden'));
	}

	function coverage(figure) {
		if (figure.suppressed) {
			return hidden();
		}
		return el('span', {}, `${figure.covered} / ${figure.total} · `,
			el('span.badge' + (figure.met ? '.ok' : '.bad'), {}, percent(figure.share)));
	}

	function row(r, total) {
		if (r.suppressed) {
			return el('tr' + (total ? '.total' : ''), { dataset: { organization: r.key || 'total' } },
				el('td', {}, total ? el('strong', {}, s('total')) : r.name),
				el('td.num', {}, coverage(r.youngTeachers)),
				el('td.num', {}, coverage(r.newTeachers)),
				el('td.num', { colspan: 7 }, hidden()),
				el('td', {}, r.hasCurator == null ? '' : (r.hasCurator ? s('yes') : el('span.badge.bad', {}, s('no')))));
		}
		return el('tr' + (total ? '.total' : ''), { dataset: { organization: r.key || 'total' } },
			el('td', {}, total ? el('strong', {}, s('total')) : r.name),
			el('td.num', {}, coverage(r.youngTeachers)),
			el('td.num', {}, coverage(r.newTeachers)),
			el('td.num', {}, r.mentors),
			el('td.num', {}, `${r.trainedMentors} (${percent(r.trainedShare)})`),
			el('td.num', {}, r.honoraryMentors),
			el('td.num', {}, r.pairs),
			el('td.num', {}, `${r.externalPairs} (${percent(r.externalShare)})`),
			el('td', {}, r.forms.map((f) => el('div.small', {}, `${f.form ?? s('noForm')}: ${f.pairs}`))),
			el('td.num', {}, r.averageSatisfaction != null ? `${fixed(r.averageSatisfaction, 1)} (${r.satisfactionMarks})` : '—'),
			el('td', {}, r.hasCurator == null ? '' : (r.hasCurator ? s('yes') : el('span.badge.bad', {}, s('no')))));
	}

	function names(list) {
		return list.length === 0 ? s('none') : list.map((o) => o.name).join('; ');
	}

	function draw(m) {
		show(body,
			el('section.card', {}, el('p.muted', {}, `${date(m.asOf)} · ${s('since', { date: date(m.schoolYearStart) })}`),
				el('div.table-wrap', {}, el('table', { id: 'monitoring' },
					el('thead', {}, el('tr', {},
						el('th', {}, s('org')), el('th', {}, `${s('young')}: ${s('mentored')}`), el('th', {}, `${s('fresh')}: ${s('mentored')}`),
						el('th', {}, s('mentors')), el('th', {}, s('trained')), el('th', {}, s('honorary')), el('th', {}, s('pairs')),
						el('th', {}, s('external')), el('th', {}, s('forms')), el('th', {}, s('satisfaction')), el('th', {}, s('curator')))),
					el('tbody', {}, row(m.total, true), m.organizations.map((r) => row(r, false)))))),
			el('section.card', {},
				el('h2', {}, `${s('withoutCurator')} (${m.withoutCurator.length})`), el('p', { id: 'without-curator' }, names(m.withoutCurator)),
				el('h2', {}, `${s('withoutPairs')} (${m.withoutPairs.length})`), el('p', { id: 'without-pairs' }, names(m.withoutPairs))));
	}

	await load();
}
