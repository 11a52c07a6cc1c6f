// UI strings in Russian (the default) and English. The chosen language is kept in
// localStorage and sent as Accept-Language on GraphQL calls, so that explanations written
// by the server come in the same language as the page.

const STORAGE_KEY = 'horizon.lang';

const STRINGS = {
	ru: {
		'app.title': 'Горизонт',
		'app.subtitle': 'Наставничество и горизонтальное обучение педагогов',
		'nav.overview': 'Показатели',
		'nav.isolation': 'Изолированные педагоги',
		'nav.horizontal': 'Горизонтальное обучение',
		'nav.trends': 'Динамика',
		'nav.recommend': 'Подбор наставника',
		'nav.plan': 'План назначений',
		'nav.register': 'Реестр наставничества',
		'nav.monitoring': 'Мониторинг',
		'nav.import': 'Импорт',
		'nav.graphiql': 'GraphiQL',
		'nav.logout': 'Выйти',
		'lang.switch': 'English',
		'lang.switchTitle': 'Switch to English',

		'role.ADMIN': 'администратор',
		'role.COORDINATOR': 'координатор',
		'role.CURATOR': 'куратор',
		'role.ANALYST': 'аналитик',
		'role.VIEWER': 'наблюдатель',

		'kind.SCHOOL': 'Школы',
		'kind.PRESCHOOL': 'Детские сады',
		'kind.SUPPLEMENTARY': 'Доп. образование',
		'kind.COLLEGE': 'Колледжи',
		'kind.UNIVERSITY': 'Вузы',
		'kind.METHOD_CENTER': 'Методические центры',
		'kind.OTHER': 'Прочие',
		'kind.all': 'Все виды организаций',

		'category.NONE': 'без категории',
		'category.SZD': 'СЗД',
		'category.FIRST': 'первая категория',
		'category.HIGHEST': 'высшая категория',

		'reason.NO_MENTOR': 'Нет наставника',
		'reason.NO_GROUP': 'Вне сообществ',
		'reason.NO_EVENTS': 'Нет мероприятий',
		'reason.NEW_WITHOUT_MENTOR': 'Новый без наставника',
		'reason.ONLY_INTERNAL_TIES': 'Только внутренние связи',
		'reasonHelp.NO_MENTOR': 'Не состоит в активной паре наставничества на дату',
		'reasonHelp.NO_GROUP': 'Не участвует ни в одном сообществе, объединении или программе на дату',
		'reasonHelp.NO_EVENTS': 'Не участвовал(а) в мероприятиях за период',
		'reasonHelp.NEW_WITHOUT_MENTOR': 'Стаж менее 6 месяцев и нет наставника: нарушение целевого показателя 100%',
		'reasonHelp.ONLY_INTERNAL_TIES': 'Учится только у коллег своей организации',

		'factor.DEFICIT_COVERAGE': 'Закрытие дефицитов',
		'factor.SUBJECT': 'Общий предмет',
		'factor.PROXIMITY': 'Близость',
		'factor.QUALIFICATION': 'Квалификация',
		'factor.MENTOR_READINESS': 'Готовность к наставничеству',
		'factor.LOAD': 'Нагрузка',
		'factor.NETWORK_GAIN': 'Расширение сети',
		'factor.ROLE': 'Должность',
		'factor.LEVEL': 'Уровень образования',

		'common.asOf': 'На дату',
		'common.from': 'С',
		'common.to': 'По',
		'common.kind': 'Вид организаций',
		'common.refresh': 'Показать',
		'common.loading': 'Загрузка…',
		'common.cancel': 'Отмена',
		'common.organization': 'Организация',
		'common.teacher': 'Педагог',
		'common.months': '{n} мес.',
		'common.experience': 'Стаж',
		'common.share': 'Доля',
		'common.target': 'цель {target}',
		'common.met': 'Выполнено',
		'common.breach': 'Ниже цели',
		'common.none': 'нет',
		'common.scope': 'Охват данных',
		'common.scopeOwn': 'Моя организация',
		'common.scopeCity': 'Весь город',
		'common.loadMore': 'Показать ещё',
		'common.shown': 'Показано {shown} из {total}',
		'common.search': 'Поиск по имени',

		'error.title': 'Не удалось загрузить данные',
		'error.forbiddenTitle': 'Нет доступа к этим данным',
		'error.forbidden': 'Недостаточно прав: ваша роль не позволяет видеть эти данные.',
		'error.forbiddenDetail': 'Если доступ нужен для работы, обратитесь к администратору Горизонта.',
		'error.notFound': 'Не найдено: {message}',
		'error.badRequest': 'Запрос отклонён: {message}',
		'error.network': 'Сервер не отвечает. Проверьте соединение и повторите.',
		'error.unavailable': 'Эта функция ещё не доступна на сервере.',
		'error.session': 'Сеанс истёк. Войдите снова.',
		'error.generic': 'Ошибка сервера: {message}',
		'error.retry': 'Повторить',
		'error.timeoutTitle': 'Сервер не успел ответить',
		'error.timeout': 'Запрос выполнялся дольше допустимого времени и был прерван.',
		'error.timeoutDetail': 'Сузьте выборку (дату, вид организаций, период) или повторите позже.',
		'common.noData': 'нет данных',
		'status.demoLoading': 'Загружается демонстрационный город: {percent} %. Показатели появятся, когда загрузка закончится.',
		'status.demoGenerating': 'Создаётся демонстрационный город…',
		'status.demoLoaded': 'Демонстрационный город загружен.',
		'status.demoFailed': 'Демонстрационный город не загрузился: {message}',
		'freshness.stale': 'Данные изменились: часть показателей на странице рассчитана в {time}, до последнего изменения. Новый расчёт идёт; обновите страницу через несколько секунд.',
		'denied.title': 'Раздел недоступен для вашей роли',
		'denied.viewer': 'Роль «наблюдатель» видит только сводные показатели, без имён и списков педагогов. Откройте «Показатели» или «Горизонтальное обучение».',

		'login.title': 'Вход в Горизонт',
		'login.username': 'Имя пользователя',
		'login.password': 'Пароль',
		'login.submit': 'Войти',
		'login.error': 'Неверное имя пользователя или пароль.',
		'login.logout': 'Вы вышли из системы.',
		'login.expired': 'Сеанс истёк, войдите снова.',

		'overview.title': 'Целевая модель наставничества',
		'overview.lead': 'Охват молодых педагогов наставничеством в сравнении с целевыми показателями.',
		'overview.new': 'Новые педагоги (стаж до 6 мес.)',
		'overview.young': 'Молодые педагоги (стаж до 3 лет)',
		'overview.external': 'Внешний контур',
		'overview.externalHelp': 'Доля активных пар, где наставник из другой организации',
		'overview.covered': '{covered} из {total} с наставником',
		'overview.byKind': 'По видам организаций',
		'overview.byDistrict': 'По районам',
		'overview.seriesNew': 'Новые, %',
		'overview.seriesYoung': 'Молодые, %',
		'overview.seriesTargetNew': 'Цель для новых',
		'overview.seriesTargetYoung': 'Цель для молодых',
		'overview.breaches': 'Организации ниже цели',
		'overview.breachesNone': 'Все организации выполняют целевые показатели.',
		'overview.breachesHidden': 'Показатели {count} организаций скрыты: в них меньше 5 педагогов (порог приватности).',
		'overview.noTeachers': 'На эту дату в выбранной части города нет молодых педагогов.',
		'overview.noData': 'Нет данных на эту дату для выбранной части города: нет ни молодых, ни новых педагогов, показатель не рассчитывается.',
		'overview.colNew': 'Новые',
		'overview.colYoung': 'Молодые',
		'overview.colStatus': 'Нарушение',
		'overview.breachNew': 'новые < {target}',
		'overview.breachYoung': 'молодые < {target}',

		'isolation.title': 'Изолированные молодые педагоги и группа риска',
		'isolation.lead': 'Изолирован: нет наставника, не состоит в сообществах и не участвовал в мероприятиях за период. В группе риска: нет наставника или связи только внутри своей организации.',
		'isolation.lookback': 'Период, мес.',
		'isolation.atRisk': 'Включая группу риска',
		'isolation.reason': 'Причина',
		'isolation.anyReason': 'Любая причина',
		'isolation.summary': 'Всего: {total}',
		'isolation.status': 'Статус',
		'isolation.isolated': 'Изолирован',
		'isolation.risk': 'Риск',
		'isolation.experience': 'Стаж',
		'isolation.reasons': 'Причины',
		'isolation.ties': 'Связи (межорг.)',
		'isolation.findMentor': 'Подобрать наставника',
		'isolation.empty': 'Изолированных молодых педагогов нет — отличный результат.',
		'isolation.emptyFiltered': 'Нет педагогов, подходящих под фильтр.',
		'isolation.searching': 'Поиск…',

		'horizontal.title': 'Горизонтальное обучение',
		'horizontal.lead': 'Кто у кого учится: потоки наставничества и мероприятий между организациями, организации вне сети и связующие звенья.',
		'horizontal.ties': 'Связей обучения',
		'horizontal.weight': 'суммарный вес {weight}',
		'horizontal.cross': 'Межорганизационные',
		'horizontal.crossHelp': 'доля веса связей между разными организациями',
		'horizontal.teachersCross': 'Педагогов с внешней связью',
		'horizontal.outsideCount': 'Организаций вне сети',
		'horizontal.network': 'Потоки между организациями',
		'horizontal.networkHelp': 'Стрелка — от организации, чьи педагоги учат, к организации, чьи педагоги учатся; толщина — вес потока. Серые — организации вне горизонтального обучения.',
		'horizontal.noFlows': 'За выбранный период межорганизационных потоков нет.',
		'horizontal.outside': 'Организации вне сети',
		'horizontal.outsideNone': 'Все организации участвуют в горизонтальном обучении.',
		'horizontal.brokers': 'Связующие звенья',
		'horizontal.brokersHelp': 'Педагоги на наибольшем числе кратчайших путей сети обучения',
		// A soft hyphen: the narrow column breaks the word where Russian would.
		'horizontal.betweenness': 'Посредни\u00ADчество',
		'horizontal.bridged': 'Связывает организаций',
		'horizontal.brokersNone': 'Связующих звеньев не найдено.',
		'horizontal.brokersHidden': 'Имена педагогов скрыты для вашей роли.',
		'horizontal.flowTitle': '{source} → {target}: вес {weight}, связей {ties}',
		'horizontal.topFlows': 'Потоков на схеме',
		'horizontal.minWeight': 'Мин. вес потока',
		'horizontal.flowsShown': 'На схеме {shown} из {total} потоков (самые весомые); остальные — в таблице ниже.',
		'horizontal.flowsAll': 'На схеме все потоки: {total}.',
		'horizontal.flowsTable': 'Все потоки',
		'horizontal.flowFrom': 'Откуда (учат)',
		'horizontal.flowTo': 'Куда (учатся)',
		'horizontal.flowWeight': 'Вес',
		'horizontal.flowTies': 'Связей',
		'horizontal.noFlowsAbove': 'Нет потоков с весом от {weight}: уменьшите минимальный вес.',

		'recommend.title': 'Подбор наставника',
		'recommend.lead': 'Выберите молодого педагога — Горизонт ранжирует возможных наставников и объясняет каждый фактор.',
		'recommend.mentee': 'Молодой педагог',
		'recommend.choose': '— выберите педагога —',
		'recommend.contour': 'Контур',
		'contour.ANY': 'Любой',
		'contour.INTERNAL': 'Внутренний (своя организация)',
		'contour.EXTERNAL': 'Внешний (другие организации)',
		'recommend.noMentees': 'Все молодые педагоги уже имеют наставников.',
		'recommend.pickFirst': 'Выберите молодого педагога слева, чтобы увидеть кандидатов.',
		'recommend.candidates': 'Кандидаты в наставники',
		'recommend.noCandidates': 'Нет кандидатов, проходящих обязательные условия (стаж наставника, нагрузка, работа на дату). Попробуйте другой контур.',
		'recommend.score': 'Итог',
		'recommend.external': 'внешний',
		'recommend.internal': 'своя организация',
		'recommend.factor': 'Фактор',
		'recommend.value': 'Значение',
		'recommend.weight': 'Вес',
		'recommend.contribution': 'Вклад',
		'recommend.explanation': 'Пояснение',
		'recommend.assign': 'Назначить наставником',
		'recommend.confirmTitle': 'Назначить наставника?',
		'recommend.confirmText': '{mentor} станет наставником педагога {mentee}.',
		'recommend.startedOn': 'Дата начала',
		'recommend.form': 'Форма наставничества',
		'recommend.formPlaceholder': 'например, учитель – учитель',
		'recommend.confirm': 'Назначить',
		'recommend.assigned': 'Назначено: {mentor} — наставник педагога {mentee} с {date}.',
		'recommend.coverage': 'Охват наставничеством',
		'recommend.coverageNew': 'Охват новых педагогов',
		'recommend.coverageOrg': 'Организация',
		'recommend.coverageCity': 'Город',
		'recommend.coverageYoungShort': 'Молодые (до 3 лет)',
		'recommend.coverageNewShort': 'Новые (до 6 мес.)',
		'recommend.coverageChange': 'Изменение охвата',
		'recommend.experience': 'стаж {n}',
		'recommend.mentors': 'Наставники',
		'recommend.noMentor': 'наставника нет',
		'recommend.subjects': 'Предметы',
		'recommend.viewOnly': 'Ваша роль позволяет просматривать кандидатов, но не назначать наставников.',

		'plan.title': 'План назначений по городу',
		'plan.lead': 'Оптимальное распределение наставников для всех молодых педагогов без наставника с учётом допустимой нагрузки наставников.',
		'plan.compute': 'Рассчитать план',
		'plan.proposals': 'Предложено пар',
		'plan.totalScore': 'Суммарная оценка',
		'plan.unmatchedCount': 'Без пары',
		'plan.mentee': 'Молодой педагог',
		'plan.mentor': 'Предлагаемый наставник',
		'plan.score': 'Оценка',
		'plan.status': 'Состояние',
		'plan.accept': 'Принять',
		'plan.acceptSelected': 'Принять выбранные ({n})',
		'plan.acceptAll': 'Принять все ({n})',
		'plan.confirmTitle': 'Принять предложения плана?',
		'plan.confirmText': 'Будет создано пар наставничества: {n}. Каждая начнётся {date}.',
		'plan.accepted': 'Назначено',
		'plan.pending': 'Предложено',
		'plan.failed': 'Отказ: {message}',
		'plan.progress': 'Назначено {done} из {n}…',
		'plan.done': 'Принято предложений: {ok}, отклонено сервером: {failed}.',
		'plan.empty': 'Нет молодых педагогов без наставника — план пуст.',
		'plan.unmatched': 'Педагоги, которым не нашлось наставника',
		'plan.reason': 'Причина',
		'plan.unmatchedNone': 'Для каждого педагога найден наставник.',
		'plan.viewOnly': 'Ваша роль позволяет просматривать план, но не принимать его.',

		'graphiql.title': 'GraphiQL — Горизонт'
	},
	en: {
		'app.title': 'Horizon',
		'app.subtitle': 'Teacher mentoring and horizontal learning',
		'nav.overview': 'Indicators',
		'nav.isolation': 'Isolated teachers',
		'nav.horizontal': 'Horizontal learning',
		'nav.trends': 'Trends',
		'nav.recommend': 'Find a mentor',
		'nav.plan': 'Assignment plan',
		'nav.register': 'Mentoring register',
		'nav.monitoring': 'Monitoring',
		'nav.import': 'Import',
		'nav.graphiql': 'GraphiQL',
		'nav.logout': 'Sign out',
		'lang.switch': 'Русский',
		'lang.switchTitle': 'Переключить на русский',

		'role.ADMIN': 'administrator',
		'role.COORDINATOR': 'coordinator',
		'role.CURATOR': 'curator',
		'role.ANALYST': 'analyst',
		'role.VIEWER': 'viewer',

		'kind.SCHOOL': 'Schools',
		'kind.PRESCHOOL': 'Preschools',
		'kind.SUPPLEMENTARY': 'Supplementary',
		'kind.COLLEGE': 'Colleges',
		'kind.UNIVERSITY': 'Universities',
		'kind.METHOD_CENTER': 'Methodological centres',
		'kind.OTHER': 'Other',
		'kind.all': 'All kinds of organization',

		'category.NONE': 'no category',
		'category.SZD': 'fitness for post',
		'category.FIRST': 'first category',
		'category.HIGHEST': 'highest category',

		'reason.NO_MENTOR': 'No mentor',
		'reason.NO_GROUP': 'No community',
		'reason.NO_EVENTS': 'No events',
		'reason.NEW_WITHOUT_MENTOR': 'New, no mentor',
		'reason.ONLY_INTERNAL_TIES': 'Internal ties only',
		'reasonHelp.NO_MENTOR': 'Not the mentee of an active mentoring pair at the date',
		'reasonHelp.NO_GROUP': 'Not a member of any community, association or programme at the date',
		'reasonHelp.NO_EVENTS': 'Took part in no event in the period',
		'reasonHelp.NEW_WITHOUT_MENTOR': 'Under 6 months of experience and no mentor: a breach of the 100% target',
		'reasonHelp.ONLY_INTERNAL_TIES': 'Learns only from colleagues of their own organization',

		'factor.DEFICIT_COVERAGE': 'Deficit coverage',
		'factor.SUBJECT': 'Shared subject',
		'factor.PROXIMITY': 'Proximity',
		'factor.QUALIFICATION': 'Qualification',
		'factor.MENTOR_READINESS': 'Mentor readiness',
		'factor.LOAD': 'Load',
		'factor.NETWORK_GAIN': 'Network gain',
		'factor.ROLE': 'Position',
		'factor.LEVEL': 'Level of education',

		'common.asOf': 'As of',
		'common.from': 'From',
		'common.to': 'To',
		'common.kind': 'Kind of organization',
		'common.refresh': 'Show',
		'common.loading': 'Loading…',
		'common.cancel': 'Cancel',
		'common.organization': 'Organization',
		'common.teacher': 'Teacher',
		'common.months': '{n} mo.',
		'common.experience': 'Experience',
		'common.share': 'Share',
		'common.target': 'target {target}',
		'common.met': 'Met',
		'common.breach': 'Below target',
		'common.none': 'none',
		'common.scope': 'Scope',
		'common.scopeOwn': 'My organization',
		'common.scopeCity': 'Whole city',
		'common.loadMore': 'Show more',
		'common.shown': 'Showing {shown} of {total}',
		'common.search': 'Search by name',

		'error.title': 'Could not load the data',
		'error.forbiddenTitle': 'No access to this data',
		'error.forbidden': 'Not allowed: your role may not see this data.',
		'error.forbiddenDetail': 'If you need access for your work, ask the Horizon administrator.',
		'error.notFound': 'Not found: {message}',
		'error.badRequest': 'Request refused: {message}',
		'error.network': 'The server does not answer. Check the connection and try again.',
		'error.unavailable': 'This feature is not available on the server yet.',
		'error.session': 'Your session has expired. Please sign in again.',
		'error.generic': 'Server error: {message}',
		'error.retry': 'Try again',
		'error.timeoutTitle': 'The server took too long',
		'error.timeout': 'The request ran longer than allowed and was stopped.',
		'error.timeoutDetail': 'Narrow the question (date, kind of organization, period) or try again later.',
		'common.noData': 'no data',
		'status.demoLoading': 'Loading the demo city: {percent} %. The figures appear when it is done.',
		'status.demoGenerating': 'Generating the demo city…',
		'status.demoLoaded': 'The demo city is loaded.',
		'status.demoFailed': 'The demo city did not load: {message}',
		'freshness.stale': 'The data has changed: some figures on this page were computed at {time}, before the latest change. The new computation is running; reload the page in a few seconds.',
		'denied.title': 'Not available for your role',
		'denied.viewer': 'The viewer role sees aggregated indicators only, with no names or lists of teachers. Open "Indicators" or "Horizontal learning".',

		'login.title': 'Sign in to Horizon',
		'login.username': 'User name',
		'login.password': 'Password',
		'login.submit': 'Sign in',
		'login.error': 'Wrong user name or password.',
		'login.logout': 'You have signed out.',
		'login.expired': 'Your session has expired, please sign in again.',

		'overview.title': 'Target mentoring model',
		'overview.lead': 'Coverage of young teachers by mentoring against the targets.',
		'overview.new': 'New teachers (under 6 months)',
		'overview.young': 'Young teachers (under 3 years)',
		'overview.external': 'External contour',
		'overview.externalHelp': 'Share of active pairs whose mentor works in another organization',
		'overview.covered': '{covered} of {total} mentored',
		'overview.byKind': 'By kind of organization',
		'overview.byDistrict': 'By district',
		'overview.seriesNew': 'New, %',
		'overview.seriesYoung': 'Young, %',
		'overview.seriesTargetNew': 'Target for new',
		'overview.seriesTargetYoung': 'Target for young',
		'overview.breaches': 'Organizations below target',
		'overview.breachesNone': 'Every organization meets the targets.',
		'overview.breachesHidden': 'The figures of {count} organizations are hidden: fewer than 5 teachers (privacy floor).',
		'overview.noTeachers': 'No young teachers in the chosen part of the city at this date.',
		'overview.noData': 'No data for this date and scope: no young or new teachers, so there is nothing to measure.',
		'overview.colNew': 'New',
		'overview.colYoung': 'Young',
		'overview.colStatus': 'Breach',
		'overview.breachNew': 'new < {target}',
		'overview.breachYoung': 'young < {target}',

		'isolation.title': 'Isolated and at-risk young teachers',
		'isolation.lead': 'Isolated: no mentor, no community, no event in the period. At risk: no mentor, or learning ties inside their own organization only.',
		'isolation.lookback': 'Period, months',
		'isolation.atRisk': 'Include at risk',
		'isolation.reason': 'Reason',
		'isolation.anyReason': 'Any reason',
		'isolation.summary': 'Total: {total}',
		'isolation.status': 'Status',
		'isolation.isolated': 'Isolated',
		'isolation.risk': 'At risk',
		'isolation.experience': 'Experience',
		'isolation.reasons': 'Reasons',
		'isolation.ties': 'Ties (cross-org.)',
		'isolation.findMentor': 'Find a mentor',
		'isolation.empty': 'No isolated young teachers — well done.',
		'isolation.emptyFiltered': 'No teachers match the filter.',
		'isolation.searching': 'Searching…',

		'horizontal.title': 'Horizontal learning',
		'horizontal.lead': 'Who learns from whom: mentoring and event flows between organizations, organizations outside the network, and brokers.',
		'horizontal.ties': 'Learning ties',
		'horizontal.weight': 'total weight {weight}',
		'horizontal.cross': 'Cross-organization',
		'horizontal.crossHelp': 'share of tie weight between different organizations',
		'horizontal.teachersCross': 'Teachers with a cross-org. tie',
		'horizontal.outsideCount': 'Organizations outside',
		'horizontal.network': 'Flows between organizations',
		'horizontal.networkHelp': 'An arrow goes from the organization whose teachers teach to the one whose teachers learn; its width is the flow weight. Grey: organizations outside horizontal learning.',
		'horizontal.noFlows': 'No cross-organization flows in the chosen period.',
		'horizontal.outside': 'Organizations outside',
		'horizontal.outsideNone': 'Every organization takes part in horizontal learning.',
		'horizontal.brokers': 'Brokers',
		'horizontal.brokersHelp': 'Teachers on the most shortest paths of the learning network',
		'horizontal.betweenness': 'Betweenness',
		'horizontal.bridged': 'Organizations bridged',
		'horizontal.brokersNone': 'No brokers found.',
		'horizontal.brokersHidden': 'Teachers\' names are hidden for your role.',
		'horizontal.flowTitle': '{source} → {target}: weight {weight}, {ties} ties',
		'horizontal.topFlows': 'Flows in the picture',
		'horizontal.minWeight': 'Min. flow weight',
		'horizontal.flowsShown': 'The picture shows {shown} of {total} flows (the heaviest); all are in the table below.',
		'horizontal.flowsAll': 'The picture shows every flow: {total}.',
		'horizontal.flowsTable': 'All flows',
		'horizontal.flowFrom': 'From (teaching)',
		'horizontal.flowTo': 'To (learning)',
		'horizontal.flowWeight': 'Weight',
		'horizontal.flowTies': 'Ties',
		'horizontal.noFlowsAbove': 'No flow weighs {weight} or more: lower the minimum weight.',

		'recommend.title': 'Find a mentor',
		'recommend.lead': 'Choose a young teacher — Horizon ranks possible mentors and explains every factor.',
		'recommend.mentee': 'Young teacher',
		'recommend.choose': '— choose a teacher —',
		'recommend.contour': 'Contour',
		'contour.ANY': 'Any',
		'contour.INTERNAL': 'Internal (same organization)',
		'contour.EXTERNAL': 'External (other organizations)',
		'recommend.noMentees': 'Every young teacher already has a mentor.',
		'recommend.pickFirst': 'Choose a young teacher on the left to see the candidates.',
		'recommend.candidates': 'Mentor candidates',
		'recommend.noCandidates': 'No candidate passes the hard filters (mentor experience, load, working at the date). Try another contour.',
		'recommend.score': 'Score',
		'recommend.external': 'external',
		'recommend.internal': 'same organization',
		'recommend.factor': 'Factor',
		'recommend.value': 'Value',
		'recommend.weight': 'Weight',
		'recommend.contribution': 'Contribution',
		'recommend.explanation': 'Explanation',
		'recommend.assign': 'Assign as mentor',
		'recommend.confirmTitle': 'Assign the mentor?',
		'recommend.confirmText': '{mentor} will become the mentor of {mentee}.',
		'recommend.startedOn': 'Start date',
		'recommend.form': 'Form of mentoring',
		'recommend.formPlaceholder': 'e.g. teacher – teacher',
		'recommend.confirm': 'Assign',
		'recommend.assigned': 'Assigned: {mentor} mentors {mentee} from {date}.',
		'recommend.coverage': 'Mentoring coverage',
		'recommend.coverageNew': 'New teachers covered',
		'recommend.coverageOrg': 'Organization',
		'recommend.coverageCity': 'City',
		'recommend.coverageYoungShort': 'Young (under 3 years)',
		'recommend.coverageNewShort': 'New (under 6 months)',
		'recommend.coverageChange': 'Coverage change',
		'recommend.experience': '{n} of experience',
		'recommend.mentors': 'Mentors',
		'recommend.noMentor': 'no mentor',
		'recommend.subjects': 'Subjects',
		'recommend.viewOnly': 'Your role may view candidates but not assign mentors.',

		'plan.title': 'City assignment plan',
		'plan.lead': 'The best distribution of mentors over every young teacher without one, within the mentors\' capacity.',
		'plan.compute': 'Compute the plan',
		'plan.proposals': 'Proposed pairs',
		'plan.totalScore': 'Total score',
		'plan.unmatchedCount': 'Unmatched',
		'plan.mentee': 'Young teacher',
		'plan.mentor': 'Proposed mentor',
		'plan.score': 'Score',
		'plan.status': 'Status',
		'plan.accept': 'Accept',
		'plan.acceptSelected': 'Accept selected ({n})',
		'plan.acceptAll': 'Accept all ({n})',
		'plan.confirmTitle': 'Accept the proposals?',
		'plan.confirmText': '{n} mentoring pairs will be created, each starting on {date}.',
		'plan.accepted': 'Assigned',
		'plan.pending': 'Proposed',
		'plan.failed': 'Refused: {message}',
		'plan.progress': 'Assigned {done} of {n}…',
		'plan.done': 'Accepted: {ok}, refused by the server: {failed}.',
		'plan.empty': 'No young teacher is without a mentor — the plan is empty.',
		'plan.unmatched': 'Teachers left without a mentor',
		'plan.reason': 'Reason',
		'plan.unmatchedNone': 'Every teacher has a proposed mentor.',
		'plan.viewOnly': 'Your role may view the plan but not accept it.',

		'graphiql.title': 'GraphiQL — Horizon'
	}
};

