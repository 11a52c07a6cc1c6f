package ru.horizon.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the files of an import: a folder of CSV files, a zip of them, or an XLSX workbook.
 * Detects the encoding (UTF-8 with or without BOM, else Windows-1251) and the delimiter
 * ({@code ,} or {@code ;}) of every CSV file. Files the format does not know are skipped
 * with a warning.
 */
public final class TableReader {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final List<String> warnings = new ArrayList<>();

	private final List<String> errors = new ArrayList<>();

	/** The tables read, by format name. */
	public Map<String, Table> tables() {
		return this.tables;
	}

	/** Files skipped, and similar remarks. */
	public List<String> warnings() {
		return this.warnings;
	}

	/** Files that could not be read at all. */
	public List<String> errors() {
		return this.errors;
	}

	/** Reads a folder of CSV files, a zip of them, or a workbook, by what {@code path} is. */
	public TableReader read(Path path) throws IOException {
		if (Files.isDirectory(path)) {
			try (Stream<Path> files = Files.list(path)) {
				for (Path file : files.sorted().toList()) {
					if (Files.isRegularFile(file)) {
						csv(file.getFileName().toString(), Files.readAllBytes(file));
					}
				}
			}
			return this;
		}
		return read(path.getFileName().toString(), Files.readAllBytes(path));
	}

	/**
	 * Reads an upload: an XLSX workbook or a zip of CSV files (both are zip archives: a
	 * workbook holds {@code [Content_Types].xml}), or a single CSV file named {@code name}.
	 */
	public TableReader read(String name, byte[] content) throws IOException {
		boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
		if (!zip) {
			csv(name, content);
			return this;
		}
		if (isWorkbook(content)) {
			workbook(content);
			return this;
		}
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (!entry.isDirectory()) {
					String entryName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
					if (!entryName.startsWith(".") && !entry.getName().startsWith("__MACOSX")) {
						csv(entryName, in.readAllBytes());
					}
				}
			}
		}
		return this;
	}

	private static boolean isWorkbook(byte[] content) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals("[Content_Types].xml")) {
					return true;
				}
			}
		}
		return false;
	}

	private void csv(String fileName, byte[] bytes) throws IOException {
		if (!fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
			this.warnings.add(fileName + ": not a .csv file of the import format, ignored");
			return;
		}
		String name = fileName.substring(0, fileName.length() - 4).toLowerCase(Locale.ROOT);
		if (!ImportFormat.BY_NAME.containsKey(name)) {
			this.warnings.add(fileName + ": not a file of the import format, ignored");
			return;
		}
		String text = decode(bytes);
		char delimiter = detectDelimiter(text);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(false)
			.get();
		List<String> headers = null;
		List<Table.Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				String[] cells = record.values();
				if (headers == null) {
					headers = new ArrayList<>();
					for (String cell : cells) {
						headers.add(cell.strip().toLowerCase(Locale.ROOT));
					}
					continue;
				}
				if (cells.length == 1 && cells[0].isBlank()) {
					continue;
				}
				// Empty lines are kept as records, so a record's number is its line.
				rows.add(new Table.Row((int) record.getRecordNumber(), cells));
			}
		}
		catch (java.io.UncheckedIOException | IllegalStateException ex) {
			this.errors.add(fileName + ":1: -: cannot be read as CSV: " + ex.getMessage());
			return;
		}
		add(new Table(name, fileName, (headers != null) ? headers : List.of(), rows));
	}

	private void add(Table table) {
		if (this.tables.containsKey(table.name())) {
			this.errors.add(table.label() + ":1: -: the file " + table.name() + " appears twice in the import");
			return;
		}
		this.tables.put(table.name(), table);
	}

	/** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1251. */
	static String decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, WINDOWS_1251);
		}
	}

	/** The delimiter that splits the header line into more cells: {@code ;} or {@code ,}. */
	static char detectDelimiter(String text) {
		int end = text.indexOf('\n');
		String header = (end >= 0) ? text.substring(0, end) : text;
		long semicolons = header.chars().filter((c) -> c == ';').count();
		long commas = header.chars().filter((c) -> c == ',').count();
		return (semicolons > commas) ? ';' : ',';
	}

	private void workbook(byte[] content) throws IOException {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = WorkbookFactory.create(in)) {
			for (Sheet sheet : workbook) {
				String name = sheet.getSheetName().strip().toLowerCase(Locale.ROOT);
				if (name.endsWith(".csv")) {
					name = name.substring(0, name.length() - 4);
				}
				if (!ImportFormat.BY_NAME.containsKey(name)) {
					this.warnings.add(sheet.getSheetName() + ": not a sheet of the import format, ignored");
					continue;
				}
				List<String> headers = null;
				List<Table.Row> rows = new ArrayList<>();
				for (org.apache.poi.ss.usermodel.Row row : sheet) {
					int width = (headers != null) ? headers.size() : Math.max(row.getLastCellNum(), 0);
					String[] cells = new String[width];
					boolean blank = true;
					for (int i = 0; i < width; i++) {
						cells[i] = cellText(row.getCell(i), formatter);
						blank &= cells[i].isBlank();
					}
					if (headers == null) {
						headers = new ArrayList<>();
						for (String cell : cells) {
							headers.add(cell.strip().toLowerCase(Locale.ROOT));
						}
						continue;
					}
					if (!blank) {
						rows.add(new Table.Row(row.getRowNum() + 1, cells));
					}
				}
				add(new Table(name, sheet.getSheetName(), (headers != null) ? headers : List.of(), rows));
			}
		}
	}

	/** A cell as the CSV would have it: dates as YYYY-MM-DD, whole numbers without ".0". */
	private static String cellText(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
				return date.toString();
			}
			double value = cell.getNumericCellValue();
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return Double.toString(value);
		}
		if (type == CellType.BOOLEAN) {
			return Boolean.toString(cell.getBooleanCellValue());
		}
		return formatter.formatCellValue(cell);
	}

}
