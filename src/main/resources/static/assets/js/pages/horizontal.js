// Horizontal learning: flows of mentoring and events between organizations as a network
// picture (Cytoscape.js), the organizations outside it, and the brokers.

import { graphql, toError } from '../api.js';
import { fixed, number, percent, t } from '../i18n.js';
import { el, empty, failure, field, loading, monthsBefore, select, show, today } from '../ui.js';

const FIELDS = `
    from to ties totalWeight crossOrganizationShare teachersWithCrossOrganizationTie
    organizationFlows(limit: 60) { source { id name kind } target { id name kind } weight ties }
    organizationsOutside { id name kind district { name } }`;

const HORIZONTAL = `query Horizontal($scope: Scope, $from: Date!, $to: Date!) {
  horizontalLearning(scope: $scope, from: $from, to: $to) {${FIELDS}
  }
}`;

const HORIZONTAL_WITH_BROKERS = `query HorizontalBrokers($scope: Scope, $from: Date!, $to: Date!) {
  horizontalLearning(scope: $scope, from: $from, to: $to) {${FIELDS}
    brokers(limit: 10) { teacher { id fullName organization { name } } betweenness organizationsBridged }
  }
}`;

const KINDS = ['SCHOOL', 'PRESCHOOL', 'SUPPLEMENTARY', 'COLLEGE', 'UNIVERSITY', 'METHOD_CENTER', 'OTHER'];
const KIND_COLORS = {
	SCHOOL: '#2f6f9f', PRESCHOOL: '#3fa796', SUPPLEMENTARY: '#8e5cb8', COLLEGE: '#d17a22',
	UNIVERSITY: '#b8455b', METHOD_CENTER: '#1b3a5c', OTHER: '#7a8894'
};

const OUTSIDE_IN_PICTURE = 30;

let graph = null;

export async function render(container, { me }) {
	const to = el('input', { type: 'date', name: 'to', value: today(), required: true });
	const from = el('input', { type: 'date', name: 'from', value: monthsBefore(today(), 12), required: true });
	const kind = select('kind', [{ value: '', label: t('kind.all') }, ...KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))], '');
	const body = el('div');
	container.append(
		el('section.heading', {}, el('h1', {}, t('horizontal.title')), el('p.lead', {}, t('horizontal.lead'))),
		el('form.filters', { onsubmit: (e) => { e.preventDefault(); load(); } },
			field(t('common.from'), from), field(t('common.to'), to), field(t('common.kind'), kind),
			el('button.primary', { type: 'submit' }, t('common.refresh'))),
		body);
	for (const control of [from, to, kind]) {
		control.addEventListener('change', () => load());
	}

	async function load() {
		show(body, loading());
		try {
			const variables = { scope: { organizationKind: kind.value || null }, from: from.value, to: to.value || today() };
			let { data, errors } = await graphql(me.aggregatesOnly ? HORIZONTAL : HORIZONTAL_WITH_BROKERS, variables);
			let brokerErrors = [];
			if (!data.horizontalLearning && !me.aggregatesOnly && errors.some((e) => (e.path ?? []).includes('brokers'))) {
				// Brokers are teachers: when they are refused, the aggregates still show.
				brokerErrors = errors;
				({ data, errors } = await graphql(HORIZONTAL, variables));
			}
			if (!data.horizontalLearning) {
				throw toError(errors);
			}
			draw(body, data.horizontalLearning, me, brokerErrors);
		}
		catch (error) {
			show(body, failure(error, load));
		}
	}
	await load();
}

function draw(body, h, me, errors) {
	if (graph) {
		graph.destroy();
		graph = null;
	}
	const kpi = (id, label, value, note) => el('div.card.kpi', { dataset: { kpi: id } },
		el('div.kpi-label', {}, label), el('div.kpi-value', {}, value), note && el('div.kpi-note', {}, note));
	const cards = el('div.cards.four', {},
		kpi('ties', t('horizontal.ties'), number(h.ties, 0), t('horizontal.weight', { weight: number(h.totalWeight, 1) })),
		kpi('cross', t('horizontal.cross'), percent(h.crossOrganizationShare), t('horizontal.crossHelp')),
		kpi('teachers-cross', t('horizontal.teachersCross'), number(h.teachersWithCrossOrganizationTie, 0)),
		kpi('outside', t('horizontal.outsideCount'), number(h.organizationsOutside.length, 0)));
	const picture = el('div.network', { id: 'network' });
	const networkCard = el('section.card.network-card', {},
		el('h2', {}, t('horizontal.network')),
		el('p.muted.small', {}, t('horizontal.networkHelp')),
		h.organizationFlows.length === 0 && (h.organizationsOutside.length === 0 || h.organizationsOutside.length > OUTSIDE_IN_PICTURE)
			? empty(t('horizontal.noFlows')) : picture,
		legend());
	const side = el('div.side', {}, outside(h.organizationsOutside), brokers(h, me, errors));
	show(body, cards, el('div.grid-network', {}, networkCard, side));
	if (picture.isConnected) {
		graph = network(picture, h);
	}
}

