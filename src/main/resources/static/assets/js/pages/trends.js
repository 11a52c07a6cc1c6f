// History and evidence: the indicators per October 1st or per school year for the last
// years (a Chart.js line chart and a table), and whether isolated young teachers left more
// often (relative risk with a 95% interval, by year and by kind of organization).

import { query } from '../api.js';
import { date, lang, number, percent, t } from '../i18n.js';
import { el, empty, failure, field, loading, select, show } from '../ui.js';

const TRENDS = `query Trends($scope: Scope, $years: Int, $points: TrendPoints) {
  trends(scope: $scope, years: $years, points: $points) {
    label day from to
    newTeachers { total covered share }
    youngTeachers { total covered share }
    isolatedYoungTeachers isolatedShare ties crossOrganizationShare sizeNormalisedCrossOrganizationShare organizationsOutside
  }
  isolationAndLeaving(scope: $scope, years: $years) {
    years {
      day followedUntil
      all { isolated isolatedLeft notIsolated notIsolatedLeft isolatedLeavingShare notIsolatedLeavingShare relativeRisk lower95 upper95 }
    }
    pooled { isolated isolatedLeft notIsolated notIsolatedLeft isolatedLeavingShare notIsolatedLeavingShare relativeRisk lower95 upper95 }
    pooledByOrganizationKind { organizationKind isolated isolatedLeft notIsolated notIsolatedLeft isolatedLeavingShare notIsolatedLeavingShare relativeRisk lower95 upper95 }
  }
}`;

const KINDS = ['SCHOOL', 'PRESCHOOL', 'SUPPLEMENTARY', 'COLLEGE', 'UNIVERSITY', 'METHOD_CENTER', 'OTHER'];

const STRINGS = {
	ru: {
		title: 'Динамика и доказательства',
		lead: 'Показатели за последние годы: на 1 октября (день мониторинга) или по учебным годам. Ниже — уходят ли изолированные молодые педагоги чаще остальных.',
		years: 'Лет', points: 'Точки', october: 'На 1 октября', schoolYear: 'Учебные годы',
		chart: 'Показатели по годам',
		young: 'Охват молодых наставничеством', new: 'Охват новых наставничеством', isolated: 'Доля изолированных молодых',
		cross: 'Межорганизационная доля связей (по размеру мероприятий)',
		point: 'Точка', ties: 'Связей', outside: 'Организаций вне обучения', isolatedCount: 'Изолированных',
		evidence: 'Уходят ли изолированные молодые педагоги?',
		evidenceLead: 'Молодые педагоги на 1 октября: изолированные (нет наставника, группы и мероприятий за 12 месяцев) и остальные; ушедшие — без основного места работы через 12 месяцев. Относительный риск (ОР) с 95% доверительным интервалом (метод Каца).',
		day: 'На дату', isolatedLeft: 'Изолированные: ушли', othersLeft: 'Остальные: ушли', rr: 'ОР [95% ДИ]',
		pooled: 'Все годы вместе', kind: 'Вид организации', all: 'Все виды', undefined: 'не определен (нулевая ячейка)',
		noData: 'Нет прошедших лет с 12 месяцами наблюдения.'
	},
	en: {
		title: 'Trends and evidence',
		lead: 'The indicators over the last years: on October 1st (the monitoring day) or per school year. Below: do isolated young teachers leave more often than the others?',
		years: 'Years', points: 'Points', october: 'October 1st', schoolYear: 'School years',
		chart: 'Indicators by year',
		young: 'Young teachers mentored', new: 'New teachers mentored', isolated: 'Isolated young teachers',
		cross: 'Cross-organization share of ties (by event size)',
		point: 'Point', ties: 'Ties', outside: 'Organizations outside', isolatedCount: 'Isolated',
		evidence: 'Do isolated young teachers leave?',
		evidenceLead: 'Young teachers on October 1st: isolated (no mentor, group or event in 12 months) and the others; left = no main employment 12 months later. Relative risk (RR) with a 95% confidence interval (Katz log method).',
		day: 'On', isolatedLeft: 'Isolated: left', othersLeft: 'Others: left', rr: 'RR [95% CI]',
		pooled: 'All years together', kind: 'Kind of organization', all: 'All kinds', undefined: 'undefined (a zero cell)',
		noData: 'No past year with 12 months to follow yet.'
	}
};

const COLORS = ['#3fa796', '#2f6f9f', '#c0392b', '#8e5cb8'];

let chart = null;

function s(key) {
	return STRINGS[lang()]?.[key] ?? STRINGS.ru[key];
}

