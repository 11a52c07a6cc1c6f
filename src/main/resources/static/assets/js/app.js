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
	{ id: 'trends', teacherLevel: false, load: () => import('./pages/trends.js') },
	{ id: 'recommend', teacherLevel: true, load: () => import('./pages/recommend.js') },
	{ id: 'plan', teacherLevel: true, load: () => import('./pages/plan.js') },
	{ id: 'register', teacherLevel: true, load: () => import('./pages/register.js') },
	{ id: 'monitoring', teacherLevel: false, load: () => import('./pages/monitoring.js') },
	{ id: 'import', teacherLevel: true, roles: ['ADMIN', 'COORDINATOR'], load: () => import('./pages/import.js') }
];

/** Whether the user may open the section at all (a section with roles is shown to those roles only). */
function allowed(section, user) {
	return !(section.teacherLevel && user.aggregatesOnly)
		&& (!section.roles || section.roles.some((r) => user.roles.includes(r)));
}

const page = document.getElementById('page');
const nav = document.getElementById('nav');
const banner = document.getElementById('status');

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
	const links = SECTIONS.filter((s) => allowed(s, user)).map((s) =>
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
	watchDemoCity(user);
	await route(user);
}

/**
 * While the demo city loads (GET /api/status), a banner says so with its progress; when it
 * is loaded the page asks again, so its figures are the city's.
 */
async function watchDemoCity(user) {
	let seen = false;
	for (;;) {
		let city;
		try {
			const response = await fetch('/api/status', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
			if (!response.ok) {
				return;
			}
			city = (await response.json()).demoCity;
		}
		catch (ex) {
			return;
		}
		const state = city?.state;
		if (state === 'CHECKING' || state === 'GENERATING' || state === 'IMPORTING') {
			seen = true;
			banner.className = 'status-banner';
			banner.dataset.state = state;
			show(banner, el('span.spinner'),
				el('span', {}, state === 'IMPORTING' ? t('status.demoLoading', { percent: city.percent }) : t('status.demoGenerating')),
				state === 'IMPORTING' && el('progress', { max: 100, value: city.percent }));
			banner.hidden = false;
			await new Promise((resolve) => setTimeout(resolve, 1000));
			continue;
		}
		if (state === 'FAILED') {
			banner.className = 'status-banner error';
			banner.dataset.state = state;
			show(banner, t('status.demoFailed', { message: city.message ?? '' }));
			banner.hidden = false;
			return;
		}
		if (seen && state === 'LOADED') {
			banner.dataset.state = state;
			show(banner, t('status.demoLoaded'));
			setTimeout(() => { banner.hidden = true; }, 4000);
			await route(user);
		}
		return;
	}
}

start();
