// Horizontal learning: flows of mentoring and events between organizations as a network
// picture (Cytoscape.js), the organizations outside it, and the brokers. At city scale the
// picture keeps the heaviest flows (how many and from which weight is the reader's choice),
// lays them out the same way on every load, and lists every flow in a table beside it.

import { isStale, latest, toError } from '../api.js';
import { fixed, number, percent, t } from '../i18n.js';
import { el, empty, failure, field, loading, monthsBefore, select, show, today } from '../ui.js';

/** Flows asked for: the table lists them all, the picture the heaviest of them. */
const FLOWS_ASKED = 200;

const FIELDS = `
    from to ties totalWeight crossOrganizationShare teachersWithCrossOrganizationTie
    organizationFlows(limit: ${FLOWS_ASKED}) { source { id name kind } target { id name kind } weight ties }
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

/** How many flows the picture may show: beyond about 40 the labels of a city cannot all be read. */
const TOP_CHOICES = [10, 20, 40, 80];

let graph = null;

export async function render(container, { me }) {
	const to = el('input', { type: 'date', name: 'to', value: today(), required: true });
	const from = el('input', { type: 'date', name: 'from', value: monthsBefore(today(), 12), required: true });
	const kind = select('kind', [{ value: '', label: t('kind.all') }, ...KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))], '');
	const top = select('top', TOP_CHOICES.map((n) => ({ value: String(n), label: String(n) })), '20');
	const minWeight = el('input', { type: 'number', name: 'minWeight', min: 0, step: 'any', value: 0, class: 'narrow' });
	const body = el('div');
	container.append(
		el('section.heading', {}, el('h1', {}, t('horizontal.title')), el('p.lead', {}, t('horizontal.lead'))),
		el('form.filters', { onsubmit: (e) => { e.preventDefault(); load(); } },
			field(t('common.from'), from), field(t('common.to'), to), field(t('common.kind'), kind),
			field(t('horizontal.topFlows'), top), field(t('horizontal.minWeight'), minWeight),
			el('button.primary', { type: 'submit' }, t('common.refresh'))),
		body);
	for (const control of [from, to, kind]) {
		control.addEventListener('change', () => load());
	}
	// The picture's own choices need no new answer from the server.
	let last = null;
	const redraw = () => last && draw(body, last.h, me, last.brokerErrors, picture());
	top.addEventListener('change', redraw);
	minWeight.addEventListener('change', redraw);
	const picture = () => ({ top: Number(top.value) || 20, minWeight: Math.max(0, Number(minWeight.value) || 0) });

	const requests = latest();

	async function load() {
		const request = requests.next();
		// The picture's choices redraw the answer shown, never an older one under a newer question.
		last = null;
		show(body, loading());
		try {
			const variables = { scope: { organizationKind: kind.value || null }, from: from.value, to: to.value || today() };
			let { data, errors } = await request.graphql(me.aggregatesOnly ? HORIZONTAL : HORIZONTAL_WITH_BROKERS, variables);
			let brokerErrors = [];
			if (!data.horizontalLearning && !me.aggregatesOnly && errors.some((e) => (e.path ?? []).includes('brokers'))) {
				// Brokers are teachers: when they are refused, the aggregates still show.
				brokerErrors = errors;
				({ data, errors } = await request.graphql(HORIZONTAL, variables));
			}
			if (!data.horizontalLearning) {
				throw toError(errors);
			}
			last = { h: data.horizontalLearning, brokerErrors };
			draw(body, last.h, me, brokerErrors, picture());
		}
		catch (error) {
			if (!isStale(error)) {
				last = null;
				show(body, failure(error, load));
			}
		}
	}
	await load();
}

function draw(body, h, me, errors, choice) {
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
	// Heaviest first from the server: the picture keeps the first `top` of those heavy enough.
	const heavy = h.organizationFlows.filter((f) => f.weight >= choice.minWeight);
	const drawn = heavy.slice(0, choice.top);
	const outsiders = h.organizationsOutside.length <= OUTSIDE_IN_PICTURE ? h.organizationsOutside : [];
	const picture = el('div.network', { id: 'network', dataset: { flows: drawn.length } });
	let content;
	if (drawn.length === 0 && outsiders.length === 0) {
		content = empty(h.organizationFlows.length > 0
			? t('horizontal.noFlowsAbove', { weight: number(choice.minWeight, 1) }) : t('horizontal.noFlows'));
	}
	else {
		content = picture;
	}
	const note = h.organizationFlows.length > 0 && el('p.muted.small', { id: 'flows-shown' },
		drawn.length < h.organizationFlows.length
			? t('horizontal.flowsShown', { shown: drawn.length, total: h.organizationFlows.length })
			: t('horizontal.flowsAll', { total: h.organizationFlows.length }));
	const networkCard = el('section.card.network-card', {},
		el('h2', {}, t('horizontal.network')),
		el('p.muted.small', {}, t('horizontal.networkHelp')),
		content, note,
		content === picture && legend(drawn, outsiders));
	const side = el('div.side', {}, outside(h.organizationsOutside), brokers(h, me, errors));
	show(body, cards, el('div.grid-network', {}, networkCard, side), flowsTable(h.organizationFlows));
	if (picture.isConnected) {
		graph = network(picture, drawn, outsiders);
	}
}

/** The kinds of organization present in the picture, and the outsiders' mark only when some are drawn. */
function legend(flows, outsiders) {
	const present = new Set(flows.flatMap((f) => [f.source.kind, f.target.kind]));
	const used = KINDS.filter((k) => present.has(k));
	return el('div.legend', { id: 'legend' },
		used.map((k) => el('span', { dataset: { kind: k } }, el('i', { style: `background:${KIND_COLORS[k]}` }), t(`kind.${k}`))),
		outsiders.length > 0 && el('span', { dataset: { kind: 'outside' } }, el('i.outside'), t('horizontal.outside')));
}

function network(container, flows, outsiders) {
	const nodes = new Map();
	const node = (o, outsideNode) => {
		if (!nodes.has(o.id)) {
			nodes.set(o.id, { data: { id: o.id, label: o.name, color: outsideNode ? '#c5cbd3' : KIND_COLORS[o.kind] ?? KIND_COLORS.OTHER, weight: 0 }, classes: outsideNode ? 'outside' : '' });
		}
		return nodes.get(o.id);
	};
	const maxWeight = Math.max(1, ...flows.map((f) => f.weight));
	const edges = flows.map((f) => {
		node(f.source, false).data.weight += f.weight;
		node(f.target, false).data.weight += f.weight;
		return {
			data: {
				id: `flow:${f.source.id}>${f.target.id}`,
				source: f.source.id,
				target: f.target.id,
				width: 1.5 + 7 * (f.weight / maxWeight),
				label: number(f.weight, 1),
				title: t('horizontal.flowTitle', { source: f.source.name, target: f.target.name, weight: number(f.weight, 1), ties: f.ties })
			}
		};
	});
	for (const o of outsiders) {
		node(o, true);
	}
	const maxNode = Math.max(1, ...[...nodes.values()].map((n) => n.data.weight));
	for (const n of nodes.values()) {
		n.data.size = 18 + 26 * (n.data.weight / maxNode);
	}
	// The same elements in the same order give the same picture on every load: no random layout.
	const ordered = [...nodes.values()].sort((a, b) => b.data.weight - a.data.weight || a.data.id.localeCompare(b.data.id));
	const many = ordered.length > 12;
	const cy = window.cytoscape({
		container,
		elements: [...ordered, ...edges],
		wheelSensitivity: 0.3,
		// A small network must not be blown up to fill the frame: labels stay readable.
		maxZoom: 1.3,
		minZoom: 0.1,
		// A few organizations read best on a circle; more go on rings, heaviest in the middle,
		// with room for every label (nodeDimensionsIncludeLabels + avoidOverlap).
		layout: many
			? { name: 'concentric', animate: false, padding: 20, avoidOverlap: true, nodeDimensionsIncludeLabels: true,
				concentric: (n) => n.data('weight'), levelWidth: () => maxNode / 4, minNodeSpacing: 6, spacingFactor: 1.05 }
			: { name: 'circle', animate: false, padding: 40, avoidOverlap: true, nodeDimensionsIncludeLabels: true },
		style: [
			{ selector: 'node', style: {
				'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
				'font-size': many ? 10 : 11, 'text-wrap': 'ellipsis', 'text-max-width': many ? 110 : 140, 'text-valign': 'bottom', 'text-margin-y': 3,
				color: '#1d2733', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
			{ selector: 'node.outside', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#8a96a3' } },
			// Weights on every edge of a city overlap each other: they show on a chosen organization's flows (and in the table).
			{ selector: 'edge', style: {
				width: 'data(width)', 'line-color': '#90a4b8', 'target-arrow-color': '#90a4b8', 'target-arrow-shape': 'triangle',
				'curve-style': 'bezier', 'font-size': 10, color: '#44505c', opacity: many ? 0.75 : 1,
				label: many ? '' : 'data(label)',
				'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2 } },
			{ selector: 'edge.near', style: { label: 'data(label)', opacity: 1, 'line-color': '#f2b84b', 'target-arrow-color': '#f2b84b', 'z-index': 10 } },
			{ selector: 'node.faded', style: { opacity: 0.25 } },
			{ selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f2b84b' } }
		]
	});
	// Where every organization landed and how many labels overlap, for whoever checks the picture (the browser tests).
	container.dataset.positions = cy.nodes().map((n) => `${n.id()}:${Math.round(n.position('x'))},${Math.round(n.position('y'))}`).join(' ');
	container.dataset.labelOverlaps = String(labelOverlaps(cy));
	cy.on('tap', 'node', (event) => {
		cy.elements().removeClass('near faded');
		const around = event.target.closedNeighborhood();
		around.edges().addClass('near');
		cy.nodes().not(around.nodes()).addClass('faded');
	});
	cy.on('tap', (event) => {
		if (event.target === cy) {
			cy.elements().removeClass('near faded');
		}
	});
	return cy;
}

/** Pairs of organizations whose labels overlap on the picture. */
function labelOverlaps(cy) {
	const boxes = cy.nodes().map((n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
	let overlaps = 0;
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i];
			const b = boxes[j];
			if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) {
				overlaps++;
			}
		}
	}
	return overlaps;
}

/** Every flow asked for, heaviest first: what the picture leaves out can still be read. */
function flowsTable(flows) {
	if (flows.length === 0) {
		return null;
	}
	return el('section.card', { id: 'flows' },
		el('details', {},
			el('summary', {}, el('h2.inline', {}, t('horizontal.flowsTable'), ' ', el('span.count', {}, String(flows.length)))),
			el('div.table-wrap', {}, el('table.compact', {},
				el('thead', {}, el('tr', {},
					el('th', {}, t('horizontal.flowFrom')), el('th', {}, t('horizontal.flowTo')),
					el('th.num', {}, t('horizontal.flowWeight')), el('th.num', {}, t('horizontal.flowTies')))),
				el('tbody', {}, flows.map((f) => el('tr', { dataset: { source: f.source.id, target: f.target.id } },
					el('td', {}, f.source.name), el('td', {}, f.target.name),
					el('td.num', {}, number(f.weight, 1)), el('td.num', {}, String(f.ties)))))))));
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
