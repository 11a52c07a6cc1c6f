package ru.horizon.notebook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.horizontal.HorizontalLearningService;
import ru.horizon.horizontal.TieEdge;
import ru.horizon.organization.Organization;
import ru.horizon.organization.Scope;
import ru.horizon.system.DomainException;
import ru.horizon.system.DateBounds;
import ru.horizon.system.privacy.PrivacyFloor;
import ru.horizon.system.security.Access;
import ru.horizon.system.security.ReadAggregates;
import ru.horizon.teacher.TeacherAccess;
import ru.horizon.teacher.TeacherService;
import ru.horizon.teacher.TeacherService.TeacherAt;

/**
 * The learning-tie graph of a window as GEXF (Gephi) or GraphML (Gephi, yEd, NetworkX,
 * igraph), or as a CSV list of edges: teachers as nodes with their name and main
 * organization, ties as directed edges from the teaching to the learning teacher with
 * kind, tie count, weight and whether they cross organizations.
 * <p>
 * Names only for those who may see them: a VIEWER gets every teacher as a stable
 * pseudonym ({@link PrivacyFloor#pseudonym}) in place of id and name, a CURATOR the names
 * of the teachers whose main organization on the window's last day is their own and
 * pseudonyms for the others. Whatever the names hold, the XML is valid (characters XML
 * 1.0 does not allow are replaced by U+FFFD) and no CSV cell starts a formula in a
 * spreadsheet (a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR
 * gets a leading apostrophe).
 */
@Service
@Transactional(readOnly = true)
public class NetworkExport {

	/** The two formats. */
	public enum Format {

		GEXF, GRAPHML, CSV

	}

	private record Node(String id, String name, String organization, String organizationName, String kind) {
	}

	private final HorizontalLearningService horizontal;

	private final Neo4jClient neo4j;

	private final PrivacyFloor privacy;

	private final TeacherService teachers;

	private final TeacherAccess access;

	NetworkExport(HorizontalLearningService horizontal, Neo4jClient neo4j, PrivacyFloor privacy,
			TeacherService teachers, TeacherAccess access) {
		this.horizontal = horizontal;
		this.neo4j = neo4j;
		this.privacy = privacy;
		this.teachers = teachers;
		this.access = access;
	}