export async function render(container) {
	const years = select('years', [3, 5, 7].map((n) => ({ value: String(n), label: String(n) })), '5');
	const points = select('points', [{ value: 'OCTOBER_FIRST', label: s('october') }, { value: 'SCHOOL_YEAR', label: s('schoolYear') }], 'OCTOBER_FIRST');
	const kind = select('kind', [{ value: '', label: t('kind.all') }, ...KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))], '');
	const body = el('div');
	container.append(
		el('section.heading', {}, el('h1', {}, s('title')), el('p.lead', {}, s('lead'))),
		el('form.filters', { onsubmit: (e) => { e.preventDefault(); load(); } },
			field(s('years'), years), field(s('points'), points), field(t('common.kind'), kind),
			el('button.primary', { type: 'submit' }, t('common.refresh'))),
		body);
	for (const control of [years, points, kind]) {
		control.addEventListener('change', () => load());
	}
	let latest = 0;

	async function load() {
		const mine = ++latest;
		show(body, loading());
		try {
			const data = await query(TRENDS, {
				scope: { organizationKind: kind.value || null },
				years: Number(years.value),
				points: points.value
			});
			if (mine === latest) {
				draw(body, data.trends, data.isolationAndLeaving);
			}
		}
		catch (error) {
			if (mine === latest) {
				show(body, failure(error, load));
			}
		}
	}
	await load();
}

function draw(body, trends, evidence) {
	if (chart) {
		chart.destroy();
		chart = null;
	}
	const canvas = el('canvas', { id: 'chart-trends', 'aria-label': s('chart'), role: 'img' });
	const table = el('table.compact', { dataset: { table: 'trends' } },
		el('thead', {}, el('tr', {}, ...[s('point'), s('young'), s('new'), s('isolatedCount'), s('ties'), s('cross'), s('outside')]
			.map((h) => el('th', {}, h)))),
		el('tbody', {}, ...trends.map((p) => el('tr', { dataset: { point: p.label } },
			el('td', {}, p.label),
			el('td', {}, `${percent(p.youngTeachers.share)} (${p.youngTeachers.covered}/${p.youngTeachers.total})`),
			el('td', {}, `${percent(p.newTeachers.share)} (${p.newTeachers.covered}/${p.newTeachers.total})`),
			el('td', {}, `${p.isolatedYoungTeachers} (${percent(p.isolatedShare)})`),
			el('td', {}, number(p.ties, 0)),
			el('td', {}, percent(p.sizeNormalisedCrossOrganizationShare)),
			el('td', {}, number(p.organizationsOutside, 0))))));
	show(body,
		el('section.card', {}, el('h2', {}, s('chart')), el('div.chart', {}, canvas), table),
		evidenceSection(evidence));
	const series = [
		[s('young'), (p) => p.youngTeachers.share],
		[s('new'), (p) => (p.newTeachers.total === 0 ? null : p.newTeachers.share)],
		[s('isolated'), (p) => p.isolatedShare],
		[s('cross'), (p) => p.sizeNormalisedCrossOrganizationShare]
	];
	chart = new window.Chart(canvas, {
		type: 'line',
		data: {
			labels: trends.map((p) => p.label),
			datasets: series.map(([label, value], i) => ({
				label,
				data: trends.map((p) => {
					const v = value(p);
					return v === null ? null : Math.round(v * 1000) / 10;
				}),
				borderColor: COLORS[i],
				backgroundColor: COLORS[i],
				spanGaps: true
			}))
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } },
			plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
		}
	});
}

function risk(r) {
	if (r.relativeRisk === null || r.relativeRisk === undefined) {
		return s('undefined');
	}
	return `${number(r.relativeRisk, 2)} [${number(r.lower95, 2)}; ${number(r.upper95, 2)}]`;
}

function left(count, total, share) {
	return total === 0 ? '—' : `${count}/${total} (${percent(share)})`;
}

function evidenceSection(evidence) {
	if (evidence.years.length === 0) {
		return el('section.card', { dataset: { section: 'evidence' } }, el('h2', {}, s('evidence')), empty(s('noData')));
	}
	const row = (label, r, data) => el('tr', { dataset: data },
		el('td', {}, label),
		el('td', {}, left(r.isolatedLeft, r.isolated, r.isolatedLeavingShare)),
		el('td', {}, left(r.notIsolatedLeft, r.notIsolated, r.notIsolatedLeavingShare)),
		el('td.rr', {}, risk(r)));
	const head = (first) => el('thead', {}, el('tr', {}, ...[first, s('isolatedLeft'), s('othersLeft'), s('rr')].map((h) => el('th', {}, h))));
	return el('section.card', { dataset: { section: 'evidence' } },
		el('h2', {}, s('evidence')),
		el('p.lead', {}, s('evidenceLead')),
		el('table.compact', { dataset: { table: 'evidence-years' } }, head(s('day')),
			el('tbody', {}, ...evidence.years.map((y) => row(date(y.day), y.all, { day: y.day })),
				row(s('pooled'), evidence.pooled, { day: 'pooled' }))),
		el('table.compact', { dataset: { table: 'evidence-kinds' } }, head(s('kind')),
			el('tbody', {}, ...evidence.pooledByOrganizationKind.map((r) =>
				row(t(`kind.${r.organizationKind}`), r, { kind: r.organizationKind })))));
}
