package ru.horizon.teacher;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import ru.horizon.model.ExperienceRules;
import ru.horizon.organization.Organization;
import ru.horizon.system.graphql.RequestDay;
import ru.horizon.teacher.TeacherService.TeacherAt;

/**
 * The Teacher type. Every date-dependent field answers for its own {@code asOf} when
 * given, else for the day of the answer it is part of ({@link RequestDay}), so a teacher
 * inside {@code isolatedYoungTeachers(asOf: d)} is described as of d.
 */
@Controller
class TeacherController {

	private final TeacherService teachers;

	private final ExperienceRules experience;

	private final TeacherAccess access;

	TeacherController(TeacherService teachers, ExperienceRules experience, TeacherAccess access,
			BatchLoaderRegistry registry) {
		this.teachers = teachers;
		this.experience = experience;
		this.access = access;
		registry.<TeacherAt, List<Teacher>>forName("mentorsAt")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> teachers.mentors(keys)));
		registry.<TeacherAt, List<Teacher>>forName("menteesAt")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> teachers.mentees(keys)));
		registry.<TeacherAt, Organization>forName("organizationAt")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> teachers.mainOrganizations(keys)));
	}

	@QueryMapping
	Teacher teacher(@Argument String id, DataFetchingEnvironment environment) {
		return this.teachers.find(id, RequestDay.of(environment)).orElse(null);
	}

	/**
	 * Every name passes here, wherever the teacher came from: a viewer never sees one,
	 * and a curator sees the names of their own organization's teachers on the day only.
	 */
	@SchemaMapping
	CompletableFuture<String> fullName(Teacher teacher, DataFetchingEnvironment environment, Locale locale,
			DataLoader<TeacherAt, Organization> organizationAt) {
		this.access.checkPersonalData();
		if (!this.access.limitedToOrganization()) {
			return CompletableFuture.completedFuture(teacher.fullName());
		}
		// Decided on this request's thread: the batch may complete on another one.
		Predicate<String> names = this.access.names();
		return organizationAt.load(new TeacherAt(teacher.id(), RequestDay.of(environment)))
			.thenApply((organization) -> names.test((organization != null) ? organization.id() : null)
					? teacher.fullName() : hiddenName(locale));
	}

	@SchemaMapping
	int experienceMonths(Teacher teacher, @Argument LocalDate asOf, DataFetchingEnvironment environment) {
		return this.experience.months(teacher.teachingSince(), day(asOf, environment));
	}

	/** Young on the day: experience begun, under the threshold, and working that day. */
	@SchemaMapping
	CompletableFuture<Boolean> young(Teacher teacher, @Argument LocalDate asOf, DataFetchingEnvironment environment,
			DataLoader<TeacherAt, Organization> organizationAt) {
		LocalDate day = day(asOf, environment);
		if (!this.experience.isYoung(teacher.teachingSince(), day)) {
			return CompletableFuture.completedFuture(false);
		}
		return organizationAt.load(new TeacherAt(teacher.id(), day)).thenApply((organization) -> organization != null);
	}

	@SchemaMapping
	CompletableFuture<Organization> organization(Teacher teacher, @Argument LocalDate asOf,
			DataFetchingEnvironment environment, DataLoader<TeacherAt, Organization> organizationAt) {
		return organizationAt.load(new TeacherAt(teacher.id(), day(asOf, environment)));
	}

	@BatchMapping
	Map<Teacher, List<Subject>> subjects(List<Teacher> teachers) {
		Map<String, List<Subject>> byId = this.teachers.subjects(ids(teachers));
		return teachers.stream()
			.collect(Collectors.toMap(Function.identity(), (t) -> byId.getOrDefault(t.id(), List.of()), (a, b) -> a));
	}

	@SchemaMapping
	CompletableFuture<List<Teacher>> mentors(Teacher teacher, @Argument LocalDate asOf,
			DataFetchingEnvironment environment, DataLoader<TeacherAt, List<Teacher>> mentorsAt) {
		return mentorsAt.load(new TeacherAt(teacher.id(), day(asOf, environment)));
	}

	@SchemaMapping
	CompletableFuture<List<Teacher>> mentees(Teacher teacher, @Argument LocalDate asOf,
			DataFetchingEnvironment environment, DataLoader<TeacherAt, List<Teacher>> menteesAt) {
		return menteesAt.load(new TeacherAt(teacher.id(), day(asOf, environment)));
	}

	/**
	 * The field's own day when given (RequestDay has put it in the local context), else
	 * the answer's.
	 */
	private static LocalDate day(LocalDate asOf, DataFetchingEnvironment environment) {
		return (asOf != null) ? asOf : RequestDay.of(environment);
	}

	private static String hiddenName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? "(teacher of another organization)" : "(педагог другой организации)";
	}

	private static List<String> ids(List<Teacher> teachers) {
		return teachers.stream().map(Teacher::id).distinct().toList();
	}

}
