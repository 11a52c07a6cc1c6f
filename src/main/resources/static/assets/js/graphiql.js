// GraphiQL over the dashboard's session: the same CSRF token and language as the pages.

import { ApiError, me } from './api.js';
import { lang, t, translatePage } from './i18n.js';
import { failure, show } from './ui.js';

const container = document.getElementById('graphiql');
translatePage();
document.title = t('graphiql.title');

const DEFAULT_QUERY = `# Horizon GraphQL API: Ctrl+Enter runs the query; the Docs panel lists every field.
query Coverage($asOf: Date) {
  mentoringCoverage(asOf: $asOf) {
    asOf
    newTeachers { total covered share target met }
    youngTeachers { total covered share target met }
    byOrganizationKind { key name youngTeachers { share met } }
  }
}
`;

try {
	const user = await me();
	document.getElementById('user').textContent = `${user.name} · ${user.roles.map((r) => t(`role.${r}`)).join(', ')}`;
	const fetcher = window.GraphiQL.createFetcher({
		url: '/graphql',
		headers: {
			'Accept-Language': lang(),
			'X-Requested-With': 'XMLHttpRequest',
			[user.csrfHeader]: user.csrfToken
		}
	});
	const root = window.ReactDOM.createRoot(container);
	root.render(window.React.createElement(window.GraphiQL, {
		fetcher,
		defaultQuery: DEFAULT_QUERY,
		defaultEditorToolsVisibility: true
	}));
}
catch (error) {
	show(container, failure(error instanceof ApiError ? error : new ApiError('ERROR', String(error))));
}
