package ru.horizon.ingest.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A synthetic city in the import format, shaped by the Izhevsk figures of domain-facts.md
 * (234 organizations in 5 districts, ~8,600 teachers, ~7.8% young of whom ~85% mentored,
 * ~620 mentors, 31 innovation complexes, associations, programmes, two academic years of
 * events). The same seed, scale and as-of day give the same files.
 * <p>
 * Scale N writes N such cities one after another, each in its own municipality: only one
 * city is held in memory at a time, the rows stream to disk. The data is synthetic: every
 * name is drawn from lists, no real person is described.
 */
public final class DemoCity {

	/** What was written. */
	public record Figures(int scale, long organizations, long teachers, long young, long mentoredYoung, long mentors,
			long mentorsAtCapacity, long pairs, long groups, long events, long participations, long isolatedYoung,
			long closedSchools, long rows, long leavers, long youngLeavers) {
	}

	/**
	 * School years of history before the current one: events, pairs, hiring and leaving.
	 * Six, so that five past October 1sts have a whole year of events to look back on.
	 */
	static final int PAST_SCHOOL_YEARS = 6;

	/**
	 * Yearly leavers per teacher of an organization: young teachers who leave (about 40%
	 * of a cohort within five years, with the stayers) and experienced ones (mostly
	 * pension age).
	 */
	static final double YOUNG_LEAVING_RATE = 0.017;

	static final double EXPERIENCED_LEAVING_RATE = 0.02;

	/** Of the young teachers who will leave, the percentage isolated on purpose. */
	static final int ISOLATED_LEAVER_PERCENT = 22;

	/** What institutional events (open lessons, visits, school seminars) develop. */
	static final List<String> INSTITUTIONAL_COMPETENCIES = List.of("lesson_design", "assessment", "digital",
			"class_teaching", "inclusion", "functional_literacy", "subject_methods", "parents");

	/**
	 * Topics of events by the competency they develop: a title names what the event is
	 * about.
	 */
	static final Map<String, List<String>> TOPICS = Map.ofEntries(
			Map.entry("functional_literacy",
					List.of("Функциональная грамотность на уроке", "Читательская грамотность",
							"Математическая грамотность", "Естественнонаучная грамотность")),
			Map.entry("subject_methods",
					List.of("Трудные темы предмета", "Современный урок по предмету", "Лабораторный практикум",
							"Подготовка к ГИА")),
			Map.entry("multiethnic", List.of("Поликультурный класс", "Этнокультурный компонент урока")),
			Map.entry("inclusion", List.of("Инклюзивный урок", "Ребенок с ОВЗ в классе", "Адаптированные программы")),
			Map.entry("gifted", List.of("Работа с одаренными детьми", "Подготовка к олимпиадам")),
			Map.entry("parents", List.of("Работа с родителями", "Родительское собрание: новые форматы")),
			Map.entry("class_teaching", List.of("Классное руководство", "Воспитательный потенциал урока")),
			Map.entry("digital", List.of("Цифровые инструменты педагога", "Цифровая образовательная среда")),
			Map.entry("fgos", List.of("Обновленные ФГОС", "Рабочая программа по обновленным ФГОС")),
			Map.entry("lesson_design", List.of("Современный урок", "Смысловое чтение", "Проектная деятельность")),
			Map.entry("assessment", List.of("Формирующее оценивание", "Критериальное оценивание")),
			Map.entry("discipline", List.of("Управление классом", "Дисциплина без конфликта")),
			Map.entry("burnout", List.of("Профилактика выгорания", "Здоровьесберегающие технологии")),
			Map.entry("mentoring", List.of("Наставничество: первые шаги", "Наставник и молодой педагог")),
			Map.entry("management", List.of("Управленческая команда школы", "ВСОКО")),
			Map.entry("early_childhood", List.of("Игровые технологии в ДОУ", "Развивающая предметная среда")));

	static final String[] DISTRICTS = { "Индустриальный", "Ленинский", "Октябрьский", "Первомайский", "Устиновский" };

	static final String[][] SUBJECTS = { { "primary", "Начальные классы" }, { "russian", "Русский язык" },
			{ "literature", "Литература" }, { "mathematics", "Математика" }, { "informatics", "Информатика" },
			{ "physics", "Физика" }, { "chemistry", "Химия" }, { "biology", "Биология" }, { "geography", "География" },
			{ "history", "История" }, { "social_studies", "Обществознание" }, { "english", "Английский язык" },
			{ "german", "Немецкий язык" }, { "udmurt", "Удмуртский язык" }, { "pe", "Физическая культура" },
			{ "music", "Музыка" }, { "art", "Изобразительное искусство" }, { "technology", "Технология" },
			{ "obzh", "ОБЖ" }, { "economics", "Экономика и финансовая грамотность" },
			{ "preschool", "Дошкольное образование" }, { "speech_therapy", "Логопедия" },
			{ "defectology", "Дефектология" }, { "psychology", "Психология" },
			{ "arts_crafts", "Декоративно-прикладное творчество" }, { "sports", "Спорт" },
			{ "technical", "Техническое творчество" } };

	static final String[][] COMPETENCIES = {
			{ "inclusion", "Работа с детьми с ОВЗ, инклюзия", "Психолого-педагогическая" },
			{ "gifted", "Работа с одаренными детьми", "Психолого-педагогическая" },
			{ "multiethnic", "Работа в поликультурном классе", "Психолого-педагогическая" },
			{ "parents", "Взаимодействие с родителями", "Психолого-педагогическая" },
			{ "class_teaching", "Классное руководство", "Воспитательная" },
			{ "functional_literacy", "Функциональная грамотность", "Методическая" },
			{ "digital", "Цифровые образовательные инструменты", "Цифровая" },
			{ "fgos", "Обновленные ФГОС", "Методическая" }, { "subject_methods", "Предметная методика", "Предметная" },
			{ "lesson_design", "Проектирование современного урока", "Методическая" },
			{ "assessment", "Оценивание образовательных результатов", "Методическая" },
			{ "discipline", "Управление классом", "Психолого-педагогическая" },
			{ "burnout", "Профилактика профессионального выгорания", "Психолого-педагогическая" },
			{ "mentoring", "Наставничество", "Управленческая" },
			{ "management", "Управление образовательной организацией", "Управленческая" },
			{ "early_childhood", "Развитие детей дошкольного возраста", "Предметная" } };

	static final String[] DIRECTIONS = { "Функциональная грамотность", "Экологическое просвещение",
			"Этнокультурное образование и воспитание", "STEM", "Здоровьесберегающие технологии, туризм",
			"Инженерное образование и технологическое предпринимательство", "Управление образовательной организацией",
			"Наставничество", "Инклюзивное, коррекционное образование", "Воспитательная и внеурочная деятельность",
			"Качество образования", "Пространство игры – пространство развития" };

	static final String[] DIRECTION_COMPETENCY = { "functional_literacy", "subject_methods", "multiethnic",
			"subject_methods", "burnout", "subject_methods", "management", "mentoring", "inclusion", "class_teaching",
			"assessment", "early_childhood" };

	static final String[] INKO_NAMES = { "Функциональная грамотность", "Зеленая школа", "Родники Удмуртии",
			"STEM-лаборатория", "Школа здоровья", "Инженерная школа", "ВСОКО – инструмент качества образования",
			"Наставничество в образовании", "Особый ребенок в обычной школе",
			"Воспитательная и внеурочная деятельность", "Качество образования",
			"Пространство игры – пространство развития", "Счастье в деятельности", "Читательская грамотность",
			"Экошкола", "Этнокультурный компонент", "Робототехника", "Туристско-краеведческая мастерская",
			"Предпрофессиональные классы", "Управленческая команда", "Наставник+наставляемый=команда",
			"Ресурсный класс", "Классный руководитель XXI века", "Оценка образовательных результатов",
			"Игровые технологии в ДОУ", "Математическая грамотность", "Естественнонаучная грамотность",
			"Инклюзивная среда детского сада", "Школа волонтера", "Финансовая грамотность",
			"Цифровая образовательная среда" };

