package ru.horizon.system.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Starting and ending mentoring pairs: ADMIN, COORDINATOR, and CURATOR for mentees of
 * their own organization (checked by {@link Access}).
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'CURATOR')")
public @interface ManagePairs {

}
