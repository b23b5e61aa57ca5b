package cn.siwei.account;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.SimpleRedirectInvalidSessionStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import cn.siwei.access.Permission;
import cn.siwei.access.Role;
import cn.siwei.access.WebRules;
import cn.siwei.platform.ApiProblems;
import cn.siwei.platform.Events;
import cn.siwei.platform.LogSafe;
import cn.siwei.platform.SiweiProperties;

/**
 * Who may reach which URL. Pages and the API answer only to logged-in accounts with the permission the
 * URL needs; the services behind them check the permission again and limit every query to the actor's scope.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/**
	 * No observation around each of the security chain's fifteen filters, each authentication and each
	 * authorisation: the request as a whole is already timed ({@code http_server_requests}), and wrapping every
	 * filter cost several percent of the processor time of every request (JFR, benchmarks/results/intake-*.md).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, and able to read hashes of any algorithm it may be moved to later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(AccountRepository accounts) {
		return username -> accounts.findByUsername(username)
			.map(AccountPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/**
	 * Every login path (the form and HTTP Basic) checks passwords through {@link ThrottledAuthentication}.
	 */
	@Bean
	AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwords,
			LoginThrottle throttle, AccountRepository accounts, Events events) {
		DaoAuthenticationProvider check = new DaoAuthenticationProvider(users);
		check.setPasswordEncoder(passwords);
		return new ThrottledAuthentication(check, throttle, accounts, events);
	}

	/**
	 * A request the firewall refuses (an odd character in the path): 400, for an API call with the same body as
	 * every other refusal, naming the path as the field at fault.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.setContentType("application/json");
				response.setCharacterEncoding("UTF-8");
				response.getWriter().write("{\"status\":400,\"code\":\"validation.badValue\",\"field\":\"path\"}");
			}
		};
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRepository accounts, Accounts accountsService,
			SiweiProperties properties, List<WebRules> rules, ApiProblems problems) throws Exception {
		RequestMatcher api = ApiProblems::isApi;
		AuthenticationEntryPoint apiLogin = (request, response, failed) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"siwei\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.loginNeeded");
		};
		http.authorizeHttpRequests(auth -> {
			auth.requestMatchers("/login", "/setup", "/error", "/locale", "/webjars/**", "/css/**", "/js/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
				// Metrics name the platform's internals: for monitoring with an administrator's (or a dedicated) login.
				.requestMatchers("/actuator/**").hasAuthority(Permission.AUDIT_VIEW.authority())
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated()
				.requestMatchers("/accounts/**", "/api/v1/accounts/**").hasAuthority(Permission.ACCOUNT_MANAGE.authority());
			// Each capability's own URLs, by its own rules.
			rules.forEach(r -> r.authorize(auth));
			auth.anyRequest().authenticated();
		});
		http.formLogin(form -> form.loginPage("/login")
			.successHandler(new LoginSucceeded(accountsService))
			.failureHandler(new LoginFailed())
			.permitAll());
		http.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		http.exceptionHandling(ex -> ex
			.defaultAuthenticationEntryPointFor(apiLogin, api)
			.defaultAccessDeniedHandlerFor(
					(request, response, denied) -> problems.write(request, response, HttpStatus.FORBIDDEN, "error.forbidden"),
					api));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		// The API needs no CSRF token from other systems: they present a key (intake, Open311) or HTTP Basic, which a
		// page on another origin cannot send for a user. A call that rides on the browser's session cookie needs the
		// token like any form (X-CSRF-TOKEN header), or a page elsewhere could act as the logged-in user.
		RequestMatcher withoutCookie = request -> request.getHeader("Authorization") != null;
		List<RequestMatcher> keyedPaths = rules.stream().flatMap(r -> r.keyedPaths().stream())
			.map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(p)).toList();
		RequestMatcher keyed = request -> keyedPaths.stream().anyMatch(m -> m.matches(request));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(keyed,
				request -> api.matches(request) && withoutCookie.matches(request)));
		// An ended or unknown session: a page goes to the login, an API call is told 401 (never an HTML redirect).
		var toLogin = new SimpleRedirectInvalidSessionStrategy("/login?expired");
		http.sessionManagement(session -> session.invalidSessionStrategy((request, response) -> {
			if (api.matches(request)) {
				response.sendError(HttpStatus.UNAUTHORIZED.value());
			}
			else {
				toLogin.onInvalidSessionDetected(request, response);
			}
		}));
		http.addFilterAfter(new SessionCheck(accounts), SecurityContextHolderFilter.class);
		SiweiProperties.Security security = properties.security();
		http.headers(headers -> {
			headers.frameOptions(frame -> frame.sameOrigin());
			headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
			headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
			if (security.hsts()) {
				headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
			}
			else {
				headers.httpStrictTransportSecurity(hsts -> hsts.disable());
			}
		});
		return http.build();
	}

	/**
	 * Scripts only from the platform itself (htmx, ECharts and its own files, no inline script); inline style
	 * attributes are allowed (the pages use a few); nothing may frame the pages but themselves.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	/** Clears the failure count and sets the UI language the account chose. */
	static final class LoginSucceeded extends SavedRequestAwareAuthenticationSuccessHandler {

		private final Accounts accounts;

		LoginSucceeded(Accounts accounts) {
			this.accounts = accounts;
			setDefaultTargetUrl("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, ServletException {
			if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
				Account account = principal.account();
				this.accounts.recordSuccess(account.id());
				var session = request.getSession();
				Object chosen = session.getAttribute(AccountPagesController.LOCALE_CHOSEN);
				if (chosen instanceof Locale locale) {
					// Chosen on the login page: it wins and becomes the account's language.
					this.accounts.setLocale(account.id(), locale.toLanguageTag());
				}
				else {
					session.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
							Locale.forLanguageTag(account.locale()));
				}
				log.info("Login of {} ({}) from {}", LogSafe.of(account.username()), account.role(), request.getRemoteAddr());
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

		/** Where a login lands when no page was asked for: a leader on the dashboard, everyone else at home. */
		@Override
		protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) {
			return authentication.getPrincipal() instanceof AccountPrincipal principal
					&& principal.account().role() == Role.LEADER ? "/dashboard"
							: super.determineTargetUrl(request, response, authentication);
		}

	}

	/**
	 * Answers a failed form login the same way whether the name exists or not: a wrong name or password with the
	 * attempts left from here, or a pause after too many.
	 */
	static final class LoginFailed extends SimpleUrlAuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String target = exception instanceof ThrottledAuthentication.Paused ? "/login?error=locked"
					: exception instanceof ThrottledAuthentication.Failed failed
							? "/login?error=bad&left=" + failed.left() : "/login?error=bad";
			getRedirectStrategy().sendRedirect(request, response, target);
		}

	}

}