	@ReadAggregates
	public void write(Scope scope, LocalDate from, LocalDate to, Format format, OutputStream out) {
		DateBounds.check(from, to);
		Set<String> pseudonyms = new java.util.HashSet<>();
		List<TieEdge> edges = pseudonymised(ties(scope, from, to), to, pseudonyms);
		Set<String> ids = new LinkedHashSet<>();
		Map<String, String> organizationOf = new HashMap<>();
		for (TieEdge edge : edges) {
			ids.add(edge.source());
			ids.add(edge.target());
			organizationOf.putIfAbsent(edge.source(), edge.sourceOrganization());
			organizationOf.putIfAbsent(edge.target(), edge.targetOrganization());
		}
		Map<String, Node> nodes = read(ids, pseudonyms, organizationOf);
		if (format == Format.CSV) {
			csv(out, edges, nodes);
			return;
		}
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			if (format == Format.GEXF) {
				gexf(xml, from, to, ids, nodes, edges);
			}
			else {
				graphMl(xml, ids, nodes, edges);
			}
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the tie graph", ex);
		}
	}

	/**
	 * The tie graph: as the service gives it to the caller, or, for a caller who may see
	 * no teacher at all, the whole scope's, every teacher to be pseudonymised.
	 */
	private List<TieEdge> ties(Scope scope, LocalDate from, LocalDate to) {
		PrivacyFloor.Viewer viewer = this.privacy.viewer();
		if (viewer.seesEveryone() || viewer.ownOrganization() != null) {
			return this.horizontal.tieEdges(scope, from, to);
		}
		return Access.asSystemUnchecked(() -> this.horizontal.tieEdges(scope, from, to));
	}

	/**
	 * The edges with every teacher the caller may not name replaced by their pseudonym.
	 */
	private List<TieEdge> pseudonymised(List<TieEdge> edges, LocalDate day, Set<String> pseudonyms) {
		PrivacyFloor.Viewer viewer = this.privacy.viewer();
		if (viewer.seesEveryone()) {
			return edges;
		}
		// Whose names the caller may read on the window's last day: the one access rule.
		Predicate<String> mayName = this.access.names();
		Map<String, String> organizationAtDay = new HashMap<>();
		if (viewer.ownOrganization() != null) {
			Set<String> ids = new LinkedHashSet<>();
			edges.forEach((edge) -> {
				ids.add(edge.source());
				ids.add(edge.target());
			});
			this.teachers.mainOrganizations(ids.stream().map((id) -> new TeacherAt(id, day)).toList())
				.forEach((key, organization) -> organizationAtDay.put(key.teacherId(), organization.id()));
		}
		Map<String, String> names = new HashMap<>();
		java.util.function.Function<String, String> shown = (id) -> names.computeIfAbsent(id, (key) -> {
			if (mayName.test(organizationAtDay.get(key))) {
				return key;
			}
			String pseudonym = this.privacy.pseudonym(key);
			pseudonyms.add(pseudonym);
			return pseudonym;
		});
		return edges.stream()
			.map((edge) -> new TieEdge(shown.apply(edge.source()), shown.apply(edge.target()), edge.kind(),
					edge.sourceOrganization(), edge.targetOrganization(), edge.ties(), edge.weight(),
					edge.crossOrganization()))
			.toList();
	}

	/**
	 * Name and organization of each node; a pseudonymised teacher's name is their
	 * pseudonym.
	 */
	private Map<String, Node> read(Set<String> ids, Set<String> pseudonyms, Map<String, String> organizationOf) {
		Map<String, Node> nodes = new HashMap<>();
		this.neo4j
			.query("""
					UNWIND $ids AS id
					MATCH (t:Teacher {id: id})
					OPTIONAL MATCH (o:Organization {id: $organizationOf[id]})
					RETURN t.id AS id, t.fullName AS name, o.id AS organization, o.name AS organizationName, o.kind AS kind""")
			.bindAll(Map.of("ids", ids.stream().filter((id) -> !pseudonyms.contains(id)).toList(), "organizationOf",
					organizationOf))
			.fetch()
			.all()
			.forEach((row) -> nodes.put((String) row.get("id"),
					new Node((String) row.get("id"), (String) row.get("name"), (String) row.get("organization"),
							(String) row.get("organizationName"), (String) row.get("kind"))));
		// pseudonyms match no teacher: their organization comes from the tie, their name
		// is the pseudonym
		List<String> pseudonymised = ids.stream().filter(pseudonyms::contains).toList();
		if (!pseudonymised.isEmpty()) {
			Map<String, Map<String, Object>> organizations = new HashMap<>();
			this.neo4j.query("""
					UNWIND $ids AS id
					MATCH (o:Organization {id: id})
					RETURN o.id AS id, o.name AS name, o.kind AS kind""")
				.bind(pseudonymised.stream()
					.map(organizationOf::get)
					.filter(java.util.Objects::nonNull)
					.distinct()
					.toList())
				.to("ids")
				.fetch()
				.all()
				.forEach((row) -> organizations.put((String) row.get("id"), row));
			for (String id : pseudonymised) {
				Map<String, Object> organization = organizations.get(organizationOf.get(id));
				nodes.put(id,
						new Node(id, id, organizationOf.get(id),
								(organization != null) ? (String) organization.get("name") : null,
								(organization != null) ? (String) organization.get("kind") : null));
			}
		}
		return nodes;
	}

	private static void csv(OutputStream out, List<TieEdge> edges, Map<String, Node> nodes) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVPrinter printer = CSVFormat.DEFAULT.builder()
				.setHeader("source", "sourceName", "sourceOrganization", "target", "targetName", "targetOrganization",
						"kind", "ties", "weight", "crossOrganization")
				.get()
				.print(writer);
			for (TieEdge edge : edges) {
				Node source = nodes.get(edge.source());
				Node target = nodes.get(edge.target());
				printer.printRecord(cell(edge.source()), cell((source != null) ? source.name() : null),
						cell((source != null) ? source.organizationName() : null), cell(edge.target()),
						cell((target != null) ? target.name() : null),
						cell((target != null) ? target.organizationName() : null), cell(edge.kind()), edge.ties(),
						number(edge.weight()), edge.crossOrganization());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A text cell a spreadsheet shows as text: one that starts with {@code =}, {@code +},
	 * {@code -}, {@code @}, tab or CR (a formula to Excel, LibreOffice and Google Sheets)
	 * gets a leading apostrophe.
	 */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

	/**
	 * Text XML 1.0 can carry: characters it does not allow (control characters but tab,
	 * LF and CR; lone surrogates; U+FFFE and U+FFFF) replaced by U+FFFD.
	 */
	static String xmlSafe(String value) {
		if (value == null) {
			return null;
		}
		StringBuilder safe = null;
		int i = 0;
		while (i < value.length()) {
			int c = value.codePointAt(i);
			int length = Character.charCount(c);
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
			if (!allowed && safe == null) {
				safe = new StringBuilder(value.length()).append(value, 0, i);
			}
			if (safe != null) {
				if (allowed) {
					safe.appendCodePoint(c);
				}
				else {
					safe.append('\uFFFD');
				}
			}
			i += length;
		}
		return (safe != null) ? safe.toString() : value;
	}

	private static void gexf(XMLStreamWriter xml, LocalDate from, LocalDate to, Set<String> ids,
			Map<String, Node> nodes, List<TieEdge> edges) throws XMLStreamException {
		xml.writeStartElement("gexf");
		xml.writeDefaultNamespace("http://gexf.net/1.3");
		xml.writeAttribute("version", "1.3");
		xml.writeStartElement("meta");
		xml.writeStartElement("creator");
		xml.writeCharacters("Horizon");
		xml.writeEndElement();
		xml.writeStartElement("description");
		xml.writeCharacters("Learning ties from %s to %s".formatted(from, to));
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeStartElement("graph");
		xml.writeAttribute("defaultedgetype", "directed");
		attributes(xml, "node", List.of("organization", "organizationName", "kind"), "string");
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", "edge");
		attribute(xml, "kind", "kind", "string");
		attribute(xml, "ties", "ties", "integer");
		attribute(xml, "crossOrganization", "crossOrganization", "boolean");
		xml.writeEndElement();
		xml.writeStartElement("nodes");
		for (String id : ids) {
			Node node = nodes.getOrDefault(id, new Node(id, id, null, null, null));
			xml.writeStartElement("node");
			xml.writeAttribute("id", xmlSafe(id));
			xml.writeAttribute("label", xmlSafe((node.name() != null) ? node.name() : id));
			xml.writeStartElement("attvalues");
			value(xml, "organization", node.organization());
			value(xml, "organizationName", node.organizationName());
			value(xml, "kind", node.kind());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeStartElement("edges");
		int n = 0;
		for (TieEdge edge : edges) {
			xml.writeStartElement("edge");
			xml.writeAttribute("id", "e" + n++);
			xml.writeAttribute("source", xmlSafe(edge.source()));
			xml.writeAttribute("target", xmlSafe(edge.target()));
			xml.writeAttribute("weight", number(edge.weight()));
			xml.writeStartElement("attvalues");
			value(xml, "kind", edge.kind());
			value(xml, "ties", String.valueOf(edge.ties()));
			value(xml, "crossOrganization", String.valueOf(edge.crossOrganization()));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void graphMl(XMLStreamWriter xml, Set<String> ids, Map<String, Node> nodes, List<TieEdge> edges)
			throws XMLStreamException {
		xml.writeStartElement("graphml");
		xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
		key(xml, "name", "node", "string");
		key(xml, "organization", "node", "string");
		key(xml, "organizationName", "node", "string");
		key(xml, "kind", "node", "string");
		key(xml, "tieKind", "edge", "string");
		key(xml, "ties", "edge", "int");
		key(xml, "weight", "edge", "double");
		key(xml, "crossOrganization", "edge", "boolean");
		xml.writeStartElement("graph");
		xml.writeAttribute("id", "learning-ties");
		xml.writeAttribute("edgedefault", "directed");
		for (String id : ids) {
			Node node = nodes.getOrDefault(id, new Node(id, id, null, null, null));
			xml.writeStartElement("node");
			xml.writeAttribute("id", xmlSafe(id));
			data(xml, "name", node.name());
			data(xml, "organization", node.organization());
			data(xml, "organizationName", node.organizationName());
			data(xml, "kind", node.kind());
			xml.writeEndElement();
		}
		for (TieEdge edge : edges) {
			xml.writeStartElement("edge");
			xml.writeAttribute("source", xmlSafe(edge.source()));
			xml.writeAttribute("target", xmlSafe(edge.target()));
			data(xml, "tieKind", edge.kind());
			data(xml, "ties", String.valueOf(edge.ties()));
			data(xml, "weight", number(edge.weight()));
			data(xml, "crossOrganization", String.valueOf(edge.crossOrganization()));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void attributes(XMLStreamWriter xml, String kind, List<String> names, String type)
			throws XMLStreamException {
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", kind);
		for (String name : names) {
			attribute(xml, name, name, type);
		}
		xml.writeEndElement();
	}

	private static void attribute(XMLStreamWriter xml, String id, String title, String type) throws XMLStreamException {
		xml.writeEmptyElement("attribute");
		xml.writeAttribute("id", id);
		xml.writeAttribute("title", title);
		xml.writeAttribute("type", type);
	}

	private static void value(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		if (value != null) {
			xml.writeEmptyElement("attvalue");
			xml.writeAttribute("for", key);
			xml.writeAttribute("value", xmlSafe(value));
		}
	}

	private static void key(XMLStreamWriter xml, String name, String scope, String type) throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", name);
		xml.writeAttribute("for", scope);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		if (value != null) {
			xml.writeStartElement("data");
			xml.writeAttribute("key", key);
			xml.writeCharacters(xmlSafe(value));
			xml.writeEndElement();
		}
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%s", value);
	}

}
