// Indicators of the target mentoring model against the targets: the city (or a curator's
// organization), charts by kind of organization and by district, and the organizations in
// breach.

import { isStale, latest } from '../api.js';
import { percent, t } from '../i18n.js';
import { el, empty, failure, field, loading, select, shareBar, show, today } from '../ui.js';

const COVERAGE = `
fragment Figure on CoverageFigure { total covered share target met suppressed }
fragment Breakdown on CoverageBreakdown { key name newTeachers { ...Figure } youngTeachers { ...Figure } }
query Coverage($scope: Scope, $asOf: Date) {
  mentoringCoverage(scope: $scope, asOf: $asOf) {
    asOf
    newTeachers { ...Figure }
    youngTeachers { ...Figure }
    byOrganizationKind { ...Breakdown }
    byDistrict { ...Breakdown }
    byOrganization { ...Breakdown }
    externalPairShare
  }
}`;

const KINDS = ['SCHOOL', 'PRESCHOOL', 'SUPPLEMENTARY', 'COLLEGE', 'UNIVERSITY', 'METHOD_CENTER', 'OTHER'];

const COLORS = { new: '#2f6f9f', young: '#3fa796', targetNew: '#c0392b', targetYoung: '#e08e0b' };

const charts = [];

export async function render(container, { me }) {
	const asOf = el('input', { type: 'date', name: 'asOf', value: today(), required: true });
	const kind = select('kind', [{ value: '', label: t('kind.all') }, ...KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))], '');
	const scope = me.limitedToOrganization
		? select('scope', [{ value: 'own', label: t('common.scopeOwn') }, { value: 'city', label: t('common.scopeCity') }], 'own')
		: null;
	const body = el('div.overview-body');
	const filters = el('form.filters', { onsubmit: (e) => { e.preventDefault(); load(); } },
		field(t('common.asOf'), asOf),
		field(t('common.kind'), kind),
		scope && field(t('common.scope'), scope),
		el('button.primary', { type: 'submit' }, t('common.refresh')));
	for (const control of [asOf, kind, scope].filter(Boolean)) {
		control.addEventListener('change', () => load());
	}
	container.append(
		el('section.heading', {}, el('h1', {}, t('overview.title')), el('p.lead', {}, t('overview.lead'))),
		filters,
		body);

	const requests = latest();

	async function load() {
		const request = requests.next();
		show(body, loading());
		const variables = {
			asOf: asOf.value || today(),
			scope: {
				organizationKind: kind.value || null,
				organizationId: scope?.value === 'own' ? me.organizationId : null
			}
		};
		try {
			const data = await request.query(COVERAGE, variables);
			draw(body, data.mentoringCoverage);
		}
		catch (error) {
			if (!isStale(error)) {
				show(body, failure(error, load));
			}
		}
	}
	await load();
}

function draw(body, coverage) {
	for (const chart of charts.splice(0)) {
		chart.destroy();
	}
	const cards = el('div.cards',
		{},
		figureCard('kpi-new', t('overview.new'), coverage.newTeachers),
		figureCard('kpi-young', t('overview.young'), coverage.youngTeachers),
		el('div.card.kpi', { dataset: { kpi: 'external' } },
			el('div.kpi-label', {}, t('overview.external')),
			el('div.kpi-value', {}, percent(coverage.externalPairShare)),
			el('div.kpi-note', {}, t('overview.externalHelp'))));
	if (coverage.youngTeachers.total === 0 && coverage.newTeachers.total === 0) {
		// An empty database, an unknown scope or a date before anyone: no data, never "100 %, met".
		show(body, cards, el('div', { id: 'no-data' }, empty(t('overview.noData'))));
		return;
	}
	if (coverage.youngTeachers.total === 0) {
		show(body, cards, empty(t('overview.noTeachers')));
		return;
	}
	const kindCanvas = el('canvas', { id: 'chart-kind', 'aria-label': t('overview.byKind'), role: 'img' });
	const districtCanvas = el('canvas', { id: 'chart-district', 'aria-label': t('overview.byDistrict'), role: 'img' });
	const chartsRow = el('div.grid-2', {},
		el('section.card', {}, el('h2', {}, t('overview.byKind')), el('div.chart', {}, kindCanvas)),
		el('section.card', {}, el('h2', {}, t('overview.byDistrict')), el('div.chart', {}, districtCanvas)));
	show(body, cards, chartsRow, breaches(coverage.byOrganization));
	const target = { new: coverage.newTeachers.target, young: coverage.youngTeachers.target };
	charts.push(barChart(kindCanvas, coverage.byOrganizationKind.map((b) => ({ ...b, label: t(`kind.${b.key}`) })), target));
	charts.push(barChart(districtCanvas, coverage.byDistrict.map((b) => ({ ...b, label: b.name })), target));
}

