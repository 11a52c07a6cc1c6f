package ru.horizon.system.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Teacher-level data (names, lists): every role but VIEWER. A curator is further limited
 * to their own organization by {@link Access}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'CURATOR', 'ANALYST')")
public @interface ReadTeachers {

}
