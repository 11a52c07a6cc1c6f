// Import of registries for ADMIN and COORDINATOR (#/import): a zip of the folder's CSV
// files, an .xlsx workbook, or the CSV files themselves (zipped here, in the browser),
// sent to POST /api/import. Upload progress, then the answer: what each file brought and
// which columns it updated, or every error as a table (file, line, column, message), with
// nothing written. The strings live here so that the shared dictionary stays untouched.

import { me } from '../api.js';
import { lang } from '../i18n.js';
import { el, show } from '../ui.js';

const STRINGS = {
	ru: {
		title: 'Импорт реестров',
		intro: 'Загрузите папку реестров: ZIP-архив с CSV-файлами, книгу Excel (.xlsx, листы называются как файлы) '
			+ 'или сами CSV-файлы (выберите несколько). Если хотя бы одна строка с ошибкой, ничего не записывается, '
			+ 'а все ошибки показываются таблицей.',
		choose: 'Файлы',
		send: 'Импортировать',
		uploading: 'Загрузка: {p}%',
		checking: 'Файлы загружены; проверка и запись…',
		done: 'Импорт выполнен: {rows} строк за {s} с. Создано узлов: {nodes}.',
		rejected: 'Импорт отклонён: ошибок {n}. Ничего не записано — исправьте файлы и загрузите снова.',
		refused: 'Загрузка отклонена ({status}): {message}',
		forbidden: 'Импортировать могут только администратор и координатор.',
		network: 'Сервер не ответил. Проверьте соединение и попробуйте снова.',
		nothing: 'Выберите ZIP, XLSX или CSV-файлы.',
		errors: 'Ошибки',
		warnings: 'Предупреждения (импорт они не останавливают)',
		file: 'Файл',
		line: 'Строка',
		column: 'Столбец',
		message: 'Сообщение',
		rows: 'Строк',
		created: 'Создано',
		updated: 'Обновлено',
		columns: 'Обновлённые столбцы (остальные не тронуты)',
		files: 'Файлы'
	},
	en: {
		title: 'Import registries',
		intro: 'Upload a folder of registries: a ZIP of CSV files, an Excel workbook (.xlsx, sheets named like the files) '
			+ 'or the CSV files themselves (pick several). If any row has an error, nothing is written and every error '
			+ 'is shown as a table.',
		choose: 'Files',
		send: 'Import',
		uploading: 'Uploading: {p}%',
		checking: 'Uploaded; checking and writing…',
		done: 'Imported {rows} rows in {s} s. Nodes created: {nodes}.',
		rejected: 'Import rejected: {n} error(s). Nothing was written: correct the files and upload again.',
		refused: 'Upload refused ({status}): {message}',
		forbidden: 'Only an administrator or a coordinator may import.',
		network: 'The server did not answer. Check the connection and try again.',
		nothing: 'Choose a ZIP, an XLSX or CSV files.',
		errors: 'Errors',
		warnings: 'Warnings (they do not stop the import)',
		file: 'File',
		line: 'Line',
		column: 'Column',
		message: 'Message',
		rows: 'Rows',
		created: 'Created',
		updated: 'Updated',
		columns: 'Columns updated (the others are left as they were)',
		files: 'Files'
	}
};