function legend() {
	const used = KINDS.filter((k) => k !== 'OTHER');
	return el('div.legend', {}, used.map((k) => el('span', {}, el('i', { style: `background:${KIND_COLORS[k]}` }), t(`kind.${k}`))),
		el('span', {}, el('i.outside'), t('horizontal.outside')));
}

function network(container, h) {
	const nodes = new Map();
	const node = (o, outsideNode) => {
		if (!nodes.has(o.id)) {
			nodes.set(o.id, { data: { id: o.id, label: o.name, color: outsideNode ? '#c5cbd3' : KIND_COLORS[o.kind] ?? KIND_COLORS.OTHER, weight: 0 }, classes: outsideNode ? 'outside' : '' });
		}
		return nodes.get(o.id);
	};
	const maxWeight = Math.max(1, ...h.organizationFlows.map((f) => f.weight));
	const edges = h.organizationFlows.map((f, i) => {
		node(f.source, false).data.weight += f.weight;
		node(f.target, false).data.weight += f.weight;
		return {
			data: {
				id: `flow${i}`,
				source: f.source.id,
				target: f.target.id,
				width: 1.5 + 7 * (f.weight / maxWeight),
				label: number(f.weight, 1),
				title: t('horizontal.flowTitle', { source: f.source.name, target: f.target.name, weight: number(f.weight, 1), ties: f.ties })
			}
		};
	});
	// A handful of outsiders reads well in the picture; a city's worth would bury the flows, so they stay in the list.
	if (h.organizationsOutside.length <= OUTSIDE_IN_PICTURE) {
		for (const o of h.organizationsOutside) {
			node(o, true);
		}
	}
	const maxNode = Math.max(1, ...[...nodes.values()].map((n) => n.data.weight));
	for (const n of nodes.values()) {
		n.data.size = 22 + 26 * (n.data.weight / maxNode);
	}
	return window.cytoscape({
		container,
		elements: [...nodes.values(), ...edges],
		wheelSensitivity: 0.3,
		// A small network must not be blown up to fill the frame: labels stay readable.
		maxZoom: 1.3,
		minZoom: 0.2,
		// A few organizations read best on a circle; a city needs the force-directed layout.
		layout: nodes.size <= 12
			? { name: 'circle', animate: false, padding: 40, avoidOverlap: true }
			: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 110, padding: 24 },
		style: [
			{ selector: 'node', style: {
				'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
				'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 120, 'text-valign': 'bottom', 'text-margin-y': 4,
				color: '#1d2733', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
			{ selector: 'node.outside', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#8a96a3' } },
			{ selector: 'edge', style: {
				width: 'data(width)', 'line-color': '#90a4b8', 'target-arrow-color': '#90a4b8', 'target-arrow-shape': 'triangle',
				'curve-style': 'bezier', label: 'data(label)', 'font-size': 10, color: '#44505c',
				'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2 } },
			{ selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f2b84b' } }
		]
	});
}

function outside(organizations) {
	const section = el('section.card', { id: 'outside' }, el('h2', {}, t('horizontal.outside'), ' ', el('span.count', {}, String(organizations.length))));
	if (organizations.length === 0) {
		section.append(empty(t('horizontal.outsideNone')));
		return section;
	}
	section.append(el('ul.plain', {}, organizations.map((o) => el('li', { dataset: { organization: o.id } },
		el('span.dot', { style: `background:${KIND_COLORS[o.kind] ?? KIND_COLORS.OTHER}` }), o.name,
		el('span.muted.small', {}, ` · ${t(`kind.${o.kind}`)}${o.district ? ` · ${o.district.name}` : ''}`)))));
	return section;
}

function brokers(h, me, errors) {
	const section = el('section.card', { id: 'brokers' }, el('h2', {}, t('horizontal.brokers')), el('p.muted.small', {}, t('horizontal.brokersHelp')));
	if (me.aggregatesOnly) {
		section.append(empty(t('horizontal.brokersHidden')));
		return section;
	}
	if (!h.brokers) {
		section.append(failure(toError(errors)));
		return section;
	}
	if (h.brokers.length === 0) {
		section.append(empty(t('horizontal.brokersNone')));
		return section;
	}
	section.append(el('table.compact', {},
		el('thead', {}, el('tr', {}, el('th', {}, t('common.teacher')), el('th.num', {}, t('horizontal.betweenness')), el('th.num', {}, t('horizontal.bridged')))),
		el('tbody', {}, h.brokers.map((b) => el('tr', { dataset: { teacher: b.teacher.id } },
			el('td', {}, el('div.name', {}, b.teacher.fullName), el('div.muted.small', {}, b.teacher.organization?.name ?? '')),
			el('td.num', {}, b.betweenness >= 1000 ? number(b.betweenness, 0) : fixed(b.betweenness, 1)),
			el('td.num', {}, String(b.organizationsBridged)))))));
	return section;
}
