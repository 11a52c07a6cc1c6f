package ru.horizon.system.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what over HTTP. Roles are enforced in the services (the access
 * annotations of this package and {@link Access}); here only sign-in is required.
 * <p>
 * Scripts and notebooks use HTTP Basic on {@code /graphql} and {@code /api/**} and get
 * 401 without credentials; the dashboard signs in with a form and a session. With
 * {@code spring.security.oauth2.resourceserver.jwt.*} set, bearer tokens from an OIDC
 * provider (Keycloak, say) are accepted too, roles from the {@code roles} claim and a
 * curator's organization from {@code organization_id}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder,
			SignInThrottle throttle) throws Exception {
		// Sign-in attempts throttled per name and address, before any password is
		// checked.
		http.addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class);
		RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/graphql"),
				PathPatternRequestMatcher.pathPattern("/api/**"));
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Horizon");
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/login", "/error",
					"/webjars/**", "/assets/**", "/favicon.ico")
			.permitAll()
			.anyRequest()
			.authenticated())
			.httpBasic((httpBasic) -> httpBasic.authenticationEntryPoint(basic))
			.formLogin((form) -> form.loginPage("/login").permitAll())
			// The dashboard's own requests get a bare 401 (its pages go to /login): a
			// Basic
			// challenge would make the browser pop up its password dialog.
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"))
				.defaultAuthenticationEntryPointFor(basic, api))
			// Only a session cookie can be ridden by another site: requests that carry
			// their own
			// credentials, or no session at all, need no CSRF token.
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.ignoringRequestMatchers((request) -> request.getHeader("Authorization") != null
						|| request.getRequestedSessionId() == null));
		if (jwtDecoder.getIfAvailable() != null) {
			JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
			authorities.setAuthoritiesClaimName("roles");
			authorities.setAuthorityPrefix("ROLE_");
			JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
			converter.setJwtGrantedAuthoritiesConverter(authorities);
			http.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter)));
		}
		return http.build();
	}

	/**
	 * No observation of every filter, authentication and authorization: a request is
	 * still observed once (http.server.requests); the per-filter ones cost a twentieth of
	 * a mentor recommendation.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring's delegating encoder ({@code {bcrypt}}, {@code {noop}}, ...), its successful
	 * checks remembered for {@code horizon.security.verified-password-ttl}.
	 */
	@Bean
	PasswordEncoder passwordEncoder(SecurityProperties properties) {
		return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
				properties.verifiedPasswordTtl(), 10_000, System::nanoTime);
	}

	@Bean
	@ConditionalOnWebApplication
	UserDetailsService userDetailsService(SecurityProperties properties, PasswordEncoder passwordEncoder,
			@Value("${horizon.neo4j.embedded.data-dir:./data}") Path dataDir) {
		List<HorizonUserDetails> users = new ArrayList<>();
		for (SecurityProperties.User user : properties.users()) {
			if (user.name() == null || user.password() == null || user.roles() == null || user.roles().isEmpty()) {
				throw new IllegalStateException(
						"horizon.security.users: every user needs a name, a password " + "and at least one role");
			}
			if (user.roles().contains(Role.CURATOR) && user.organizationId() == null) {
				throw new IllegalStateException(
						"horizon.security.users: curator " + user.name() + " needs an organization-id");
			}
			users.add(new HorizonUserDetails(user.name(), user.password(), user.roles(), user.organizationId()));
		}
		if (users.isEmpty()) {
			users.add(HorizonUsers.generatedAdmin(dataDir.resolve("admin-password.hash"), passwordEncoder));
		}
		return new HorizonUsers(users);
	}

}
