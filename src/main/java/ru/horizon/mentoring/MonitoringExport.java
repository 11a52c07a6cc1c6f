package ru.horizon.mentoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

import ru.horizon.organization.Scope;
import ru.horizon.system.privacy.PrivacyFloor;
import ru.horizon.system.security.ReadAggregates;

/**
 * The October monitoring ({@link MentoringMonitoringService}) as files an official fills
 * from: XLSX with Russian headers (shares as percent cells) and CSV for Russian Excel
 * ({@code ;} between fields, decimal commas, UTF-8 with a byte order mark, «да»/«нет»).
 * The first row is the whole scope («Итого»), then one row per organization; below, the
 * organizations without a curator and without pairs.
 */
@Component
class MonitoringExport {

	/** The columns, Russian as the monitoring form names them. */
	static final List<String> HEADER = List.of("Организация", "Молодых педагогов (до 3 лет)", "Из них с наставником",
			"Охват молодых педагогов, %", "Цель 70% достигнута", "Новых педагогов (до 6 мес.)", "Из них с наставником",
			"Охват новых педагогов, %", "Цель 100% достигнута", "Наставников", "Из них обученных",
			"Доля обученных наставников, %", "Почётных наставников", "Активных пар", "Пар внешнего контура",
			"Доля внешнего контура, %", "Формы наставничества (пар)", "Средняя удовлетворённость (1–10)",
			"Оценок удовлетворённости", "Куратор назначен");

	/** Columns holding a share in [0, 1], shown as percent. */
	private static final List<Integer> SHARES = List.of(3, 7, 11, 15);

	private final MentoringMonitoringService monitoring;

	private final CoveragePrivacy privacy;

	private final String suppressed;

	MonitoringExport(MentoringMonitoringService monitoring, CoveragePrivacy privacy, PrivacyFloor floor) {
		this.monitoring = monitoring;
		this.privacy = privacy;
		// the monitoring form is Russian
		this.suppressed = floor.suppressedLabel(Locale.forLanguageTag("ru"));
	}

