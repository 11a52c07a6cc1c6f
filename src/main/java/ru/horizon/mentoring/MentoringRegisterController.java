package ru.horizon.mentoring;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.horizon.organization.Scope;
import ru.horizon.system.DateBounds;
import ru.horizon.system.graphql.GraphQlLimits;
import ru.horizon.system.graphql.RequestDay;

/**
 * The register of mentoring and the October monitoring (graphql/register.graphqls), and
 * the monitoring's files: {@code GET /api/exports/monitoring.xlsx} and
 * {@code /api/exports/monitoring.csv} ({@code /api/export/...} too, as the other exports)
 * with {@code asOf} (default today) and the scope parameters {@code municipalityId},
 * {@code districtId}, {@code organizationId}, {@code regionId}.
 */
@Controller
class MentoringRegisterController {

	private final MentoringRegisterService register;

	private final MentoringMonitoringService monitoring;

	private final MonitoringExport export;

	private final GraphQlLimits limits;

	private final Clock clock;

	private final CoveragePrivacy privacy;

	MentoringRegisterController(MentoringRegisterService register, MentoringMonitoringService monitoring,
			MonitoringExport export, GraphQlLimits limits, Clock clock, CoveragePrivacy privacy) {
		this.privacy = privacy;
		this.register = register;
		this.monitoring = monitoring;
		this.export = export;
		this.limits = limits;
		this.clock = clock;
	}

	@QueryMapping
	RegisterConnection<RegisteredPair> mentoringPairs(@Argument Scope scope, @Argument PairStatus status,
			@Argument String form, @Argument Contour contour, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		return this.register.pairs(scope, RequestDay.of(environment), status, form, contour,
				this.limits.pageSize("first", (first != null) ? first : 50), after);
	}

	@QueryMapping
	RegisterConnection<YoungTeacherStatus> youngTeachers(@Argument Scope scope, @Argument Boolean mentored,
			@Argument String search, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		return this.register.youngTeachers(scope, RequestDay.of(environment), mentored, search,
				this.limits.pageSize("first", (first != null) ? first : 50), after);
	}

	@QueryMapping
	List<RegisteredPair> lowSatisfactionPairs(@Argument Scope scope, @Argument Integer threshold,
			DataFetchingEnvironment environment) {
		return this.register.lowSatisfaction(scope, RequestDay.of(environment), (threshold != null) ? threshold : 5);
	}

	@QueryMapping
	List<WaitlistEntry> mentoringWaitlist(@Argument Scope scope, @Argument Integer first, Locale locale,
			DataFetchingEnvironment environment) {
		return this.register.waitlist(scope, RequestDay.of(environment),
				this.limits.pageSize("first", (first != null) ? first : 20), locale);
	}

	@QueryMapping
	MentoringMonitoring mentoringMonitoring(@Argument Scope scope, Locale locale, DataFetchingEnvironment environment) {
		return this.privacy.apply(this.monitoring.monitoring(scope, RequestDay.of(environment), locale), scope,
				environment.getGraphQlContext());
	}

	@MutationMapping
	MentoringReview reviewMentoring(@Argument Map<String, Object> input) {
		Object date = input.get("date");
		return this.register.review((String) input.get("pairId"), (date instanceof LocalDate day) ? day : null,
				(Integer) input.get("menteeSatisfaction"), (Integer) input.get("mentorSatisfaction"),
				(String) input.get("note"));
	}

	@GetMapping({ "/api/exports/monitoring.xlsx", "/api/exports/monitoring.csv", "/api/export/monitoring.xlsx",
			"/api/export/monitoring.csv" })
	void monitoringFile(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String regionId, @RequestParam(required = false) String municipalityId,
			@RequestParam(required = false) String districtId, @RequestParam(required = false) String organizationId,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		DateBounds.check(asOf);
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock);
		Scope scope = new Scope(regionId, municipalityId, districtId, organizationId, null);
		boolean csv = request.getRequestURI().endsWith(".csv");
		response.setContentType(
				csv ? "text/csv;charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"monitoring-%s.%s\"".formatted(day, csv ? "csv" : "xlsx"));
		if (csv) {
			this.export.csv(scope, day, response.getOutputStream());
		}
		else {
			this.export.xlsx(scope, day, response.getOutputStream());
		}
	}

}
