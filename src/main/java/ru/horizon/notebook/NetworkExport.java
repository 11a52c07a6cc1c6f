package ru.horizon.notebook;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.horizon.horizontal.HorizontalLearningService;
import ru.horizon.horizontal.TieEdge;
import ru.horizon.organization.Scope;
import ru.horizon.system.security.ReadTeachers;

/**
 * The learning-tie graph of a window as GEXF (Gephi) or GraphML (Gephi, yEd, NetworkX,
 * igraph): teachers as nodes with their name and main organization, ties as directed edges
 * from the teaching to the learning teacher with kind, tie count, weight and whether they
 * cross organizations.
 */
@Service
@Transactional(readOnly = true)
public class NetworkExport {

	/** The two formats. */
	public enum Format {

		GEXF, GRAPHML

	}

	private record Node(String id, String name, String organization, String organizationName, String kind) {
	}

	private final HorizontalLearningService horizontal;

	private final Neo4jClient neo4j;

	NetworkExport(HorizontalLearningService horizontal, Neo4jClient neo4j) {
		this.horizontal = horizontal;
		this.neo4j = neo4j;
	}

	@ReadTeachers
	public void write(Scope scope, LocalDate from, LocalDate to, Format format, OutputStream out) {
		List<TieEdge> edges = this.horizontal.tieEdges(scope, from, to);
		Set<String> ids = new LinkedHashSet<>();
		Map<String, String> organizationOf = new HashMap<>();
		for (TieEdge edge : edges) {
			ids.add(edge.source());
			ids.add(edge.target());
			organizationOf.putIfAbsent(edge.source(), edge.sourceOrganization());
			organizationOf.putIfAbsent(edge.target(), edge.targetOrganization());
		}
		Map<String, Node> nodes = new HashMap<>();
		this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (t:Teacher {id: id})
				OPTIONAL MATCH (o:Organization {id: $organizationOf[id]})
				RETURN t.id AS id, t.fullName AS name, o.id AS organization, o.name AS organizationName, o.kind AS kind""")
			.bindAll(Map.of("ids", List.copyOf(ids), "organizationOf", organizationOf))
			.fetch()
			.all()
			.forEach((row) -> nodes.put((String) row.get("id"), new Node((String) row.get("id"),
					(String) row.get("name"), (String) row.get("organization"), (String) row.get("organizationName"),
					(String) row.get("kind"))));
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
			xml.writeAttribute("id", id);
			xml.writeAttribute("label", (node.name() != null) ? node.name() : id);
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
			xml.writeAttribute("source", edge.source());
			xml.writeAttribute("target", edge.target());
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
			xml.writeAttribute("id", id);
			data(xml, "name", node.name());
			data(xml, "organization", node.organization());
			data(xml, "organizationName", node.organizationName());
			data(xml, "kind", node.kind());
			xml.writeEndElement();
		}
		for (TieEdge edge : edges) {
			xml.writeStartElement("edge");
			xml.writeAttribute("source", edge.source());
			xml.writeAttribute("target", edge.target());
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

	private static void attribute(XMLStreamWriter xml, String id, String title, String type)
			throws XMLStreamException {
		xml.writeEmptyElement("attribute");
		xml.writeAttribute("id", id);
		xml.writeAttribute("title", title);
		xml.writeAttribute("type", type);
	}

	private static void value(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		if (value != null) {
			xml.writeEmptyElement("attvalue");
			xml.writeAttribute("for", key);
			xml.writeAttribute("value", value);
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
			xml.writeCharacters(value);
			xml.writeEndElement();
		}
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%s", value);
	}

}
