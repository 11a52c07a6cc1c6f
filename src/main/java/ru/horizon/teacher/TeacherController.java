package ru.horizon.teacher;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import ru.horizon.organization.Organization;
import ru.horizon.system.security.Access;
import ru.horizon.teacher.TeacherService.TeacherAt;

@Controller
class TeacherController {

	private final TeacherService teachers;

	private final ExperienceRules experience;

	private final Access access;

	private final Clock clock;

	TeacherController(TeacherService teachers, ExperienceRules experience, Access access, Clock clock,
			BatchLoaderRegistry registry) {
		this.teachers = teachers;
		this.experience = experience;
		this.access = access;
		this.clock = clock;
		registry.<TeacherAt, List<Teacher>>forName("mentorsAt")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> teachers.mentors(keys)));
		registry.<TeacherAt, List<Teacher>>forName("menteesAt")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> teachers.mentees(keys)));
	}

	@QueryMapping
	Teacher teacher(@Argument String id) {
		return this.teachers.find(id).orElse(null);
	}

	/** Every name passes here, wherever the teacher came from: a viewer never sees one. */
	@SchemaMapping
	String fullName(Teacher teacher) {
		this.access.checkPersonalData();
		return teacher.fullName();
	}

	@SchemaMapping
	int experienceMonths(Teacher teacher, @Argument LocalDate asOf) {
		return this.experience.months(teacher.teachingSince(), orToday(asOf));
	}

	@SchemaMapping
	boolean young(Teacher teacher, @Argument LocalDate asOf) {
		return this.experience.isYoung(teacher.teachingSince(), orToday(asOf));
	}

	@BatchMapping
	Map<Teacher, Organization> organization(List<Teacher> teachers) {
		Map<String, Organization> byId = this.teachers.mainOrganizations(ids(teachers), LocalDate.now(this.clock));
		return teachers.stream()
			.filter((t) -> byId.get(t.id()) != null)
			.collect(Collectors.toMap(Function.identity(), (t) -> byId.get(t.id()), (a, b) -> a));
	}

	@BatchMapping
	Map<Teacher, List<Subject>> subjects(List<Teacher> teachers) {
		Map<String, List<Subject>> byId = this.teachers.subjects(ids(teachers));
		return teachers.stream()
			.collect(Collectors.toMap(Function.identity(), (t) -> byId.getOrDefault(t.id(), List.of()), (a, b) -> a));
	}

	@SchemaMapping
	CompletableFuture<List<Teacher>> mentors(Teacher teacher, @Argument LocalDate asOf,
			DataLoader<TeacherAt, List<Teacher>> mentorsAt) {
		return mentorsAt.load(new TeacherAt(teacher.id(), orToday(asOf)));
	}

	@SchemaMapping
	CompletableFuture<List<Teacher>> mentees(Teacher teacher, @Argument LocalDate asOf,
			DataLoader<TeacherAt, List<Teacher>> menteesAt) {
		return menteesAt.load(new TeacherAt(teacher.id(), orToday(asOf)));
	}

	private LocalDate orToday(LocalDate asOf) {
		return (asOf != null) ? asOf : LocalDate.now(this.clock);
	}

	private static List<String> ids(List<Teacher> teachers) {
		return teachers.stream().map(Teacher::id).distinct().toList();
	}

}