function figureCard(id, label, figure) {
	if (figure.share === null || figure.share === undefined) {
		return el('div.card.kpi.nodata', { dataset: { kpi: id, state: 'nodata' } },
			el('div.kpi-label', {}, label),
			el('div.kpi-value', {}, t('common.noData')),
			shareBar(null, figure.target),
			el('div.kpi-note', {},
				t('overview.covered', { covered: figure.covered, total: figure.total }), ' · ',
				t('common.target', { target: percent(figure.target) }), ' · ',
				el('span.badge.plain', {}, t('common.noData'))));
	}
	return el('div.card.kpi' + (figure.met ? '.met' : '.breach'), { dataset: { kpi: id, state: figure.met ? 'met' : 'breach' } },
		el('div.kpi-label', {}, label),
		el('div.kpi-value', {}, percent(figure.share)),
		shareBar(figure.share, figure.target),
		el('div.kpi-note', {},
			t('overview.covered', { covered: figure.covered, total: figure.total }), ' · ',
			t('common.target', { target: percent(figure.target) }), ' · ',
			el('span.badge' + (figure.met ? '.ok' : '.bad'), {}, figure.met ? t('common.met') : t('common.breach'))));
}

function barChart(canvas, rows, target) {
	// A breakdown without teachers of that kind has no share (null): the chart leaves a gap.
	const share = (figure) => (figure.share === null || figure.total === 0 ? null : Math.round(figure.share * 1000) / 10);
	const labels = rows.map((r) => r.label);
	return new window.Chart(canvas, {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{ label: t('overview.seriesNew'), data: rows.map((r) => share(r.newTeachers)), backgroundColor: COLORS.new, minBarLength: 3 },
				{ label: t('overview.seriesYoung'), data: rows.map((r) => share(r.youngTeachers)), backgroundColor: COLORS.young, minBarLength: 3 }
			]
		},
		plugins: [targetLines([
			{ value: target.new * 100, color: COLORS.targetNew, label: t('overview.seriesTargetNew') },
			{ value: target.young * 100, color: COLORS.targetYoung, label: t('overview.seriesTargetYoung') }
		])],
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			layout: { padding: { top: 16 } },
			scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } },
			plugins: {
				legend: { position: 'bottom', labels: { boxWidth: 12 } },
				tooltip: {
					callbacks: {
						afterLabel: (item) => {
							const row = rows[item.dataIndex];
							const figure = item.datasetIndex === 0 ? row.newTeachers : row.youngTeachers;
							return t('overview.covered', { covered: figure.covered, total: figure.total });
						}
					}
				}
			}
		}
	});
}

/** Dashed lines across the whole plot at the targets, labelled at the right: they read the same for one bar or twenty. */
function targetLines(targets) {
	return {
		id: 'targetLines',
		afterDatasetsDraw(chart) {
			const { ctx, chartArea, scales } = chart;
			ctx.save();
			ctx.setLineDash([6, 4]);
			ctx.lineWidth = 2;
			ctx.font = '11px sans-serif';
			ctx.textAlign = 'right';
			ctx.textBaseline = 'bottom';
			for (const target of targets) {
				const y = scales.y.getPixelForValue(target.value);
				ctx.strokeStyle = target.color;
				ctx.beginPath();
				ctx.moveTo(chartArea.left, y);
				ctx.lineTo(chartArea.right, y);
				ctx.stroke();
				const text = `${target.label}: ${target.value}%`;
				const width = ctx.measureText(text).width;
				ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
				ctx.fillRect(chartArea.right - width - 8, y - 16, width + 8, 13);
				ctx.fillStyle = target.color;
				ctx.fillText(text, chartArea.right - 4, y - 3);
			}
			ctx.restore();
		}
	};
}

function breaches(byOrganization) {
	const rows = byOrganization
		.filter((b) => b.newTeachers.met === false || b.youngTeachers.met === false)
		.sort((a, b) => (a.youngTeachers.share ?? 2) - (b.youngTeachers.share ?? 2) || a.name.localeCompare(b.name));
	// Organizations whose figures the privacy floor withholds from this role: never "all met".
	const hidden = byOrganization.filter((b) => b.newTeachers.suppressed || b.youngTeachers.suppressed).length;
	const section = el('section.card', { id: 'breaches' }, el('h2', {}, t('overview.breaches'), ' ', el('span.count', {}, String(rows.length))));
	if (hidden > 0) {
		section.append(el('p.muted', {}, t('overview.breachesHidden', { count: hidden })));
	}
	if (rows.length === 0) {
		if (hidden === 0) {
			section.append(empty(t('overview.breachesNone')));
		}
		return section;
	}
	const cell = (figure) => el('td.figure', {},
		figure.total === 0 ? '—' : [el('span.num', {}, `${percent(figure.share)} (${figure.covered}/${figure.total})`), shareBar(figure.share, figure.target)]);
	section.append(el('div.table-wrap', {}, el('table', {},
		el('thead', {}, el('tr', {},
			el('th', {}, t('common.organization')),
			el('th', {}, t('overview.colNew')),
			el('th', {}, t('overview.colYoung')),
			el('th', {}, t('overview.colStatus')))),
		el('tbody', {}, rows.map((b) => el('tr', { dataset: { organization: b.key } },
			el('td', {}, b.name),
			cell(b.newTeachers),
			cell(b.youngTeachers),
			el('td', {},
				b.newTeachers.met === false && el('span.badge.bad', {}, t('overview.breachNew', { target: percent(b.newTeachers.target) })), ' ',
				b.youngTeachers.met === false && el('span.badge.bad', {}, t('overview.breachYoung', { target: percent(b.youngTeachers.target) })))))))));
	return section;
}
