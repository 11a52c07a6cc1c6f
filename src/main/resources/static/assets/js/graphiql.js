// GraphiQL over the dashboard's session: the same CSRF token and language as the pages.

import { ApiError, me } from './api.js';
import { lang, t, translatePage } from './i18n.js';
import { failure, show } from './ui.js';

const container = document.getElementById('graphiql');
translatePage();
document.title = t('graphiql.title');

// GraphiQL's own introspection nests type references seven levels deep, beyond the
// server's query depth limit (horizon.graphql.max-depth); five levels describe every type
// of the schema ([[T!]!]! needs four), so the schema is asked for with this one instead.
const INTROSPECTION = `query IntrospectionQuery {
  __schema {
    description
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL
  fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
}`;

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
	const http = window.GraphiQL.createFetcher({
		url: '/graphql',
		headers: {
			'Accept-Language': lang(),
			'X-Requested-With': 'XMLHttpRequest',
			[user.csrfHeader]: user.csrfToken
		}
	});
	const fetcher = (params, options) => http(params.operationName === 'IntrospectionQuery'
		? { ...params, query: INTROSPECTION }
		: params, options);
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
