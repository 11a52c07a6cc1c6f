package ru.horizon.system;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding an operation cannot forget its role check: every public method of every feature
 * service carries an access annotation of {@code system.security} (or its own
 * {@code @PreAuthorize}), on the method or its class.
 */
class AccessRulesTests {

	@Test
	void everyPublicServiceMethodDeclaresWhoMayCallIt() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
		List<String> unguarded = new ArrayList<>();
		int checked = 0;
		for (var candidate : scanner.findCandidateComponents("ru.horizon")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			if (type.getPackageName().startsWith("ru.horizon.system")) {
				continue;
			}
			boolean classGuarded = AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class);
			for (Method method : type.getDeclaredMethods()) {
				if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
					continue;
				}
				checked++;
				if (!classGuarded && !AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)) {
					unguarded.add(type.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(checked).isPositive();
		assertThat(unguarded).as("public service methods without an access annotation").isEmpty();
	}

}
