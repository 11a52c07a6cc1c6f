package ru.horizon.notebook;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;

import ru.horizon.HorizonTest;
import ru.horizon.TestClients;
import ru.horizon.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports on the notebooks' hand-worked city (graphs/notebooks.cypher). */
@HorizonTest
class ExportsTests {

	@Autowired
	TestClients clients;

	@BeforeAll
	static void graph(@Autowired Driver driver) {
		TestGraph.load(driver, "notebooks");
	}

	private byte[] get(String user, String uri) {
		return this.clients.rest(user).get().uri(uri).retrieve().body(byte[].class);
	}

	private static Document xml(byte[] bytes) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	@Test
	void tieGraphAsGexfForGephi() throws Exception {
		Document gexf = xml(get("analyst", "/api/export/ties.gexf?from=2023-09-01&to=2024-08-31"));
		// Six tie instances between six pairs of teachers: pb, pk, three from ev1, one
		// from ev3.
		NodeList edges = gexf.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
		assertThat(edges.getLength()).isEqualTo(6);
		double weight = 0;
		for (int i = 0; i < edges.getLength(); i++) {
			weight += Double.parseDouble(((Element) edges.item(i)).getAttribute("weight"));
		}
		assertThat(weight).isEqualTo(10.0);
		NodeList nodes = gexf.getElementsByTagNameNS("http://gexf.net/1.3", "node");
		assertThat(nodes.getLength()).as("a1 b2 k1t k2 b1 a3").isEqualTo(6);
		boolean named = false;
		for (int i = 0; i < nodes.getLength(); i++) {
			named |= ((Element) nodes.item(i)).getAttribute("label").equals("Учитель b1");
		}
		assertThat(named).isTrue();
	}

	@Test
	void tieGraphAsGraphMl() throws Exception {
		Document graphMl = xml(
				get("coordinator", "/api/export/ties.graphml?from=2023-09-01&to=2024-08-31&districtId=d2"));
		// In district d2 (k1, u1): pk k1t->k2 and ev1 b1->k2.
		assertThat(graphMl.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge").getLength())
			.isEqualTo(2);
	}

	@Test
	void viewersGetTheTieGraphWithoutNames() throws Exception {
		// pseudonyms instead of names (system/PrivacyFloorTests)
		Document gexf = xml(get("viewer", "/api/export/ties.gexf?from=2023-09-01&to=2024-08-31"));
		assertThat(gexf.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength()).isEqualTo(6);
		NodeList nodes = gexf.getElementsByTagNameNS("http://gexf.net/1.3", "node");
		for (int i = 0; i < nodes.getLength(); i++) {
			assertThat(((Element) nodes.item(i)).getAttribute("label")).startsWith("anon-");
		}
	}

	@Test
	void indicatorTablesAsCsvAndXlsx() throws Exception {
		String csv = new String(get("coordinator", "/api/export/coverage.csv?asOf=2024-10-01"), StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFFРаздел;Код;Название;Новые педагоги: всего");
		// The whole city: 2 new teachers, 1 mentored; 5 young, 2 mentored; as Russian
		// Excel reads it.
		assertThat(lines.get(1)).isEqualTo("итого;;Все организации на 2024-10-01;2;1;50,0%;нет;5;2;40,0%;нет");
		assertThat(lines).contains("организация;s2;МБОУ «СОШ №2»;1;0;0,0%;нет;2;1;50,0%;нет");
		String machine = new String(get("coordinator", "/api/export/coverage.csv?asOf=2024-10-01&format=machine"),
				StandardCharsets.UTF_8);
		assertThat(machine.lines().toList().get(1))
			.startsWith("итого,,Все организации на 2024-10-01,2,1,0.5,false,5,2,0.4,false");
		assertThat(machine).contains("организация,s2,МБОУ «СОШ №2»,1,0,0.0,false,2,1,0.5,false");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(get("coordinator", "/api/export/coverage.xlsx?asOf=2024-10-01")))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
			var byOrganization = workbook.getSheet("По организациям");
			assertThat(byOrganization.getPhysicalNumberOfRows()).isEqualTo(5);
			assertThat(workbook.getSheet("Итого").getRow(1).getCell(8).getNumericCellValue()).isEqualTo(2.0);
		}
		String english = this.clients.rest("analyst")
			.get()
			.uri("/api/export/coverage.csv?asOf=2024-10-01")
			.header("Accept-Language", "en")
			.retrieve()
			.body(String.class);
		assertThat(english).contains("Section;Key;Name").contains("All organizations on 2024-10-01;2;1;50,0%;no");
	}

}