/** The language of the page: the stored choice, else Russian. */
export function lang() {
	const stored = localStorage.getItem(STORAGE_KEY);
	return stored === 'en' ? 'en' : 'ru';
}

/** Keeps the choice for the next pages. */
export function setLang(value) {
	localStorage.setItem(STORAGE_KEY, value === 'en' ? 'en' : 'ru');
}

/** The string for key in the current language, with {name} parameters filled in. */
export function t(key, params = {}) {
	const table = STRINGS[lang()];
	const text = table[key] ?? STRINGS.ru[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** Sets the text of every element with data-i18n (and the attributes named by data-i18n-*). */
export function translatePage(root = document) {
	document.documentElement.lang = lang();
	for (const node of root.querySelectorAll('[data-i18n]')) {
		node.textContent = t(node.dataset.i18n);
	}
	for (const node of root.querySelectorAll('[data-i18n-placeholder]')) {
		node.placeholder = t(node.dataset.i18nPlaceholder);
	}
	for (const node of root.querySelectorAll('[data-i18n-title]')) {
		node.title = t(node.dataset.i18nTitle);
	}
}

/** A number as a percentage in the page's language: 0.705 gives "70,5 %" or "70.5%"; null gives "no data". */
export function percent(share) {
	if (share === null || share === undefined) {
		return t('common.noData');
	}
	return new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'ru-RU', {
		style: 'percent',
		maximumFractionDigits: 1
	}).format(share);
}

/** Experience in words: months under three years, whole years from then on. */
export function experience(months) {
	if (months < 36) {
		return lang() === 'en' ? `${months} ${months === 1 ? 'month' : 'months'}` : `${months} мес.`;
	}
	const years = Math.floor(months / 12);
	if (lang() === 'en') {
		return `${years} years`;
	}
	const form = new Intl.PluralRules('ru-RU').select(years);
	return `${years} ${form === 'one' ? 'год' : form === 'few' ? 'года' : 'лет'}`;
}

/** A number with exactly `digits` decimals in the page's language: scores read 0,80 and 0,78 alike. */
export function fixed(value, digits = 2) {
	return new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'ru-RU', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/** A number with at most `digits` decimals in the page's language. */
export function number(value, digits = 2) {
	return new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: digits }).format(value);
}

/** An ISO date shown as a person writes it: 23.11.2026 or 23 Nov 2026. */
export function date(iso) {
	if (!iso) {
		return '';
	}
	const [year, month, day] = iso.split('-').map(Number);
	return new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'ru-RU', { dateStyle: 'medium' })
		.format(new Date(year, month - 1, day));
}
