// The dashboard shell: who is signed in, the sections they may open, the language switch
// and a hash router (#/overview, #/isolation, #/horizontal, #/recommend?mentee=ID, #/plan).

import { ApiError, logout, me } from './api.js';
import { lang, setLang, t, translatePage } from './i18n.js';
import { el, failure, loading, show } from './ui.js';

/** The sections; teacherLevel ones show names and lists, so a viewer does not get them. */
const SECTIONS = [
	{ id: 'overview', teacherLevel: false, load: () => import('./pages/overview.js') },
	{ id: 'isolation', teacherLevel: true, load: () => import('./pages/isolation.js') },
	{ id: 'horizontal', teacherLevel: false, load: () => import('./pages/horizontal.js') },
	{ id: 'recommend', teacherLevel: true, load: () => import('./pages/recommend.js') },
	{ id: 'plan', teacherLevel: true, load: () => import('./pages/plan.js') },
	{ id: 'register', teacherLevel: true, load: () => import('./pages/register.js') },
	{ id: 'monitoring', teacherLevel: false, load: () => import('./pages/monitoring.js') }
];

const page = document.getElementById('page');
const nav = document.getElementById('nav');

function parseHash() {
	const hash = window.location.hash.replace(/^#\/?/, '');
	const [name, search] = hash.split('?');
	return { name: name || 'overview', params: new URLSearchParams(search ?? '') };
}

/** Changes the section (and its parameters) through the address bar. */
export function navigate(name, params = {}) {
	const search = new URLSearchParams(params).toString();
	window.location.hash = `#/${name}${search ? `?${search}` : ''}`;
}

function renderNav(user, active) {
	const links = SECTIONS.filter((s) => !(s.teacherLevel && user.aggregatesOnly)).map((s) =>
		el('a' + (s.id === active ? '.active' : ''), {
			href: `#/${s.id}`,
			'aria-current': s.id === active ? 'page' : null,
			dataset: { section: s.id }
		}, t(`nav.${s.id}`)));
	links.push(el('a.external', { href: '/graphiql', dataset: { section: 'graphiql' } }, t('nav.graphiql')));
	nav.replaceChildren(...links);
}

let renderCount = 0;

async function route(user) {
	const { name, params } = parseHash();
	const section = SECTIONS.find((s) => s.id === name) ?? SECTIONS[0];
	renderNav(user, section.id);
	document.title = `${t(`nav.${section.id}`)} — ${t('app.title')}`;
	const mine = ++renderCount;
	if (section.teacherLevel && user.aggregatesOnly) {
		show(page, el('section.panel', {},
			el('div.state.error', { role: 'alert', dataset: { error: 'FORBIDDEN' } },
				el('strong', {}, t('denied.title')), el('p', {}, t('denied.viewer')))));
		return;
	}
	show(page, loading());
	try {
		const module = await section.load();
		if (mine !== renderCount) {
			return;
		}
		page.replaceChildren();
		await module.render(page, { me: user, params, navigate });
	}
	catch (error) {
		if (mine === renderCount) {
			show(page, failure(error instanceof ApiError ? error : new ApiError('ERROR', String(error?.message ?? error))));
		}
	}
}

async function start() {
	translatePage();
	document.getElementById('lang').textContent = t('lang.switch');
	document.getElementById('lang').addEventListener('click', () => {
		setLang(lang() === 'ru' ? 'en' : 'ru');
		window.location.reload();
	});
	document.getElementById('logout').addEventListener('click', () => logout());
	let user;
	try {
		user = await me();
	}
	catch (error) {
		show(page, failure(error));
		return;
	}
	const roles = user.roles.map((r) => t(`role.${r}`)).join(', ');
	document.getElementById('user').textContent = `${user.name} · ${roles}`;
	document.body.dataset.roles = user.roles.join(' ');
	window.addEventListener('hashchange', () => route(user));
	await route(user);
}

start();
