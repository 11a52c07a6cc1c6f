// The sign-in page: Spring Security's form login at POST /login, in the chosen language.

import { lang, setLang, t, translatePage } from './i18n.js';

const params = new URLSearchParams(window.location.search);
document.getElementById('csrf').value = document.querySelector('meta[name=_csrf]').content;

function render() {
	translatePage();
	document.title = t('app.title');
	document.getElementById('lang').textContent = t('lang.switch');
	const message = document.getElementById('message');
	let text = null;
	let kind = 'empty';
	if (params.has('error')) {
		text = t('login.error');
		kind = 'error';
	}
	else if (params.has('logout')) {
		text = t('login.logout');
	}
	else if (params.has('expired')) {
		text = t('login.expired');
	}
	message.hidden = text === null;
	message.className = `state ${kind}`;
	message.textContent = text ?? '';
}

document.getElementById('lang').addEventListener('click', () => {
	setLang(lang() === 'ru' ? 'en' : 'ru');
	render();
});

render();
