package ru.horizon.notebook;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.horizon.organization.OrganizationKind;
import ru.horizon.organization.Scope;
import ru.horizon.system.DateBounds;
import ru.horizon.system.DomainException;

/**
 * Files for analysts and officials: the learning-tie graph for Gephi
 * ({@code /api/export/ties.gexf}, {@code /api/export/ties.graphml}) and the indicator
 * tables ({@code /api/export/coverage.csv}, {@code /api/export/coverage.xlsx}). Scope
 * parameters as in GraphQL: {@code regionId}, {@code municipalityId}, {@code districtId},
 * {@code organizationId}, {@code organizationKind}. {@code coverage.csv} is for people in
 * Russian Excel ({@code ;}, decimal commas, percentages, «да»/«нет»); with
 * {@code ?format=machine} it keeps the form for programs ({@code ,}, decimal points,
 * shares as fractions, true/false).
 */
@RestController
class ExportController {

	private final NetworkExport network;

	private final IndicatorExport indicators;

	private final Clock clock;

	ExportController(NetworkExport network, IndicatorExport indicators, Clock clock) {
		this.network = network;
		this.indicators = indicators;
		this.clock = clock;
	}

	@GetMapping({ "/api/export/ties.gexf", "/api/export/ties.graphml", "/api/export/ties.csv" })
	void ties(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		boolean gexf = request.getRequestURI().endsWith(".gexf");
		Scope scope = scope(request);
		if (request.getRequestURI().endsWith(".csv")) {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader("Content-Disposition", "attachment; filename=\"ties-%s-%s.csv\"".formatted(from, to));
			this.network.write(scope, from, to, NetworkExport.Format.CSV, response.getOutputStream());
			return;
		}
		response.setContentType(gexf ? "application/gexf+xml;charset=UTF-8" : "application/graphml+xml;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"ties-%s-%s.%s\"".formatted(from, to, gexf ? "gexf" : "graphml"));
		this.network.write(scope, from, to, gexf ? NetworkExport.Format.GEXF : NetworkExport.Format.GRAPHML,
				response.getOutputStream());
	}

	@GetMapping({ "/api/export/coverage.csv", "/api/export/coverage.xlsx" })
	void coverage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String format, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		IndicatorExport.CsvForm form = IndicatorExport.CsvForm.PEOPLE;
		if (format != null) {
			form = switch (format.toLowerCase(Locale.ROOT)) {
				case "machine" -> IndicatorExport.CsvForm.MACHINE;
				case "people", "excel" -> IndicatorExport.CsvForm.PEOPLE;
				default -> throw DomainException.badRequest("Unknown format '" + format + "' (people or machine)");
			};
		}
		DateBounds.check(asOf);
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock);
		Locale language = (request.getHeader("Accept-Language") != null) ? locale : Locale.forLanguageTag("ru");
		Scope scope = scope(request);
		boolean csv = request.getRequestURI().endsWith(".csv");
		response.setContentType(
				csv ? "text/csv;charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"coverage-%s.%s\"".formatted(day, csv ? "csv" : "xlsx"));
		if (csv) {
			this.indicators.csv(scope, day, language, form, response.getOutputStream());
		}
		else {
			this.indicators.xlsx(scope, day, language, response.getOutputStream());
		}
	}

	private static Scope scope(HttpServletRequest request) {
		String kind = request.getParameter("organizationKind");
		OrganizationKind organizationKind = null;
		if (kind != null) {
			try {
				organizationKind = OrganizationKind.valueOf(kind);
			}
			catch (IllegalArgumentException ex) {
				throw DomainException.badRequest("Unknown organizationKind '" + kind + "'");
			}
		}
		return new Scope(request.getParameter("regionId"), request.getParameter("municipalityId"),
				request.getParameter("districtId"), request.getParameter("organizationId"), organizationKind);
	}

}