	/**
	 * The cells of every row: the total first, then the organizations; what the privacy
	 * floor hides from the caller ({@link CoveragePrivacy}) reads
	 * {@link PrivacyFloor#suppressedLabel}, its other cells empty.
	 */
	static List<List<Object>> rows(MentoringMonitoring answer, CoveragePrivacy.Hidden hidden, String suppressed) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(cells(answer.total(), "Итого", hidden, suppressed));
		answer.organizations().forEach((row) -> rows.add(cells(row, row.name(), hidden, suppressed)));
		return rows;
	}

	private static List<Object> cells(MentoringMonitoring.Row row, String name, CoveragePrivacy.Hidden hidden,
			String suppressed) {
		List<Object> cells = new ArrayList<>();
		cells.add(name);
		figure(cells, row.youngTeachers(), hidden, suppressed);
		figure(cells, row.newTeachers(), hidden, suppressed);
		if (hidden.hides(row)) {
			cells.add(suppressed);
			while (cells.size() < HEADER.size() - 1) {
				cells.add(null);
			}
			cells.add(row.hasCurator());
			return cells;
		}
		cells.add(row.mentors());
		cells.add(row.trainedMentors());
		cells.add(row.trainedShare());
		cells.add(row.honoraryMentors());
		cells.add(row.pairs());
		cells.add(row.externalPairs());
		cells.add(row.externalShare());
		cells.add(row.forms()
			.stream()
			.map((f) -> ((f.form() != null) ? f.form() : "форма не указана") + ": " + f.pairs())
			.collect(Collectors.joining("; ")));
		cells.add(row.averageSatisfaction());
		cells.add(row.satisfactionMarks());
		cells.add(row.hasCurator());
		return cells;
	}

	private static void figure(List<Object> cells, CoverageFigure figure, CoveragePrivacy.Hidden hidden,
			String suppressed) {
		if (hidden.hides(figure)) {
			cells.addAll(java.util.Arrays.asList(suppressed, null, null, null));
			return;
		}
		cells.add(figure.total());
		cells.add(figure.covered());
		cells.add(figure.share());
		cells.add(figure.met());
	}

	/** The CSV file for Russian Excel. */
	@ReadAggregates
	public void csv(Scope scope, LocalDate asOf, OutputStream out) {
		MentoringMonitoring answer = this.monitoring.monitoring(scope, asOf, Locale.forLanguageTag("ru"));
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			line(writer, List.of("Мониторинг целевой модели наставничества на " + asOf));
			line(writer, new ArrayList<>(HEADER));
			for (List<Object> row : rows(answer, this.privacy.hidden(answer, scope), this.suppressed)) {
				List<Object> shown = new ArrayList<>(row);
				for (int c : SHARES) {
					if (row.get(c) instanceof Double share) {
						shown.set(c, share * 100);
					}
				}
				line(writer, shown);
			}
			line(writer, List.of());
			line(writer, organizations("Организации без куратора", answer.withoutCurator()));
			line(writer, organizations("Организации без наставнических пар", answer.withoutPairs()));
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Object> organizations(String title, List<MentoringMonitoring.OrganizationRef> list) {
		List<Object> cells = new ArrayList<>();
		cells.add(title + " (" + list.size() + ")");
		list.forEach((o) -> cells.add(o.name()));
		return cells;
	}

	private static void line(Writer writer, List<Object> cells) throws IOException {
		writer.write(cells.stream().map(MonitoringExport::csvCell).collect(Collectors.joining(";")));
		writer.write("\r\n");
	}

	/** One CSV field for Russian Excel: decimal comma, «да»/«нет», quoted when needed. */
	static String csvCell(Object value) {
		String text = switch (value) {
			case null -> "";
			case Boolean b -> b ? "да" : "нет";
			case Double d -> String.format(Locale.ROOT, "%.2f", d).replace('.', ',');
			default -> value.toString();
		};
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	/**
	 * The XLSX workbook: the monitoring sheet, and a sheet of the organizations left out.
	 */
	@ReadAggregates
	public void xlsx(Scope scope, LocalDate asOf, OutputStream out) {
		MentoringMonitoring answer = this.monitoring.monitoring(scope, asOf, Locale.forLanguageTag("ru"));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			CellStyle decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			Sheet sheet = workbook.createSheet("Мониторинг");
			sheet.createRow(0)
				.createCell(0)
				.setCellValue("Мониторинг целевой модели наставничества на " + asOf + " (удовлетворённость: с "
						+ answer.schoolYearStart() + ")");
			Row head = sheet.createRow(1);
			for (int c = 0; c < HEADER.size(); c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(HEADER.get(c));
				cell.setCellStyle(bold);
			}
			int r = 2;
			for (List<Object> values : rows(answer, this.privacy.hidden(answer, scope), this.suppressed)) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					Cell cell = row.createCell(c);
					switch (value) {
						case null -> cell.setBlank();
						case Boolean b -> cell.setCellValue(b ? "да" : "нет");
						case Number n -> {
							cell.setCellValue(n.doubleValue());
							if (SHARES.contains(c)) {
								cell.setCellStyle(percent);
							}
							else if (value instanceof Double) {
								cell.setCellStyle(decimal);
							}
						}
						default -> cell.setCellValue(value.toString());
					}
				}
			}
			sheet.setColumnWidth(0, 48 * 256);
			for (int c = 1; c < HEADER.size(); c++) {
				sheet.setColumnWidth(c, ((c == 16) ? 40 : 16) * 256);
			}
			sheet.createFreezePane(1, 2);
			Sheet left = workbook.createSheet("Без куратора и без пар");
			Row leftHead = left.createRow(0);
			leftHead.createCell(0).setCellValue("Организации без куратора");
			leftHead.createCell(1).setCellValue("Организации без наставнических пар");
			leftHead.getCell(0).setCellStyle(bold);
			leftHead.getCell(1).setCellStyle(bold);
			int rows = Math.max(answer.withoutCurator().size(), answer.withoutPairs().size());
			for (int i = 0; i < rows; i++) {
				Row row = left.createRow(i + 1);
				if (i < answer.withoutCurator().size()) {
					row.createCell(0).setCellValue(answer.withoutCurator().get(i).name());
				}
				if (i < answer.withoutPairs().size()) {
					row.createCell(1).setCellValue(answer.withoutPairs().get(i).name());
				}
			}
			left.setColumnWidth(0, 48 * 256);
			left.setColumnWidth(1, 48 * 256);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