	static final int[] INKO_DIRECTION = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 4, 0, 1, 2, 3, 1, 5, 6, 7, 8, 9, 10, 11,
			0, 0, 8, 9, 0, 10 };

	static final String[] SURNAMES = { "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
			"Михайлов", "Новиков", "Федоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семенов", "Егоров", "Павлов",
			"Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьев",
			"Борисов", "Яковлев", "Григорьев", "Романов", "Воробьев", "Сергеев", "Фролов", "Александров", "Дмитриев",
			"Королев", "Гусев", "Киселев", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалев", "Белов",
			"Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев",
			"Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов",
			"Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов",
			"Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов", "Мартынов", "Ефимов", "Федотов", "Щербаков",
			"Назаров", "Калинин", "Исаев", "Чернышев", "Быков", "Маслов", "Родионов", "Коновалов", "Лазарев", "Воронин",
			"Климов", "Филатов", "Пономарев", "Голубев", "Кудрявцев", "Прохоров", "Наумов", "Потапов", "Журавлев",
			"Овчинников", "Трофимов", "Леонов", "Соболев", "Ермаков", "Колесников", "Гончаров", "Емельянов",
			"Никифоров", "Грачев", "Котов", "Корепанов", "Широбоков", "Ложкин", "Бабинцев", "Перевозчиков",
			"Вострокнутов", "Селезнев", "Шкляев", "Кропотин", "Бегишев", "Чирков", "Поздеев", "Ившин", "Касимов",
			"Гарипов", "Закиров", "Хайруллин", "Сабуров", "Мокрецов", "Ушаков", "Дзюин", "Глухов", "Лекомцев",
			"Кузьмин", "Латыпов", "Ардашев", "Бушмакин" };

	static final String[] FEMALE_NAMES = { "Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана",
			"Екатерина", "Юлия", "Анастасия", "Марина", "Надежда", "Людмила", "Галина", "Валентина", "Оксана",
			"Евгения", "Дарья", "Алена", "Ксения", "Виктория", "Любовь", "Лариса", "Вера", "Нина", "Алина", "Полина",
			"Кристина", "Софья", "Александра", "Елизавета", "Валерия", "Олеся", "Гульнара", "Эльвира", "Альбина", "Зоя",
			"Раиса", "Лилия" };

	static final String[] MALE_NAMES = { "Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Михаил", "Иван",
			"Николай", "Владимир", "Евгений", "Павел", "Артем", "Максим", "Олег", "Игорь", "Роман", "Денис", "Виктор",
			"Юрий", "Илья", "Константин", "Кирилл", "Антон", "Вадим", "Ринат" };

	static final String[] PATRONYMIC_ROOTS = { "Александров", "Сергеев", "Андреев", "Владимиров", "Николаев",
			"Михайлов", "Викторов", "Петров", "Юрьев", "Иванов", "Анатольев", "Геннадьев", "Валерьев", "Борисов",
			"Евгеньев", "Олегов", "Игорев", "Леонидов", "Павлов", "Федоров", "Витальев", "Дмитриев", "Алексеев",
			"Васильев", "Романов" };

	/**
	 * A position, its subjects (codes, alternatives by "/"), and its weight within the
	 * kind.
	 */
	private record Position(String title, String subjects, int weight) {
	}

	private static final List<Position> SCHOOL_POSITIONS = List.of(
			new Position("учитель начальных классов", "primary", 22),
			new Position("учитель русского языка и литературы", "russian|literature", 14),
			new Position("учитель математики", "mathematics", 11),
			new Position("учитель математики и информатики", "mathematics|informatics", 2),
			new Position("учитель английского языка", "english", 9),
			new Position("учитель немецкого языка", "german", 1),
			new Position("учитель истории и обществознания", "history|social_studies", 6),
			new Position("учитель физики", "physics", 3), new Position("учитель химии", "chemistry", 2),
			new Position("учитель биологии", "biology", 3), new Position("учитель географии", "geography", 2),
			new Position("учитель информатики", "informatics", 2), new Position("учитель физической культуры", "pe", 6),
			new Position("учитель музыки", "music", 2), new Position("учитель изобразительного искусства", "art", 2),
			new Position("учитель технологии", "technology", 3),
			new Position("преподаватель-организатор ОБЖ", "obzh", 1),
			new Position("учитель удмуртского языка", "udmurt", 1), new Position("учитель экономики", "economics", 1),
			new Position("педагог-психолог", "psychology", 2), new Position("учитель-логопед", "speech_therapy", 2),
			new Position("учитель-дефектолог", "defectology", 1), new Position("социальный педагог", "", 2),
			new Position("педагог-организатор", "", 1),
			new Position("педагог дополнительного образования", "arts_crafts/technical/sports", 1));

	private static final List<Position> PRESCHOOL_POSITIONS = List.of(new Position("воспитатель", "preschool", 75),
			new Position("старший воспитатель", "preschool", 4), new Position("музыкальный руководитель", "music", 7),
			new Position("инструктор по физической культуре", "pe", 5),
			new Position("учитель-логопед", "speech_therapy", 6), new Position("педагог-психолог", "psychology", 3));

	private static final List<Position> SUPPLEMENTARY_POSITIONS = List.of(
			new Position("педагог дополнительного образования", "arts_crafts/technical/music/art", 80),
			new Position("педагог-организатор", "", 8), new Position("методист", "", 5),
			new Position("тренер-преподаватель", "sports", 7));

	private static final class Org {

		String id;

		String name;

		String kind;

		String subtype;

		int district;

		List<String> flags = new ArrayList<>();

		boolean closed;

		final List<Teacher> teachers = new ArrayList<>();

	}

	private static final class Teacher {

		String id;

		String fullName;

		Org org;

		LocalDate since;

		String position;

		List<String> subjects;

		String category;

		double hours;

		int birthYear;

		boolean young;

		/** The last day of work, null while working on the as-of day. */
		LocalDate left;

		/** Hired young and left while young. */
		boolean youngLeaver;

		boolean female;

		boolean isolated;

		boolean mentored;

		int activeMentees;

		int mentees;

		List<String> deficits = new ArrayList<>();

	}

	private final long seed;

	private final LocalDate asOf;

	private final int scale;

	private final LocalDate historyStart;

	private final Map<String, CSVPrinter> out = new LinkedHashMap<>();

	private final Map<String, Long> rows = new LinkedHashMap<>();

	private long organizations;

	private long teachers;

	private long young;

	private long mentoredYoung;

	private long mentors;

	private long mentorsAtCapacity;

	private long pairs;

	private long groups;

	private long events;

	private long participations;

	private long isolatedYoung;

	private long closedSchools;

	private long leavers;

	private long youngLeavers;

	/**
	 * @param seed the seed: the same seed, scale and as-of day give the same files
	 * @param asOf the last day of the history
	 * @param scale how many cities (1: the size of Izhevsk)
	 */
	public DemoCity(long seed, LocalDate asOf, int scale) {
		this.seed = seed;
		this.asOf = asOf;
		this.scale = scale;
		int academicYear = (asOf.getMonthValue() >= 9) ? asOf.getYear() : asOf.getYear() - 1;
		this.historyStart = LocalDate.of(academicYear - PAST_SCHOOL_YEARS, 9, 1);
	}

	/** Writes the files into {@code directory} and returns what they hold. */
	public Figures write(Path directory) throws IOException {
		Files.createDirectories(directory);
		try {
			for (ImportFormat.FileSpec spec : ImportFormat.FILES) {
				if (spec.name().equals("employments")) {
					continue;
				}
				Writer writer = Files.newBufferedWriter(directory.resolve(spec.name() + ".csv"),
						StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
				printer.printRecord(spec.columns().stream().map(ImportFormat.Column::name).toList());
				this.out.put(spec.name(), printer);
				this.rows.put(spec.name(), 0L);
			}
			shared();
			for (int city = 0; city < this.scale; city++) {
				new City(city).write();
			}
		}
		finally {
			for (CSVPrinter printer : this.out.values()) {
				printer.close();
			}
		}
		return new Figures(this.scale, this.organizations, this.teachers, this.young, this.mentoredYoung, this.mentors,
				this.mentorsAtCapacity, this.pairs, this.groups, this.events, this.participations, this.isolatedYoung,
				this.closedSchools, this.rows.values().stream().mapToLong(Long::longValue).sum(), this.leavers,
				this.youngLeavers);
	}

	private void row(String file, Object... cells) throws IOException {
		Object[] text = new Object[cells.length];
		for (int i = 0; i < cells.length; i++) {
			Object cell = cells[i];
			if (cell == null) {
				text[i] = "";
			}
			else if (cell instanceof List<?> list) {
				text[i] = String.join("|", list.stream().map(String::valueOf).toList());
			}
			else if (cell instanceof Double d) {
				text[i] = (d == Math.rint(d)) ? Long.toString(d.longValue()) : d.toString();
			}
			else {
				text[i] = cell.toString();
			}
		}
		this.out.get(file).printRecord(text);
		this.rows.merge(file, 1L, Long::sum);
	}

	private void shared() throws IOException {
		int regions = Math.min(this.scale, 85);
		row("regions", "udm", "Удмуртская Республика");
		for (int r = 1; r < regions; r++) {
			row("regions", "r" + r, "Субъект РФ №" + r + " (синтетический)");
		}
		for (String[] subject : SUBJECTS) {
			row("subjects", subject[0], subject[1]);
		}
		for (String[] competency : COMPETENCIES) {
			row("competencies", competency[0], competency[1], competency[2]);
		}
	}

	/** One city: generated whole in memory, written, then dropped. */
	private final class City {

		private final Random random;

		private final String prefix;

		private final List<Org> orgs = new ArrayList<>();

		private final List<Teacher> all = new ArrayList<>();

		private Org centre;

		private int pairNumber;

		/**
		 * Each mentor's pairs so far, [first day, last day], to keep the import's
		 * capacity rule.
		 */
		private final Map<String, List<LocalDate[]>> mentorPairs = new HashMap<>();

		private int eventNumber;

		private final Map<Teacher, Integer> yearsIn = new LinkedHashMap<>();

		City(int index) {
			this.random = new Random(DemoCity.this.seed * 1_000_003L + index);
			this.prefix = (index == 0) ? "" : "m" + index + "-";
			this.index = index;
		}

		private final int index;

		void write() throws IOException {
			String municipality = (this.index == 0) ? "izhevsk" : "m" + this.index;
			String region = (this.index % 85 == 0) ? "udm" : "r" + (this.index % 85);
			row("municipalities", municipality,
					(this.index == 0) ? "Ижевск" : "Город №" + this.index + " (синтетический)", region);
			for (int d = 0; d < DISTRICTS.length; d++) {
				row("districts", this.prefix + "d" + (d + 1), DISTRICTS[d] + " район", municipality);
			}
			organizations();
			for (Org org : this.orgs) {
				row("organizations", org.id, org.name, org.kind, org.subtype,
						(org.district >= 0) ? this.prefix + "d" + (org.district + 1) : null,
						(org.district >= 0) ? null : municipality, org.flags);
			}
			DemoCity.this.organizations += this.orgs.size();
			teachers();
			competencies();
			mentoring();
			List<Group> groups = groups();
			events(groups);
			awards();
		}

		// ---------------------------------------------------------------- organizations

		private void organizations() {
			List<Integer> schoolNumbers = numbers(100, 80);
			List<Integer> preschoolNumbers = numbers(300, 140);
			String[][] schoolKinds = { { "СОШ", "51" }, { "СОШ с УИОП", "12" }, { "лицей", "10" }, { "гимназия", "3" },
					{ "вечерняя школа", "2" }, { "основная школа", "1" }, { "начальная школа", "1" } };
			String[] lyceums = { "МБОУ «Лицей №%d»", "МАОУ «Лицей №%d»", "МБОУ «ИТ-лицей №%d»",
					"МБОУ «Лингвистический лицей №%d»", "МБОУ «СЭЛ №%d»", "МБОУ «ГЮЛ №%d»", "МБОУ «ХЛ №%d»",
					"АМОУ «Гуманитарный лицей»", "МБОУ «Лицей №%d»", "МАОУ «Лицей №%d»" };
			int s = 0;
			for (String[] kind : schoolKinds) {
				for (int i = 0; i < Integer.parseInt(kind[1]); i++) {
					int n = schoolNumbers.get(s++);
					String name = switch (kind[0]) {
						case "СОШ" -> (this.random.nextInt(5) == 0 ? "МАОУ" : "МБОУ") + " «СОШ №" + n + "»";
						case "СОШ с УИОП" -> "МБОУ «СОШ №" + n + " с углубленным изучением отдельных предметов»";
						case "лицей" -> lyceums[i].formatted(n);
						case "гимназия" -> (i == 1 ? "МАОУ" : "МБОУ") + " «Гимназия №" + n + "»";
						case "вечерняя школа" -> "МБВСОУ «ВСОШ №" + n + "»";
						case "основная школа" -> "МБОУ «ООШ №" + n + "»";
						default -> "МБОУ «НОШ №" + n + "»";
					};
					add("SCHOOL", kind[0], name);
				}
			}
			for (int i = 0; i < 140; i++) {
				boolean autonomous = i < 18;
				add("PRESCHOOL", autonomous ? "автономное ДОУ" : "бюджетное ДОУ",
						(autonomous ? "МАДОУ" : "МБДОУ") + " «Детский сад №" + preschoolNumbers.get(i) + "»");
			}
			add("SUPPLEMENTARY", "ДДЮТ", "МБОУ ДО «Дворец детского и юношеского творчества»");
			for (int i = 0; i < 3; i++) {
				add("SUPPLEMENTARY", "ДДТ",
						"МБОУ ДО «ДДТ» " + DISTRICTS[(i + 1) % 5].replaceAll("ий$", "ого") + " района");
			}
			String[] centres = { "МБОУ ДО ЦТР «Октябрьский»", "МБОУ ДО «ЦДТ Индустриального района»",
					"МБОУ ДО «Центр детского творчества №1»", "МБОУ ДО «Центр технического творчества»",
					"МБОУ ДО СЮТ Устиновского района", "МБОУ ДО «Центр эстетического воспитания»",
					"МБОУ ДО «Детско-юношеский центр «Ровесник»", "МБОУ ДО «Центр детского туризма»",
					"МБОУ ДО «Экологический центр»" };
			for (String centre : centres) {
				add("SUPPLEMENTARY", "центр", centre);
			}
			add("SUPPLEMENTARY", "школа юных летчиков", "МБОУ ДО «Школа юных летчиков»");
			List<Org> schools = this.orgs.stream().filter((o) -> o.kind.equals("SCHOOL")).toList();
			List<Org> shuffled = shuffled(schools);
			for (int i = 0; i < 15; i++) {
				shuffled.get(i).flags.add("LOW_RESULTS");
			}
			for (int i = 10; i < 20; i++) {
				shuffled.get(i).flags.add("ADVERSE_CONDITIONS");
			}
			for (int i = 30; i < 38; i++) {
				shuffled.get(i).flags.add("INTERNSHIP_SITE");
			}
			for (int i = 36; i < 40; i++) {
				shuffled.get(i).flags.add("RESOURCE_CENTER");
			}
			// Schools outside horizontal learning: among the low-result ones, as the
			// sources fear.
			for (int i = 0; i < 5; i++) {
				shuffled.get(i).closed = true;
			}
			DemoCity.this.closedSchools += 5;
			this.centre = new Org();
			this.centre.id = this.prefix + "o-imc";
			this.centre.name = "МАУ ИМЦ «Альтернатива»";
			this.centre.kind = "METHOD_CENTER";
			this.centre.subtype = "методический центр";
			this.centre.district = -1;
			this.orgs.add(this.centre);
		}

		private void add(String kind, String subtype, String name) {
			Org org = new Org();
			org.id = this.prefix + "o" + String.format("%03d", this.orgs.size() + 1);
			org.kind = kind;
			org.subtype = subtype;
			org.name = name;
			org.district = this.random.nextInt(5);
			this.orgs.add(org);
		}

		private List<Integer> numbers(int max, int count) {
			List<Integer> all = new ArrayList<>();
			for (int i = 1; i <= max; i++) {
				all.add(i);
			}
			Collections.shuffle(all, this.random);
			return new ArrayList<>(all.subList(0, count));
		}

		private <T> List<T> shuffled(List<T> list) {
			List<T> copy = new ArrayList<>(list);
			Collections.shuffle(copy, this.random);
			return copy;
		}

		// ---------------------------------------------------------------- teachers

		private void teachers() throws IOException {
			staff("SCHOOL", 4224, SCHOOL_POSITIONS);
			staff("PRESCHOOL", 3986, PRESCHOOL_POSITIONS);
			staff("SUPPLEMENTARY", 418, SUPPLEMENTARY_POSITIONS);
			int present = this.all.size();
			leavers();
			for (Teacher t : this.all) {
				row("teachers", t.id, t.fullName, t.org.id, t.since, t.position, t.subjects, t.category, t.hours,
						t.birthYear, t.left);
			}
			DemoCity.this.teachers += present;
			DemoCity.this.leavers += this.all.size() - present;
		}

		/**
		 * Teachers who worked here in the past school years and left before the as-of
		 * day: young ones hired in a school year and gone within three years (some
		 * isolated on purpose: no mentor, group or event), and experienced ones retiring
		 * or moving away.
		 */
		private void leavers() {
			int current = DemoCity.this.historyStart.getYear() + PAST_SCHOOL_YEARS;
			List<Org> staffed = this.orgs.stream().filter((o) -> o != this.centre).toList();
			for (Org org : staffed) {
				int size = org.teachers.size();
				List<Position> positions = switch (org.kind) {
					case "SCHOOL" -> SCHOOL_POSITIONS;
					case "PRESCHOOL" -> PRESCHOOL_POSITIONS;
					default -> SUPPLEMENTARY_POSITIONS;
				};
				// Young teachers hired up to two years before the history still leave
				// inside it.
				for (int year = DemoCity.this.historyStart.getYear() - 2; year <= current; year++) {
					for (int i = poisson(size * YOUNG_LEAVING_RATE); i > 0; i--) {
						youngLeaver(org, positions, year);
					}
					if (year >= DemoCity.this.historyStart.getYear()) {
						for (int i = poisson(size * EXPERIENCED_LEAVING_RATE); i > 0; i--) {
							experiencedLeaver(org, positions, year);
						}
					}
				}
			}
		}

		private void youngLeaver(Org org, List<Position> positions, int year) {
			Teacher t = teacher(org, positions);
			LocalDate start = LocalDate.of(year, 8, 25);
			t.since = start
				.plusDays((this.random.nextInt(4) == 0) ? this.random.nextInt(300) : this.random.nextInt(30));
			t.young = false;
			t.youngLeaver = true;
			// Leaves 2 to 35 months after starting; one who would leave after the as-of
			// day
			// is still working and not generated here (today's young are generated
			// apart).
			t.left = t.since.plusMonths(2 + this.random.nextInt(34)).plusDays(this.random.nextInt(28));
			if (!t.left.isBefore(DemoCity.this.asOf)) {
				org.teachers.remove(t);
				this.all.remove(t);
				return;
			}
			t.birthYear = t.since.getYear() - 21 - this.random.nextInt(5);
			t.category = "NONE";
			t.isolated = this.random.nextInt(100) < ISOLATED_LEAVER_PERCENT;
			DemoCity.this.youngLeavers++;
		}

		private void experiencedLeaver(Org org, List<Position> positions, int year) {
			Teacher t = teacher(org, positions);
			t.young = false;
			t.left = LocalDate.of(year, 9, 1).plusDays(this.random.nextInt(365));
			if (!t.left.isBefore(DemoCity.this.asOf)) {
				org.teachers.remove(t);
				this.all.remove(t);
				return;
			}
			// Most retire: of pension age on the day they leave.
			int pension = t.female ? 55 : 60;
			int age = (this.random.nextInt(100) < 70) ? pension + this.random.nextInt(12)
					: 26 + this.random.nextInt(pension - 26);
			t.birthYear = t.left.getYear() - age;
			int years = Math.max(3, Math.min(age - 22, 45));
			t.since = t.left.minusYears(years).minusDays(this.random.nextInt(365));
		}

		private int poisson(double mean) {
			double limit = Math.exp(-mean);
			double product = this.random.nextDouble();
			int n = 0;
			while (product > limit) {
				n++;
				product *= this.random.nextDouble();
			}
			return n;
		}

		/** Working on {@code day}: hired by then and not yet gone. */
		private boolean present(Teacher t, LocalDate day) {
			return !t.since.isAfter(day) && (t.left == null || !day.isAfter(t.left));
		}

		private void staff(String kind, int total, List<Position> positions) {
			List<Org> of = this.orgs.stream().filter((o) -> o.kind.equals(kind)).toList();
			double[] weights = new double[of.size()];
			double sum = 0;
			for (int i = 0; i < weights.length; i++) {
				weights[i] = 0.5 + this.random.nextDouble();
				sum += weights[i];
			}
			int left = total;
			for (int i = 0; i < of.size(); i++) {
				int size = (i == of.size() - 1) ? left : (int) Math.round(total * weights[i] / sum);
				size = Math.min(size, left);
				left -= size;
				for (int j = 0; j < size; j++) {
					teacher(of.get(i), positions);
				}
			}
		}

		private Teacher teacher(Org org, List<Position> positions) {
			Teacher t = new Teacher();
			t.id = this.prefix + "t" + String.format("%05d", this.all.size() + 1);
			t.org = org;
			boolean female = this.random.nextInt(100) < (org.kind.equals("PRESCHOOL") ? 98 : 84);
			t.female = female;
			String surname = SURNAMES[this.random.nextInt(SURNAMES.length)];
			String root = PATRONYMIC_ROOTS[this.random.nextInt(PATRONYMIC_ROOTS.length)];
			t.fullName = female
					? feminine(surname) + " " + FEMALE_NAMES[this.random.nextInt(FEMALE_NAMES.length)] + " " + root
							+ "на"
					: surname + " " + MALE_NAMES[this.random.nextInt(MALE_NAMES.length)] + " " + root + "ич";
			t.young = this.random.nextInt(1000) < 78;
			if (t.young) {
				t.since = DemoCity.this.asOf.minusDays(this.random.nextInt(36 * 30 + 10));
			}
			int startAge = 21 + this.random.nextInt(5)
					+ ((this.random.nextInt(10) == 0) ? 8 + this.random.nextInt(12) : 0);
			if (t.young) {
				t.birthYear = t.since.getYear() - startAge;
			}
			else {
				// Age first: 32% of the experienced of pension age (women 55, men 60), so
				// that
				// with the young about 29% of all teachers are (domain-facts.md §6). The
				// others
				// have worked at least three years since they started: hiring is even
				// over the years.
				int pension = female ? 55 : 60;
				int age = (this.random.nextInt(100) < 32) ? pension + this.random.nextInt(female ? 14 : 10)
						: startAge + 3 + this.random.nextInt(Math.max(1, pension - startAge - 3));
				int years = Math.max(3, Math.min(age - startAge, 45));
				t.since = DemoCity.this.asOf.minusYears(years).minusDays(this.random.nextInt(365));
				if (ChronoUnit.MONTHS.between(t.since, DemoCity.this.asOf) < 37) {
					t.since = DemoCity.this.asOf.minusMonths(37).minusDays(this.random.nextInt(60));
				}
				t.birthYear = DemoCity.this.asOf.getYear() - age;
			}
			Position position = pick(positions);
			t.position = position.title();
			t.subjects = new ArrayList<>();
			if (!position.subjects().isEmpty()) {
				for (String part : position.subjects().split("\\|")) {
					String[] alternatives = part.split("/");
					t.subjects.add(alternatives[this.random.nextInt(alternatives.length)]);
				}
			}
			long years = ChronoUnit.YEARS.between(t.since, DemoCity.this.asOf);
			int c = this.random.nextInt(100);
			if (t.young) {
				t.category = (c < 85) ? "NONE" : "SZD";
			}
			else if (years < 6) {
				t.category = (c < 40) ? "SZD" : (c < 85) ? "FIRST" : "NONE";
			}
			else {
				t.category = (c < 35) ? "HIGHEST" : (c < 72) ? "FIRST" : (c < 92) ? "SZD" : "NONE";
			}
			t.hours = switch (org.kind) {
				case "PRESCHOOL" -> t.position.equals("воспитатель") ? 36 : 20 + this.random.nextInt(11);
				case "SCHOOL" ->
					(this.random.nextInt(100) < 21) ? 37 + this.random.nextInt(8) : 18 + this.random.nextInt(19);
				default -> 18 + this.random.nextInt(19);
			};
			if (this.random.nextInt(8) == 0) {
				t.hours += 0.5;
			}
			org.teachers.add(t);
			this.all.add(t);
			return t;
		}

		private Position pick(List<Position> positions) {
			int total = positions.stream().mapToInt(Position::weight).sum();
			int x = this.random.nextInt(total);
			for (Position position : positions) {
				x -= position.weight();
				if (x < 0) {
					return position;
				}
			}
			return positions.get(0);
		}

		private static String feminine(String surname) {
			if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ин") || surname.endsWith("ын")) {
				return surname + "а";
			}
			if (surname.endsWith("ский")) {
				return surname.substring(0, surname.length() - 4) + "ская";
			}
			return surname;
		}

		// ---------------------------------------------------------------- diagnostics

		private void competencies() throws IOException {
			for (Teacher t : this.all) {
				if (t.left != null) {
					continue;
				}
				LocalDate assessed = later(t.since, DemoCity.this.asOf.minusMonths(14))
					.plusDays(this.random.nextInt(200));
				if (assessed.isAfter(DemoCity.this.asOf)) {
					assessed = DemoCity.this.asOf;
				}
				String source = (this.random.nextInt(3) == 0) ? "Самодиагностика"
						: "Диагностика профессиональных дефицитов ИМЦ";
				int deficits = t.young ? 1 + this.random.nextInt(3) : (this.random.nextInt(4) == 0 ? 1 : 0);
				Set<String> chosen = new LinkedHashSet<>();
				for (int i = 0; i < deficits; i++) {
					chosen.add(competencyFor(t));
				}
				for (String code : chosen) {
					t.deficits.add(code);
					row("teacher_competencies", t.id, code, "DEFICIT",
							t.young && this.random.nextBoolean() ? "HIGH" : "MEDIUM", assessed, source);
				}
				if (!t.young && this.random.nextInt(100) < 30) {
					Set<String> strengths = new LinkedHashSet<>();
					for (int i = 0, n = 1 + this.random.nextInt(3); i < n; i++) {
						String code = competencyFor(t);
						if (!chosen.contains(code)) {
							strengths.add(code);
						}
					}
					for (String code : strengths) {
						row("teacher_competencies", t.id, code, "STRENGTH",
								this.random.nextBoolean() ? "HIGH" : "MEDIUM", assessed, source);
					}
				}
			}
		}

		private String competencyFor(Teacher t) {
			if (t.org.kind.equals("PRESCHOOL") && this.random.nextInt(3) == 0) {
				return "early_childhood";
			}
			// The last two (mentoring, management) are rarely diagnosed as a deficit of a
			// teacher.
			return COMPETENCIES[this.random.nextInt(COMPETENCIES.length - 3)][0];
		}

		// ---------------------------------------------------------------- mentoring

		private void mentoring() throws IOException {
			Set<Teacher> mentorsOfCity = new LinkedHashSet<>();
			for (Teacher t : this.all) {
				if (!t.young) {
					continue;
				}
				DemoCity.this.young++;
				int coverage = switch (t.org.kind) {
					case "PRESCHOOL" -> 74;
					case "SCHOOL" -> 89;
					default -> 97;
				};
				if (this.random.nextInt(100) >= coverage) {
					// Not mentored: a third of them is isolated on purpose (no group, no
					// events).
					t.isolated = this.random.nextInt(3) == 0;
					if (t.isolated) {
						DemoCity.this.isolatedYoung++;
					}
					continue;
				}
				boolean external = !t.org.closed && this.random.nextInt(100) < 12;
				Teacher mentor = mentor(t, external);
				if (mentor == null) {
					continue;
				}
				t.mentored = true;
				DemoCity.this.mentoredYoung++;
				LocalDate started = t.since.plusDays(7 + this.random.nextInt(40));
				if (started.isAfter(DemoCity.this.asOf)) {
					started = DemoCity.this.asOf;
				}
				mentor.activeMentees++;
				mentorsOfCity.add(mentor);
				pair(mentor, t, started, null, false);
			}
			// Past pairs of teachers who were young in the history: coverage grew from
			// about
			// 70% for the oldest cohort to the 85% of today; a pair lasts the three young
			// years.
			long span = 12L * (PAST_SCHOOL_YEARS + 1);
			for (Teacher t : this.all) {
				long months = ChronoUnit.MONTHS.between(t.since, DemoCity.this.asOf);
				if (t.young || t.left != null || months > 36 + span || months < 37
						|| this.random.nextInt(100) >= 88 - (int) (18 * (months - 37) / span)) {
					continue;
				}
				Teacher mentor = mentor(t, this.random.nextInt(100) < 10 && !t.org.closed);
				if (mentor == null) {
					continue;
				}
				LocalDate started = t.since.plusDays(7 + this.random.nextInt(40));
				LocalDate ended = t.since.plusMonths(36).plusDays(this.random.nextInt(30));
				if (!ended.isBefore(DemoCity.this.asOf)) {
					ended = DemoCity.this.asOf.minusDays(1);
				}
				mentorsOfCity.add(mentor);
				pair(mentor, t, started, ended, this.random.nextInt(100) < 10);
			}
			// Young teachers who left: mentored as the young are, unless isolated on
			// purpose;
			// their pairs end by the day they left, and more of them went badly.
			for (Teacher t : this.all) {
				if (!t.youngLeaver || t.isolated || this.random.nextInt(100) >= 88) {
					continue;
				}
				LocalDate started = t.since.plusDays(7 + this.random.nextInt(40));
				if (!started.isBefore(t.left)) {
					continue;
				}
				Teacher mentor = mentor(t, !t.org.closed && this.random.nextInt(100) < 12);
				if (mentor == null) {
					continue;
				}
				mentorsOfCity.add(mentor);
				pair(mentor, t, started, t.left, this.random.nextInt(100) < 30);
			}
			DemoCity.this.mentors += mentorsOfCity.size();
			DemoCity.this.mentorsAtCapacity += mentorsOfCity.stream().filter((m) -> m.activeMentees >= 3).count();
		}

		private Teacher mentor(Teacher mentee, boolean external) {
			List<Teacher> pool;
			if (external) {
				List<Org> others = this.orgs.stream()
					.filter((o) -> o.kind.equals(mentee.org.kind) && o != mentee.org && !o.closed)
					.toList();
				pool = others.get(this.random.nextInt(others.size())).teachers;
			}
			else {
				pool = mentee.org.teachers;
			}
			List<Teacher> candidates = new ArrayList<>();
			List<Teacher> current = new ArrayList<>();
			for (Teacher c : pool) {
				if (c != mentee && !c.young && !c.youngLeaver && c.left == null
						&& ChronoUnit.YEARS.between(c.since, mentee.since) >= 5 && c.activeMentees < 3) {
					candidates.add(c);
					if (c.mentees > 0) {
						current.add(c);
					}
				}
			}
			if (candidates.isEmpty()) {
				return null;
			}
			// A third of the time the school's existing mentor takes one more: loads of 2
			// and 3.
			Teacher chosen = (!current.isEmpty() && this.random.nextInt(100) < 33)
					? current.get(this.random.nextInt(current.size()))
					: candidates.get(this.random.nextInt(candidates.size()));
			chosen.mentees++;
			return chosen;
		}

		private void pair(Teacher mentor, Teacher mentee, LocalDate started, LocalDate ended, boolean poor)
				throws IOException {
			String id = this.prefix + "p" + String.format("%05d", ++this.pairNumber);
			int f = this.random.nextInt(100);
			String form = (f < 82) ? "педагог – педагог" : (f < 94) ? "руководитель – педагог" : "групповая";
			List<String> focus = mentee.deficits.isEmpty() ? List.of("lesson_design")
					: mentee.deficits.subList(0, Math.min(2, mentee.deficits.size()));
			// A poor pair (satisfaction 1-4 of 10) ended early; the others 6-10.
			Integer satisfaction = (ended == null) ? null
					: poor ? 1 + this.random.nextInt(4) : 6 + this.random.nextInt(5);
			if (poor && ended != null && ended.isAfter(started.plusMonths(5))) {
				ended = started.plusMonths(2 + this.random.nextInt(4));
			}
			int hours = 36 + 6 * this.random.nextInt(7);
			// The import holds a mentor to at most 3 mentees on every day of a pair: a
			// pair that
			// would be a mentor's fourth on some day is not written.
			LocalDate last = (ended != null) ? ended : LocalDate.MAX;
			List<LocalDate[]> taken = this.mentorPairs.computeIfAbsent(mentor.id, (k) -> new ArrayList<>());
			if (fullDuring(taken, started, last)) {
				return;
			}
			taken.add(new LocalDate[] { started, last });
			DemoCity.this.pairs++;
			row("mentoring_pairs", id, mentor.id, mentee.id, started, ended, form, focus, hours, satisfaction);
		}

		/**
		 * The pairs of {@code taken} ([start, last day]) number 3 on some day of [from,
		 * to].
		 */
		private static boolean fullDuring(List<LocalDate[]> taken, LocalDate from, LocalDate to) {
			List<LocalDate> days = new ArrayList<>();
			days.add(from);
			for (LocalDate[] pair : taken) {
				if (pair[0].isAfter(from) && !pair[0].isAfter(to)) {
					days.add(pair[0]);
				}
			}
			for (LocalDate day : days) {
				int active = 0;
				for (LocalDate[] pair : taken) {
					if (!pair[0].isAfter(day) && !pair[1].isBefore(day)) {
						active++;
					}
				}
				if (active >= 3) {
					return true;
				}
			}
			return false;
		}

		// ---------------------------------------------------------------- groups

		private record Group(String id, String name, String kind, List<Teacher> members, List<Org> orgs,
				String competency, Org host) {
		}

		private List<Group> groups() throws IOException {
			List<Group> result = new ArrayList<>();
			List<Org> open = this.orgs.stream().filter((o) -> !o.closed && o != this.centre).toList();
			LocalDate inkoStart = LocalDate.of(2021, 9, 1);
			for (int i = 0; i < 31; i++) {
				String id = this.prefix + "g-inko-" + String.format("%02d", i + 1);
				int direction = INKO_DIRECTION[i];
				List<Org> members = shuffled(open).subList(0, 3 + this.random.nextInt(5));
				Org coordinator = members.get(0);
				LocalDate started = inkoStart.plusYears(this.random.nextInt(3));
				if (started.isAfter(DemoCity.this.asOf)) {
					started = inkoStart;
				}
				row("groups", id, "ИНКО «" + INKO_NAMES[i] + "»", "INNOVATION_COMPLEX", DIRECTIONS[direction],
						coordinator.id, started, null);
				List<Teacher> teachers = new ArrayList<>();
				for (Org org : members) {
					row("memberships", id, org.id, "ORGANIZATION", (org == coordinator) ? "COORDINATOR" : "MEMBER",
							started, null);
					for (Teacher t : sample(eligible(org.teachers), 2 + this.random.nextInt(5))) {
						teachers.add(t);
					}
				}
				teacherMembers(id, teachers, started);
				result.add(new Group(id, "ИНКО «" + INKO_NAMES[i] + "»", "INNOVATION_COMPLEX", teachers, members,
						DIRECTION_COMPETENCY[direction], coordinator));
			}
			LocalDate since = LocalDate.of(2019, 9, 1);
			String[][] associations = { { "mathematics", "учителей математики" },
					{ "russian", "учителей русского языка и литературы" }, { "primary", "учителей начальных классов" },
					{ "english", "учителей иностранного языка" }, { "history", "учителей истории и обществознания" },
					{ "physics", "учителей физики" }, { "chemistry", "учителей химии" },
					{ "biology", "учителей биологии" }, { "geography", "учителей географии" },
					{ "informatics", "учителей информатики" }, { "pe", "учителей физической культуры" },
					{ "music", "учителей музыки" }, { "obzh", "преподавателей-организаторов ОБЖ" },
					{ "economics", "учителей экономики и финансовой грамотности" },
					{ "german", "учителей немецкого языка" }, { "udmurt", "учителей удмуртского языка" } };
			for (String[] association : associations) {
				String id = this.prefix + "g-spo-" + association[0];
				String name = "Городское предметное объединение " + association[1];
				row("groups", id, name, "SUBJECT_ASSOCIATION", null, this.centre.id, since, null);
				List<Teacher> subjectTeachers = eligible(this.all.stream()
					.filter((t) -> t.subjects.contains(association[0]) && t.org.kind.equals("SCHOOL"))
					.toList());
				List<Teacher> members = sample(subjectTeachers, Math.max(3, subjectTeachers.size() / 5));
				teacherMembers(id, members, since);
				result.add(new Group(id, name, "SUBJECT_ASSOCIATION", subjectTeachers, List.of(), "subject_methods",
						this.centre));
			}
			String[][] gmo = { { "speech", "учителей-логопедов", "учитель-логопед" },
					{ "defect", "учителей-дефектологов", "учитель-дефектолог" },
					{ "social", "социальных педагогов", "социальный педагог" },
					{ "psych", "педагогов-психологов", "педагог-психолог" } };
			for (String[] association : gmo) {
				String id = this.prefix + "g-gmo-" + association[0];
				String name = "Городское методическое объединение " + association[1];
				row("groups", id, name, "METHOD_ASSOCIATION", null, this.centre.id, since, null);
				List<Teacher> ofPosition = eligible(
						this.all.stream().filter((t) -> t.position.equals(association[2])).toList());
				teacherMembers(id, sample(ofPosition, Math.max(3, ofPosition.size() / 2)), since);
				result.add(new Group(id, name, "METHOD_ASSOCIATION", ofPosition, List.of(), "inclusion", this.centre));
			}
			String academy = this.prefix + "g-academy";
			row("groups", academy, "Академия молодого педагога", "PROGRAM", "Сопровождение молодых педагогов",
					this.centre.id, LocalDate.of(2020, 9, 1), null);
			// Every young teacher since the academy opened may join: today's young and
			// those who
			// were young in the past (they leave the academy after three years, or with
			// their job).
			LocalDate opened = LocalDate.of(2020, 9, 1);
			List<Teacher> everYoung = this.all.stream()
				.filter((t) -> t.young || t.youngLeaver || !t.since.isBefore(opened.minusYears(2)))
				.toList();
			List<Teacher> youngMembers = sample(eligible(everYoung), (int) (everYoung.size() * 0.6));
			for (Teacher t : youngMembers) {
				LocalDate from = later(t.since, opened);
				LocalDate graduated = t.since.plusMonths(36);
				LocalDate until = (t.left != null) ? t.left : graduated.isBefore(DemoCity.this.asOf) ? graduated : null;
				if (until == null || until.isAfter(from)) {
					row("memberships", academy, t.id, "TEACHER", "MEMBER", from, until);
				}
			}
			result.add(new Group(academy, "Академия молодого педагога", "PROGRAM", youngMembers, List.of(),
					"lesson_design", this.centre));
			String school = this.prefix + "g-mentors";
			row("groups", school, "Школа наставников", "PROGRAM", "Наставничество", this.centre.id,
					LocalDate.of(2021, 9, 1), null);
			List<Teacher> trained = eligible(this.all.stream().filter((t) -> t.mentees > 0).toList());
			List<Teacher> schoolMembers = sample(trained, Math.max(5, trained.size() * 7 / 100));
			teacherMembers(school, schoolMembers, LocalDate.of(2022, 9, 1));
			result.add(new Group(school, "Школа наставников", "PROGRAM", trained, List.of(), "mentoring", this.centre));
			String project = this.prefix + "g-mutual";
			row("groups", project, "Взаимообучение школ", "PROJECT", "Воспитательный потенциал урока", this.centre.id,
					LocalDate.of(2022, 9, 1), null);
			List<Org> projectSchools = sample(open.stream().filter((o) -> o.kind.equals("SCHOOL")).toList(), 13);
			for (Org org : projectSchools) {
				row("memberships", project, org.id, "ORGANIZATION", "MEMBER", LocalDate.of(2022, 9, 1), null);
			}
			result.add(new Group(project, "Взаимообучение школ", "PROJECT",
					eligible(projectSchools.stream().flatMap((o) -> o.teachers.stream()).toList()), projectSchools,
					"lesson_design", this.centre));
			DemoCity.this.groups += result.size();
			return result;
		}

		private void teacherMembers(String group, List<Teacher> teachers, LocalDate since) throws IOException {
			Set<Teacher> seen = new HashSet<>();
			boolean leader = true;
			for (Teacher t : teachers) {
				LocalDate from = later(t.since, since);
				if ((t.left == null || t.left.isAfter(from)) && seen.add(t)) {
					row("memberships", group, t.id, "TEACHER", leader && t.left == null ? "LEADER" : "MEMBER", from,
							t.left);
					leader = leader && t.left != null;
				}
			}
		}

		/**
		 * Teachers who may appear in networks: not the isolated, not those of closed
		 * schools.
		 */
		private List<Teacher> eligible(List<Teacher> teachers) {
			return teachers.stream().filter((t) -> !t.isolated && !t.org.closed).toList();
		}

		private <T> List<T> sample(List<T> from, int n) {
			if (from.size() <= n) {
				return new ArrayList<>(from);
			}
			List<T> copy = shuffled(from);
			return new ArrayList<>(copy.subList(0, n));
		}

		// ---------------------------------------------------------------- events

		private void events(List<Group> groups) throws IOException {
			LocalDate start = DemoCity.this.historyStart;
			long days = ChronoUnit.DAYS.between(start, DemoCity.this.asOf);
			List<Teacher> open = eligible(this.all);
			List<Teacher> senior = open.stream().filter((t) -> "HIGHEST".equals(t.category)).toList();
			for (int year = 0; year <= PAST_SCHOOL_YEARS; year++) {
				LocalDate yearStart = start.plusYears(year);
				// The last two school years in full; the older ones thinner (fewer
				// records kept).
				boolean recent = year >= PAST_SCHOOL_YEARS - 1;
				for (Group group : groups) {
					int count = switch (group.kind()) {
						case "INNOVATION_COMPLEX" -> 5 + this.random.nextInt(4);
						case "SUBJECT_ASSOCIATION", "METHOD_ASSOCIATION" -> 6;
						case "PROGRAM" -> group.name().startsWith("Академия") ? 8 : 5;
						default -> 13;
					};
					count = recent ? count : Math.max(2, count * 2 / 5);
					for (int i = 0; i < count; i++) {
						LocalDate date = yearStart.plusDays(this.random.nextInt(290));
						if (date.isAfter(DemoCity.this.asOf)) {
							continue;
						}
						groupEvent(group, date, senior);
					}
				}
				// The unified methodological day (838) and the class teachers' forum
				// (>500).
				LocalDate day = yearStart.plusDays(61);
				if (!day.isAfter(DemoCity.this.asOf)) {
					event("Единый методический день", "CONFERENCE", day,
							sample(open.stream().filter((t) -> t.org.kind.equals("SCHOOL")).toList(),
									760 + this.random.nextInt(80)),
							senior, 12, null, this.centre, "MUNICIPAL", List.of("fgos", "functional_literacy"));
				}
				LocalDate forum = yearStart.plusDays(158);
				if (!forum.isAfter(DemoCity.this.asOf)) {
					event("Форум классных руководителей", "FORUM", forum,
							sample(open.stream().filter((t) -> t.org.kind.equals("SCHOOL")).toList(),
									480 + this.random.nextInt(60)),
							senior, 4, null, this.centre, "MUNICIPAL", List.of("class_teaching"));
				}
				LocalDate contest = yearStart.plusDays(180);
				if (!contest.isAfter(DemoCity.this.asOf)) {
					contest(contest, open, senior);
				}
				for (Org org : this.orgs) {
					if (org == this.centre) {
						continue;
					}
					for (int i = 0; i < (recent ? 4 : 2); i++) {
						LocalDate date = yearStart.plusDays(this.random.nextInt(270));
						if (date.isAfter(DemoCity.this.asOf) || org.teachers.size() < 8) {
							continue;
						}
						String format = List.of("OPEN_LESSON", "LESSON_VISIT", "MASTER_CLASS", "SEMINAR")
							.get(this.random.nextInt(4));
						List<Teacher> present = org.teachers.stream()
							.filter((t) -> !t.isolated && present(t, date))
							.toList();
						List<Teacher> people = sample(present, 6 + this.random.nextInt(20));
						if (people.size() < 3) {
							continue;
						}
						String competency = org.kind.equals("PRESCHOOL") && this.random.nextBoolean()
								? "early_childhood" : INSTITUTIONAL_COMPETENCIES
									.get(this.random.nextInt(INSTITUTIONAL_COMPETENCIES.size()));
						event(title(format, null, competency), format, date, people.subList(1, people.size()),
								people.subList(0, 1), 1, null, org, "INSTITUTIONAL", List.of(competency));
					}
				}
			}
		}

		private void groupEvent(Group group, LocalDate date, List<Teacher> senior) throws IOException {
			String format;
			int size;
			Org host = group.host();
			List<Teacher> audience;
			switch (group.kind()) {
				case "INNOVATION_COMPLEX" -> {
					format = List.of("SEMINAR", "MASTER_CLASS", "WORKSHOP", "OPEN_LESSON").get(this.random.nextInt(4));
					size = 13 + this.random.nextInt(45);
					host = group.orgs().get(this.random.nextInt(group.orgs().size()));
					List<Teacher> pool = new ArrayList<>(group.members());
					pool.addAll(sample(eligible(this.all), size));
					audience = pool;
				}
				case "SUBJECT_ASSOCIATION", "METHOD_ASSOCIATION" -> {
					format = List.of("SEMINAR", "MASTER_CLASS", "WORKSHOP", "WEBINAR").get(this.random.nextInt(4));
					size = 10 + this.random.nextInt(41);
					audience = group.members();
				}
				case "PROGRAM" -> {
					boolean academy = group.name().startsWith("Академия");
					format = academy
							? List.of("SEMINAR", "MASTER_CLASS", "LESSON_VISIT", "HACKATHON", "WORKSHOP")
								.get(this.random.nextInt(5))
							: List.of("SEMINAR", "MASTER_CLASS", "CONSULTATION").get(this.random.nextInt(3));
					size = academy ? 19 + this.random.nextInt(64) : 25 + this.random.nextInt(33);
					audience = group.members();
				}
				default -> {
					format = List.of("OPEN_LESSON", "WORKSHOP", "SEMINAR", "MASTER_CLASS").get(this.random.nextInt(4));
					size = 6 + this.random.nextInt(27);
					host = group.orgs().get(this.random.nextInt(group.orgs().size()));
					audience = eligible(this.all.stream().filter((t) -> t.org.kind.equals("SCHOOL")).toList());
				}
			}
			Org venue = host;
			List<Teacher> hostSpeakers = (venue != this.centre) ? eligible(venue.teachers).stream()
				.filter((t) -> !t.young && !t.youngLeaver && present(t, date))
				.toList() : senior;
			List<Teacher> attendees = sample(audience.stream().filter((t) -> present(t, date)).distinct().toList(),
					size);
			event(title(format, group.name(), group.competency()), format, date, attendees,
					hostSpeakers.isEmpty() ? senior : hostSpeakers, 1 + this.random.nextInt(2), group.id(), venue,
					"MUNICIPAL", List.of(group.competency()));
		}

		/**
		 * A title whose topic is one of the competency's: the event develops what it
		 * says.
		 */
		private String title(String format, String group, String competency) {
			List<String> topics = TOPICS.getOrDefault(competency, TOPICS.get("lesson_design"));
			String topic = topics.get(this.random.nextInt(topics.size()));
			String kind = switch (format) {
				case "MASTER_CLASS" -> "Мастер-класс";
				case "SEMINAR" -> "Семинар";
				case "OPEN_LESSON" -> "Открытый урок";
				case "LESSON_VISIT" -> "Взаимопосещение уроков";
				case "WORKSHOP" -> "Практикум";
				case "WEBINAR" -> "Вебинар";
				case "HACKATHON" -> "Хакатон";
				case "CONSULTATION" -> "Консультация";
				default -> "Встреча";
			};
			return kind + " «" + topic + "»" + ((group != null) ? " (" + group + ")" : "");
		}

		private void event(String title, String format, LocalDate date, List<Teacher> attendees,
				List<Teacher> speakerPool, int speakers, String group, Org host, String level,
				List<String> competencies) throws IOException {
			String id = this.prefix + "e" + String.format("%05d", ++this.eventNumber);
			DemoCity.this.events++;
			row("events", id, title, format, date, host.id, group, level, competencies);
			Set<Teacher> seen = new HashSet<>();
			for (Teacher t : sample(speakerPool.stream().filter((s) -> present(s, date)).toList(), speakers)) {
				if (seen.add(t)) {
					row("participations", id, t.id, "SPEAKER");
					DemoCity.this.participations++;
				}
			}
			for (Teacher t : attendees) {
				if (!t.isolated && present(t, date) && (!t.org.closed || t.org == host) && seen.add(t)) {
					row("participations", id, t.id, "ATTENDEE");
					DemoCity.this.participations++;
				}
			}
		}

		private void contest(LocalDate date, List<Teacher> open, List<Teacher> senior) throws IOException {
			String id = this.prefix + "e" + String.format("%05d", ++this.eventNumber);
			DemoCity.this.events++;
			row("events", id, "Конкурс профессионального мастерства «Педагог года»", "CONTEST", date, this.centre.id,
					null, "MUNICIPAL", List.of("lesson_design"));
			List<Teacher> contestants = sample(open.stream().filter((t) -> present(t, date)).toList(), 20);
			Set<Teacher> seen = new HashSet<>();
			for (int i = 0; i < contestants.size(); i++) {
				Teacher t = contestants.get(i);
				seen.add(t);
				row("participations", id, t.id, (i < 2) ? "WINNER" : "CONTESTANT");
				DemoCity.this.participations++;
				if (i < 2) {
					row("awards", t.id, "Победитель конкурса «Педагог года»", "CONTEST_WINNER", date.getYear());
				}
			}
			for (Teacher t : sample(senior.stream().filter((s) -> present(s, date)).toList(), 5)) {
				if (seen.add(t)) {
					row("participations", id, t.id, "JURY");
					DemoCity.this.participations++;
				}
			}
		}

		// ---------------------------------------------------------------- awards

		private void awards() throws IOException {
			int year = DemoCity.this.asOf.getYear();
			for (Teacher t : this.all) {
				if (t.left == null && t.mentees > 0 && !t.org.closed && this.random.nextInt(100) < 6) {
					row("awards", t.id, "Почетный наставник", "HONORARY_MENTOR", year - 1 - this.random.nextInt(3));
				}
			}
			List<Teacher> open = eligible(this.all).stream().filter((t) -> t.left == null).toList();
			for (Teacher t : sample(open.stream().filter((t) -> !t.young).toList(), 16)) {
				row("awards", t.id, "Грант Главы города Ижевска", "GRANT", year - 1);
			}
			for (Teacher t : sample(open.stream().filter((t) -> t.young).toList(), 4)) {
				row("awards", t.id, "Лучший молодой педагог", "GRANT", year - 1);
			}
			for (Teacher t : sample(open, 12)) {
				row("awards", t.id, "Лучшая практика", "BEST_PRACTICE", year - 1 - this.random.nextInt(2));
			}
		}

		private LocalDate later(LocalDate a, LocalDate b) {
			return a.isAfter(b) ? a : b;
		}

	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
