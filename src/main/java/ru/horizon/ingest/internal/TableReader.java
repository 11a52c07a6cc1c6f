package ru.horizon.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the files of an import: a folder of CSV files, a zip of them, or an XLSX
 * workbook.
 * <ul>
 * <li>Encoding of every CSV file: UTF-8 (a BOM is dropped); a file that is not UTF-8 at
 * all is Windows-1251; a file that is UTF-8 except some lines (two exports pasted
 * together) is read line by line, each line that is not UTF-8 as Windows-1251, with a
 * warning naming {@code file:line}. A file is never re-decoded whole because one line is
 * not UTF-8.</li>
 * <li>Delimiter {@code ,} or {@code ;}: the one that splits the header row into the
 * file's required columns.</li>
 * <li>The header row is the first row (of the first 20) holding every required column of
 * the file: title rows above it are skipped with a warning. Blank rows (also rows of
 * invisible characters only) and a repeated header row are skipped.</li>
 * <li>A workbook is read as a stream (SAX), never whole: a formula cell gives the value
 * Excel saved (text, number, date, boolean); a formula without a saved value, or a cell
 * holding an error ({@code #REF!}), is an error naming the cell. Date cells give
 * YYYY-MM-DD, numbers their exact value (never the displayed, rounded or grouped
 * text).</li>
 * </ul>
 * Every input is bounded ({@link Limits}): an archive's entries, its uncompressed bytes
 * and compression ratio, a workbook's sheets, and the rows and cells read; a bound
 * crossed is {@link InputRefused} at once, before more is read. Files the format does not
 * know are skipped with a warning.
 */
public final class TableReader {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	/** Rows looked at for the header row. */
	private static final int HEADER_SEARCH_ROWS = 20;

	/** An entry this small is not checked for its compression ratio. */
	private static final long RATIO_CHECK_FROM_BYTES = 1 << 20;

	/**
	 * The bounds of one import's input.
	 *
	 * @param maxEntries entries of a zip (a workbook's parts included)
	 * @param maxUncompressedBytes bytes of all files once uncompressed (a plain CSV file
	 * too)
	 * @param maxRatio the largest uncompressed/compressed ratio of an entry over 1 MiB
	 * @param maxSheets sheets of a workbook
	 * @param maxRows rows of all files and sheets
	 * @param maxCells cells of all files and sheets
	 */
	public record Limits(int maxEntries, long maxUncompressedBytes, int maxRatio, int maxSheets, long maxRows,
			long maxCells) {

		/** Generous bounds for tests and tools. */
		public static final Limits DEFAULT = new Limits(200, 1L << 30, 100, 50, 5_000_000, 50_000_000);

		/**
		 * These bounds with other numbers of rows and cells, and bytes bounded by the
		 * cells (at most 64 bytes a cell, at least this bound's bytes).
		 */
		public Limits withRows(long rows, long cells) {
			return new Limits(this.maxEntries, Math.max(this.maxUncompressedBytes, cells * 64), this.maxRatio,
					this.maxSheets, rows, cells);
		}

	}

	private final Limits limits;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final List<String> warnings = new ArrayList<>();

	private final List<String> errors = new ArrayList<>();

	private long uncompressed;

	private long rowsRead;

	private long cellsRead;

	/**
	 * One instance of each distinct short cell text of the import: ids, dates and roles
	 * repeat millions of times in a region's or a nation's files.
	 */
	private final Map<String, String> distinctCells = new java.util.HashMap<>();

	public TableReader() {
		this(Limits.DEFAULT);
	}

	public TableReader(Limits limits) {
		this.limits = limits;
	}

	/** The tables read, by format name. */
	public Map<String, Table> tables() {
		return this.tables;
	}

	/** Files skipped, lines re-decoded, rows skipped, and similar remarks. */
	public List<String> warnings() {
		return this.warnings;
	}

	/**
	 * Files that could not be read, and cells that hold no value (formula without saved
	 * value, #REF!).
	 */
	public List<String> errors() {
		return this.errors;
	}

	/**
	 * Reads a folder of CSV files, a zip of them, a workbook or a CSV file, by what
	 * {@code path} is.
	 */
	public TableReader read(Path path) throws IOException {
		if (Files.isDirectory(path)) {
			try (Stream<Path> files = Files.list(path)) {
				for (Path file : files.sorted().toList()) {
					if (Files.isRegularFile(file)) {
						String name = file.getFileName().toString();
						if (isCsvName(name)) {
							csv(name, readBounded(file));
						}
						else if (!name.startsWith(".")) {
							this.warnings.add(name + ": not a .csv file of the import format, ignored");
						}
					}
				}
			}
			return this;
		}
		return read(path.getFileName().toString(), path);
	}

	/**
	 * Reads an upload held in {@code file}: an XLSX workbook or a zip of CSV files (both
	 * are zip archives: a workbook holds {@code [Content_Types].xml}), or a single CSV
	 * file named {@code name}.
	 */
	public TableReader read(String name, Path file) throws IOException {
		if (!isZip(file)) {
			csv(name, readBounded(file));
			return this;
		}
		boolean workbook;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > this.limits.maxEntries()) {
				throw new InputRefused("the archive holds " + zip.size() + " entries, more than "
						+ this.limits.maxEntries() + " allowed");
			}
			workbook = zip.getEntry("[Content_Types].xml") != null;
			if (!workbook) {
				csvEntries(zip);
			}
		}
		catch (ZipException ex) {
			throw new InputRefused("not a readable zip archive: " + ex.getMessage(), ex);
		}
		if (workbook) {
			workbook(file);
		}
		return this;
	}

	/** Reads an upload held in memory (tests, tools): see {@link #read(String, Path)}. */
	public TableReader read(String name, byte[] content) throws IOException {
		Path file = Files.createTempFile("horizon-import-", ".upload");
		try {
			Files.write(file, content);
			return read(name, file);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
		}
	}

	private static boolean isCsvName(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".csv");
	}

	private byte[] readBounded(Path file) throws IOException {
		long size = Files.size(file);
		countUncompressed(size, file.getFileName().toString());
		return Files.readAllBytes(file);
	}

	private void countUncompressed(long bytes, String what) throws InputRefused {
		this.uncompressed += bytes;
		if (this.uncompressed > this.limits.maxUncompressedBytes()) {
			throw new InputRefused("the files hold more than " + this.limits.maxUncompressedBytes()
					+ " bytes once uncompressed (at " + what + ")");
		}
	}

	private void csvEntries(ZipFile zip) throws IOException {
		List<? extends ZipEntry> entries = zip.stream()
			.sorted(java.util.Comparator.comparing(ZipEntry::getName))
			.toList();
		for (ZipEntry entry : entries) {
			if (entry.isDirectory()) {
				continue;
			}
			String entryName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
			if (entryName.startsWith(".") || entry.getName().startsWith("__MACOSX")) {
				continue;
			}
			if (!isCsvName(entryName)) {
				this.warnings.add(entryName + ": not a .csv file of the import format, ignored");
				continue;
			}
			try (InputStream in = zip.getInputStream(entry)) {
				csv(entryName, readEntry(in, entry));
			}
		}
	}

	/**
	 * The bytes of an entry, refused as soon as they cross a bound (not from the size the
	 * entry declares).
	 */
	private byte[] readEntry(InputStream in, ZipEntry entry) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long compressed = Math.max(entry.getCompressedSize(), 1);
		long read = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			read += n;
			countUncompressed(n, entry.getName());
			if (read > RATIO_CHECK_FROM_BYTES && read / compressed > this.limits.maxRatio()) {
				throw new InputRefused("the archive entry " + entry.getName() + " expands more than "
						+ this.limits.maxRatio() + " times (a zip bomb?)");
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private String[] distinct(List<String> cells) {
		String[] result = new String[cells.size()];
		for (int i = 0; i < result.length; i++) {
			String cell = cells.get(i);
			result[i] = (cell.length() <= 40) ? this.distinctCells.computeIfAbsent(cell, (c) -> c) : cell;
		}
		return result;
	}

	/** A row as read, before the header is known: its line and its cells. */
	private record RawRow(int line, List<String> cells) {
	}

	/** A cell that holds no usable value, found while reading a workbook. */
	private record CellProblem(int line, int column, String reference, String message) {
	}

	private void csv(String fileName, byte[] bytes) throws IOException {
		String name = fileName.substring(0, fileName.length() - 4).toLowerCase(Locale.ROOT);
		if (!ImportFormat.BY_NAME.containsKey(name)) {
			this.warnings.add(fileName + ": not a file of the import format, ignored");
			return;
		}
		String text = decode(bytes, fileName, this.warnings);
		char delimiter = detectDelimiter(text, ImportFormat.BY_NAME.get(name));
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(false)
			.get();
		List<RawRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				String[] cells = record.values();
				countRow(cells.length, fileName);
				// Empty lines are kept as records, so a record's number is its line.
				rows.add(new RawRow((int) record.getRecordNumber(), List.of(cells)));
			}
		}
		catch (java.io.UncheckedIOException | IllegalStateException ex) {
			this.errors.add(fileName + ":1: -: cannot be read as CSV: " + ex.getMessage());
			return;
		}
		table(name, fileName, rows, List.of());
	}

	private void countRow(long cells, String what) throws InputRefused {
		this.rowsRead++;
		this.cellsRead += cells;
		if (this.rowsRead > this.limits.maxRows()) {
			throw new InputRefused("the import holds more than " + this.limits.maxRows() + " rows (at " + what + ")");
		}
		if (this.cellsRead > this.limits.maxCells()) {
			throw new InputRefused("the import holds more than " + this.limits.maxCells() + " cells (at " + what + ")");
		}
	}

	/**
	 * Turns the rows of one file or sheet into a table: finds the header row, skips blank
	 * rows and repeated headers, names the problem cells by their column.
	 */
	private void table(String name, String label, List<RawRow> raw, List<CellProblem> problems) {
		ImportFormat.FileSpec spec = ImportFormat.BY_NAME.get(name);
		List<String> required = spec.columns()
			.stream()
			.filter(ImportFormat.Column::required)
			.map(ImportFormat.Column::name)
			.toList();
		int header = -1;
		for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, raw.size()); i++) {
			if (headers(raw.get(i)).containsAll(required)) {
				header = i;
				break;
			}
		}
		if (header < 0) {
			for (int i = 0; i < raw.size() && header < 0; i++) {
				if (!isBlank(raw.get(i))) {
					header = i;
				}
			}
		}
		if (header < 0) {
			add(new Table(name, label, List.of(), List.of()));
			return;
		}
		List<String> skipped = new ArrayList<>();
		for (int i = 0; i < header; i++) {
			if (!isBlank(raw.get(i))) {
				skipped.add(String.join(" ",
						raw.get(i).cells().stream().map(Cells::trimEdges).filter((c) -> !c.isEmpty()).toList()));
			}
		}
		RawRow headerRow = raw.get(header);
		if (!skipped.isEmpty()) {
			this.warnings.add(label + ":" + headerRow.line() + ": -: the header row is line " + headerRow.line() + "; "
					+ skipped.size() + " row(s) above it skipped (\u00ab" + abbreviate(String.join(" / ", skipped))
					+ "\u00bb)");
		}
		List<String> headers = headers(headerRow);
		Map<Integer, CellProblem> byLine = new LinkedHashMap<>();
		List<Table.Row> rows = new ArrayList<>();
		Set<Integer> dataLines = new HashSet<>();
		boolean unnamedReported = false;
		for (int i = header + 1; i < raw.size(); i++) {
			RawRow row = raw.get(i);
			if (isBlank(row)) {
				continue;
			}
			if (headers(row).equals(headers)) {
				this.warnings.add(
						label + ":" + row.line() + ": -: repeats the header row (two files pasted together?), skipped");
				continue;
			}
			if (!unnamedReported) {
				for (int c = 0; c < row.cells().size(); c++) {
					if ((c >= headers.size() || headers.get(c).isEmpty()) && !Cells.isEmpty(row.cells().get(c))) {
						this.warnings.add(label + ":" + row.line() + ": -: column "
								+ CellReference.convertNumToColString(c) + " has values but no header; ignored");
						unnamedReported = true;
						break;
					}
				}
			}
			dataLines.add(row.line());
			rows.add(new Table.Row(row.line(), distinct(row.cells())));
		}
		for (CellProblem problem : problems) {
			if (problem.line() == headerRow.line() || dataLines.contains(problem.line())) {
				String column = (problem.column() < headers.size() && !headers.get(problem.column()).isEmpty())
						? headers.get(problem.column()) : "-";
				this.errors.add(label + ":" + problem.line() + ": " + column + ": cell " + problem.reference() + ": "
						+ problem.message());
			}
		}
		add(new Table(name, label, headers, rows));
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 79) + "\u2026" : text;
	}

	private static List<String> headers(RawRow row) {
		List<String> headers = new ArrayList<>(row.cells().size());
		for (String cell : row.cells()) {
			headers.add(Cells.header(cell));
		}
		// Blank trailing columns are not columns.
		while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
			headers.remove(headers.size() - 1);
		}
		return headers;
	}

	private static boolean isBlank(RawRow row) {
		for (String cell : row.cells()) {
			if (!Cells.isEmpty(cell)) {
				return false;
			}
		}
		return true;
	}

	private void add(Table table) {
		if (this.tables.containsKey(table.name())) {
			this.errors.add(table.label() + ":1: -: the file " + table.name() + " appears twice in the import");
			return;
		}
		this.tables.put(table.name(), table);
	}

	/** {@link #decode(byte[], String, List)} without warnings. */
	static String decode(byte[] bytes) {
		return decode(bytes, "file", new ArrayList<>());
	}

	/**
	 * UTF-8 (a BOM is dropped) when the bytes are valid UTF-8; Windows-1251 when no line
	 * is; otherwise line by line, each line that is not UTF-8 read as Windows-1251 with a
	 * warning naming it.
	 */
	static String decode(byte[] bytes, String fileName, List<String> warnings) {
		int offset = 0;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			offset = 3;
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return utf8.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		}
		catch (CharacterCodingException ex) {
			// Not UTF-8 as a whole: look line by line.
		}
		List<int[]> lines = new ArrayList<>();
		int start = offset;
		for (int i = offset; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				lines.add(new int[] { start, i + 1 });
				start = i + 1;
			}
		}
		if (start < bytes.length) {
			lines.add(new int[] { start, bytes.length });
		}
		boolean[] utf = new boolean[lines.size()];
		boolean anyUtf8 = false;
		for (int l = 0; l < lines.size(); l++) {
			int[] line = lines.get(l);
			boolean ascii = true;
			for (int i = line[0]; i < line[1] && ascii; i++) {
				ascii = bytes[i] >= 0;
			}
			utf[l] = isUtf8(utf8, bytes, line[0], line[1]);
			anyUtf8 |= utf[l] && !ascii;
		}
		if (!anyUtf8) {
			return new String(bytes, offset, bytes.length - offset, WINDOWS_1251);
		}
		StringBuilder text = new StringBuilder(bytes.length);
		for (int l = 0; l < lines.size(); l++) {
			int[] line = lines.get(l);
			if (utf[l]) {
				text.append(new String(bytes, line[0], line[1] - line[0], StandardCharsets.UTF_8));
			}
			else {
				String decoded = new String(bytes, line[0], line[1] - line[0], WINDOWS_1251);
				text.append(decoded);
				warnings.add(fileName + ":" + (l + 1) + ": -: the line is not UTF-8 like the rest of the file; read as "
						+ "Windows-1251 (\u00ab" + abbreviate(decoded.strip())
						+ "\u00bb): check it, or save the file as UTF-8");
			}
		}
		return text.toString();
	}

	private static boolean isUtf8(CharsetDecoder decoder, byte[] bytes, int from, int to) {
		try {
			decoder.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/**
	 * {@code ;} or {@code ,}: the one that splits a row of the first 20 into the required
	 * columns, else the one the first line holds more of.
	 */
	static char detectDelimiter(String text, ImportFormat.FileSpec spec) {
		List<String> required = spec.columns()
			.stream()
			.filter(ImportFormat.Column::required)
			.map(ImportFormat.Column::name)
			.toList();
		List<String> lines = text.lines().limit(HEADER_SEARCH_ROWS).toList();
		for (String line : lines) {
			for (char delimiter : new char[] { ';', ',' }) {
				List<String> cells = new ArrayList<>();
				for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
					cells.add(Cells.header(cell.replace("\"", "")));
				}
				if (cells.containsAll(required)) {
					return delimiter;
				}
			}
		}
		return detectDelimiter(text);
	}

	/**
	 * The delimiter that splits the header line into more cells: {@code ;} or {@code ,}.
	 */
	static char detectDelimiter(String text) {
		int end = text.indexOf('\n');
		String header = (end >= 0) ? text.substring(0, end) : text;
		long semicolons = header.chars().filter((c) -> c == ';').count();
		long commas = header.chars().filter((c) -> c == ',').count();
		return (semicolons > commas) ? ';' : ',';
	}

	private void workbook(Path file) throws IOException {
		// POI's own guard against zip bombs, at the same bounds as a zip of CSV files.
		ZipSecureFile.setMinInflateRatio(1.0 / this.limits.maxRatio());
		ZipSecureFile.setMaxEntrySize(Math.min(this.limits.maxUncompressedBytes(), 0xFFFFFFFFL));
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			int sheetCount = 0;
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					if (++sheetCount > this.limits.maxSheets()) {
						throw new InputRefused("the workbook holds more than " + this.limits.maxSheets() + " sheets");
					}
					String sheetName = sheets.getSheetName();
					String name = sheetName.strip().toLowerCase(Locale.ROOT);
					if (name.endsWith(".csv")) {
						name = name.substring(0, name.length() - 4);
					}
					if (!ImportFormat.BY_NAME.containsKey(name)) {
						this.warnings.add(sheetName + ": not a sheet of the import format, ignored");
						continue;
					}
					SheetHandler handler = new SheetHandler(sheetName, strings, styles);
					XMLReader parser = SAXHelper.newXMLReader();
					parser.setContentHandler(handler);
					parser.parse(new InputSource(sheet));
					table(name, sheetName, handler.rows, handler.problems);
				}
			}
		}
		catch (InputRefused ex) {
			throw ex;
		}
		catch (SAXException ex) {
			if (ex.getCause() instanceof InputRefused refused) {
				throw refused;
			}
			throw new InputRefused("the workbook's XML cannot be read: " + ex.getMessage(), ex);
		}
		catch (OpenXML4JException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException
				| javax.xml.parsers.ParserConfigurationException | IllegalStateException ex) {
			throw new InputRefused("not a readable .xlsx workbook: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new InputRefused("the workbook cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** One sheet as rows of cell texts, streamed: nothing but the rows read is kept. */
	private final class SheetHandler extends DefaultHandler {

		final List<RawRow> rows = new ArrayList<>();

		final List<CellProblem> problems = new ArrayList<>();

		private final String sheet;

		private final ReadOnlySharedStringsTable strings;

		private final StylesTable styles;

		private List<String> cells;

		private int rowNumber;

		private int column;

		private String reference;

		private String type;

		private String style;

		private boolean formula;

		private boolean hasValue;

		private boolean inValue;

		private boolean inInline;

		private boolean inText;

		private final StringBuilder value = new StringBuilder();

		private final StringBuilder formulaText = new StringBuilder();

		private boolean inFormula;

		SheetHandler(String sheet, ReadOnlySharedStringsTable strings, StylesTable styles) {
			this.sheet = sheet;
			this.strings = strings;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					this.rowNumber = (r != null) ? Integer.parseInt(r) : this.rowNumber + 1;
					this.cells = new ArrayList<>();
					this.column = -1;
				}
				case "c" -> {
					this.reference = attributes.getValue("r");
					this.column = (this.reference != null) ? new CellReference(this.reference).getCol()
							: this.column + 1;
					if (this.reference == null) {
						this.reference = CellReference.convertNumToColString(this.column) + this.rowNumber;
					}
					this.type = attributes.getValue("t");
					this.style = attributes.getValue("s");
					this.formula = false;
					this.hasValue = false;
					this.value.setLength(0);
					this.formulaText.setLength(0);
				}
				case "f" -> {
					this.formula = true;
					this.inFormula = true;
				}
				case "v" -> {
					this.inValue = true;
					this.hasValue = true;
				}
				case "is" -> this.inInline = true;
				case "t" -> this.inText = this.inInline;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.inValue || this.inText) {
				this.value.append(ch, start, length);
			}
			else if (this.inFormula) {
				this.formulaText.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
				case "v" -> this.inValue = false;
				case "f" -> this.inFormula = false;
				case "t" -> this.inText = false;
				case "is" -> {
					this.inInline = false;
					this.hasValue = true;
				}
				case "c" -> cell();
				case "row" -> {
					try {
						countRow(this.cells.size(), this.sheet);
					}
					catch (InputRefused ex) {
						throw new SAXException(ex.getMessage(), ex);
					}
					this.rows.add(new RawRow(this.rowNumber, this.cells));
				}
				default -> {
				}
			}
		}

		private void cell() {
			String text = text();
			if (text == null) {
				text = "";
			}
			while (this.cells.size() < this.column) {
				this.cells.add("");
			}
			this.cells.add(text);
		}

		/**
		 * The cell's value as the CSV would have it, or null (with a problem) when it has
		 * none.
		 */
		private String text() {
			String raw = this.value.toString();
			if (this.formula && !this.hasValue) {
				problem("the formula =" + this.formulaText + " has no saved value (open the file in Excel and save it"
						+ " again, or type the value)");
				return null;
			}
			if (!this.hasValue) {
				return "";
			}
			String t = (this.type != null) ? this.type : "n";
			switch (t) {
				case "s":
					try {
						return this.strings.getItemAt(Integer.parseInt(raw.strip())).getString();
					}
					catch (RuntimeException ex) {
						problem("refers to shared string " + raw + " that the workbook does not hold");
						return null;
					}
				case "inlineStr", "str":
					return raw;
				case "b":
					return "1".equals(raw.strip()) ? "true" : "false";
				case "e":
					problem("holds the error " + raw + ((this.formula) ? " (formula =" + this.formulaText + ")" : ""));
					return null;
				case "d":
					return (raw.length() >= 10) ? raw.substring(0, 10) : raw;
				default:
					if (raw.isBlank()) {
						return "";
					}
					try {
						double number = Double.parseDouble(raw.strip());
						if (isDateStyle()) {
							return DateUtil.getLocalDateTime(number).toLocalDate().toString();
						}
						return number(number);
					}
					catch (NumberFormatException ex) {
						problem("holds '" + raw + "', not a number");
						return null;
					}
			}
		}

		private boolean isDateStyle() {
			if (this.style == null || this.styles == null) {
				return false;
			}
			try {
				XSSFCellStyle cellStyle = this.styles.getStyleAt(Integer.parseInt(this.style));
				return cellStyle != null
						&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

		private void problem(String message) {
			TableReader.CellProblem problem = new CellProblem(this.rowNumber, this.column, this.reference, message);
			this.problems.add(problem);
		}

	}

	/** A number as typed: whole numbers without ".0", never an exponent. */
	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