function s(key, params = {}) {
	const text = (STRINGS[lang()] ?? STRINGS.ru)[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

export async function render(root) {
	const user = await me();
	const allowed = user.roles.includes('ADMIN') || user.roles.includes('COORDINATOR');
	const input = el('input', { type: 'file', id: 'import-files', multiple: true, accept: '.zip,.xlsx,.csv' });
	const button = el('button.primary', { type: 'submit', id: 'import-send', disabled: !allowed }, s('send'));
	const status = el('div.import-status', { id: 'import-status', role: 'status', 'aria-live': 'polite' });
	const result = el('div.import-result', { id: 'import-result' });
	const form = el('form.controls', {
		onSubmit: (event) => {
			event.preventDefault();
			upload([...input.files], button, status, result, user);
		}
	}, el('label', {}, s('choose'), ' ', input), button);
	show(root, el('section.panel', {}, el('h2', {}, s('title')), el('p', {}, s('intro')),
		allowed ? form : el('div.state.error', { role: 'alert' }, s('forbidden')), status, result));
}

async function upload(files, button, status, result, user) {
	result.replaceChildren();
	if (files.length === 0) {
		status.textContent = s('nothing');
		return;
	}
	let body;
	let name;
	if (files.length === 1 && !/\.csv$/i.test(files[0].name)) {
		body = files[0];
		name = files[0].name;
	}
	else {
		body = await zipStored(files.filter((f) => /\.csv$/i.test(f.name)));
		name = 'files.zip';
	}
	button.disabled = true;
	status.textContent = s('uploading', { p: 0 });
	try {
		const { code, answer } = await send(body, name, user, (p) => {
			status.textContent = p < 100 ? s('uploading', { p }) : s('checking');
		});
		showAnswer(code, answer, status, result);
	}
	catch (error) {
		status.textContent = s('network');
		status.dataset.state = 'error';
	}
	finally {
		button.disabled = false;
	}
}

/** POSTs the body with upload progress (XMLHttpRequest: fetch reports none). */
function send(body, name, user, progress) {
	return new Promise((resolve, reject) => {
		const request = new XMLHttpRequest();
		request.open('POST', '/api/import');
		request.setRequestHeader('Content-Type', 'application/octet-stream');
		request.setRequestHeader('X-File-Name', encodeURIComponent(name).replace(/%20/g, ' '));
		request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
		request.setRequestHeader('Accept-Language', lang());
		if (user.csrfHeader) {
			request.setRequestHeader(user.csrfHeader, user.csrfToken);
		}
		request.upload.onprogress = (event) => {
			if (event.lengthComputable) {
				progress(Math.floor((event.loaded * 100) / event.total));
			}
		};
		request.upload.onload = () => progress(100);
		request.onload = () => {
			let answer = null;
			try {
				answer = JSON.parse(request.responseText);
			}
			catch (ex) {
				answer = null;
			}
			resolve({ code: request.status, answer });
		};
		request.onerror = () => reject(new Error('network'));
		request.send(body);
	});
}

function showAnswer(code, answer, status, result) {
	status.dataset.state = '';
	const mark = () => {
		status.className = `import-status state ${status.dataset.state === 'error' ? 'error' : 'empty'}`;
	};
	try {
		answerInto(code, answer, status, result);
	}
	finally {
		mark();
	}
}

function answerInto(code, answer, status, result) {
	if (code === 401) {
		window.location.assign('/login?expired');
		return;
	}
	if (code === 403) {
		status.textContent = s('forbidden');
		status.dataset.state = 'error';
		return;
	}
	if (!answer) {
		status.textContent = s('refused', { status: code, message: '' });
		status.dataset.state = 'error';
		return;
	}
	const parts = [];
	if (answer.imported) {
		const rows = Object.values(answer.files ?? {}).reduce((sum, f) => sum + f.rows, 0);
		status.textContent = s('done', { rows, s: ((answer.millis ?? 0) / 1000).toFixed(1), nodes: answer.nodesCreated ?? 0 });
		status.dataset.state = 'done';
		parts.push(filesTable(answer.files ?? {}));
	}
	else if (code === 400 && Object.keys(answer.files ?? {}).length > 0) {
		status.textContent = s('rejected', { n: (answer.errors ?? []).length });
		status.dataset.state = 'error';
	}
	else {
		status.textContent = s('refused', { status: code, message: (answer.errors ?? []).join('; ') });
		status.dataset.state = 'error';
	}
	if ((answer.problems ?? []).length > 0 && !(answer.problems.length === 1 && !answer.problems[0].file)) {
		parts.unshift(el('h3', {}, s('errors')), problemTable(answer.problems, 'import-errors'));
	}
	if ((answer.warnings ?? []).length > 0) {
		parts.push(el('h3', {}, s('warnings')), problemTable(answer.warnings.map(cut), 'import-warnings'));
	}
	result.replaceChildren(...parts);
}

/** "file:line: column: message" in its parts, like the server's ImportReport.Problem. */
function cut(text) {
	const m = /^(.*?):(\d+): ([^:]*?): ([\s\S]*)$/.exec(text);
	return m ? { file: m[1], line: Number(m[2]), column: m[3], message: m[4] } : { file: '', line: 0, column: '-', message: text };
}

function problemTable(problems, id) {
	return el('table.data', { id },
		el('thead', {}, el('tr', {}, el('th', {}, s('file')), el('th.num', {}, s('line')), el('th', {}, s('column')),
			el('th', {}, s('message')))),
		el('tbody', {}, problems.map((p) => el('tr', {},
			el('td', {}, p.file), el('td.num', {}, p.line > 0 ? String(p.line) : ''), el('td', {}, p.column),
			el('td', {}, p.message)))));
}

function filesTable(files) {
	return el('table.data', { id: 'import-files-table' },
		el('thead', {}, el('tr', {}, el('th', {}, s('files')), el('th.num', {}, s('rows')), el('th.num', {}, s('created')),
			el('th.num', {}, s('updated')), el('th', {}, s('columns')))),
		el('tbody', {}, Object.entries(files).map(([name, f]) => el('tr', {},
			el('td', {}, name), el('td.num', {}, String(f.rows)), el('td.num', {}, f.created == null ? '' : String(f.created)),
			el('td.num', {}, f.updated == null ? '' : String(f.updated)), el('td', {}, (f.columns ?? []).join(', '))))));
}

// A zip without compression (method "stored") of the chosen CSV files: enough for the server
// to read them as one import, without a library.
const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) {
			c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
		}
		table[n] = c >>> 0;
	}
	return table;
})();

function crc32(bytes) {
	let crc = 0xFFFFFFFF;
	for (let i = 0; i < bytes.length; i++) {
		crc = CRC_TABLE[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8);
	}
	return (crc ^ 0xFFFFFFFF) >>> 0;
}

async function zipStored(files) {
	const parts = [];
	const central = [];
	let offset = 0;
	for (const file of files) {
		const data = new Uint8Array(await file.arrayBuffer());
		const name = new TextEncoder().encode(file.name);
		const crc = crc32(data);
		const local = new DataView(new ArrayBuffer(30));
		local.setUint32(0, 0x04034b50, true);
		local.setUint16(4, 20, true);
		local.setUint16(6, 0x0800, true);
		local.setUint32(14, crc, true);
		local.setUint32(18, data.length, true);
		local.setUint32(22, data.length, true);
		local.setUint16(26, name.length, true);
		parts.push(local, name, data);
		const entry = new DataView(new ArrayBuffer(46));
		entry.setUint32(0, 0x02014b50, true);
		entry.setUint16(4, 20, true);
		entry.setUint16(6, 20, true);
		entry.setUint16(8, 0x0800, true);
		entry.setUint32(16, crc, true);
		entry.setUint32(20, data.length, true);
		entry.setUint32(24, data.length, true);
		entry.setUint16(28, name.length, true);
		entry.setUint32(42, offset, true);
		central.push(entry, name);
		offset += 30 + name.length + data.length;
	}
	const size = central.reduce((sum, p) => sum + p.byteLength, 0);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, files.length, true);
	end.setUint16(10, files.length, true);
	end.setUint32(12, size, true);
	end.setUint32(16, offset, true);
	return new Blob([...parts, ...central, end], { type: 'application/zip' });
}
