package cn.siwei.account;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.SimpleRedirectInvalidSessionStrategy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
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
	org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler() {
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
			SiweiProperties properties, LoginThrottle throttle) throws Exception {
		RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/setup", "/error", "/locale", "/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
			.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
			// Metrics name the platform's internals: for monitoring with an administrator's (or a dedicated) login.
			.requestMatchers("/actuator/**").hasAuthority(Permission.AUDIT_VIEW.authority())
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated()
			// Other systems: Open311 clients and the 12345 hotline present their own API keys, checked by the endpoints.
			.requestMatchers("/open311/**").permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/requests/intake").permitAll()
			.requestMatchers(HttpMethod.GET, "/requests", "/requests/figures", "/requests/supervision", "/requests/units",
					"/requests/units.xlsx", "/api/v1/requests", "/api/v1/requests/figures", "/api/v1/requests/supervision")
				.hasAuthority(Permission.REQUEST_VIEW.authority())
			.requestMatchers(HttpMethod.GET, "/dashboard", "/api/v1/dashboard")
				.hasAnyAuthority(Permission.WISH_VIEW.authority(), Permission.REQUEST_VIEW.authority())
			.requestMatchers(HttpMethod.GET, "/rankings", "/rankings.xlsx", "/hot-topics")
				.hasAuthority(Permission.REQUEST_VIEW.authority())
			.requestMatchers(HttpMethod.POST, "/rankings/comments").hasAuthority(Permission.RANKING_COMMENT.authority())
			.requestMatchers(HttpMethod.GET, "/api/v1/requests/*/similar").hasAuthority(Permission.REQUEST_ACCEPT.authority())
			.requestMatchers(HttpMethod.GET, "/requests/tasks", "/api/v1/requests/tasks")
				.hasAuthority(Permission.REQUEST_HANDLE.authority())
			.requestMatchers("/requests/new").hasAuthority(Permission.REQUEST_RECORD.authority())
			.requestMatchers(HttpMethod.POST, "/requests", "/api/v1/requests").hasAuthority(Permission.REQUEST_RECORD.authority())
			.requestMatchers(HttpMethod.GET, "/requests/settings")
				.hasAnyAuthority(Permission.RULES_MANAGE.authority(), Permission.DICTIONARY_MANAGE.authority(),
						Permission.ACCOUNT_MANAGE.authority())
			.requestMatchers("/requests/settings/limits").hasAuthority(Permission.RULES_MANAGE.authority())
			.requestMatchers("/requests/settings/calendar", "/requests/settings/templates/**", "/requests/settings/templates")
				.hasAuthority(Permission.DICTIONARY_MANAGE.authority())
			.requestMatchers("/requests/settings/clients/**", "/requests/settings/clients")
				.hasAuthority(Permission.ACCOUNT_MANAGE.authority())
			// Forms are shown only to those who may submit them.
			.requestMatchers("/regions/*/children/new", "/regions/*/edit", "/regions/*/move")
				.hasAuthority(Permission.REGION_MANAGE.authority())
			.requestMatchers("/people/new", "/people/*/edit").hasAuthority(Permission.PEOPLE_MANAGE.authority())
			.requestMatchers("/organisations/new", "/organisations/*/edit", "/teams/new", "/teams/*/edit")
				.hasAuthority(Permission.ORGANISATION_MANAGE.authority())
			.requestMatchers(HttpMethod.POST, "/people/*/reveal", "/api/v1/people/*/reveal", "/requests/*/reveal",
					"/api/v1/requests/*/reveal")
				.hasAuthority(Permission.PERSONAL_DATA_REVEAL.authority())
			.requestMatchers(HttpMethod.GET, "/people/*/memberships").hasAuthority(Permission.PEOPLE_VIEW.authority())
			.requestMatchers(HttpMethod.GET, "/wishes/export.xlsx").hasAuthority(Permission.PEOPLE_VIEW.authority())
			.requestMatchers(HttpMethod.GET, "/wishes", "/wishes/figures", "/api/v1/wishes",
					"/api/v1/wishes/figures")
				.hasAuthority(Permission.WISH_VIEW.authority())
			.requestMatchers("/wishes/new").hasAuthority(Permission.WISH_COLLECT.authority())
			.requestMatchers(HttpMethod.GET, "/wishes/settings")
				.hasAnyAuthority(Permission.RULES_MANAGE.authority(), Permission.DICTIONARY_MANAGE.authority())
			.requestMatchers("/wishes/settings/**").hasAuthority(Permission.RULES_MANAGE.authority())
			.requestMatchers("/wishes/categories/**", "/wishes/categories").hasAuthority(Permission.DICTIONARY_MANAGE.authority())
			.requestMatchers(HttpMethod.POST, "/wishes", "/api/v1/wishes").hasAuthority(Permission.WISH_COLLECT.authority())
			.requestMatchers(HttpMethod.POST, "/wishes/*/claim", "/api/v1/wishes/*/claim")
				.hasAuthority(Permission.WISH_CLAIM.authority())
			.requestMatchers(HttpMethod.POST, "/wishes/*/assign", "/wishes/*/transfer", "/wishes/*/note",
					"/api/v1/wishes/*/assign", "/api/v1/wishes/*/transfer", "/api/v1/wishes/*/notes")
				.hasAuthority(Permission.WISH_FOLLOW_UP.authority())
			.requestMatchers(HttpMethod.GET, "/api/v1/wishes/*/suggestions").hasAuthority(Permission.WISH_FOLLOW_UP.authority())
			.requestMatchers(HttpMethod.GET, "/regions/**", "/api/v1/regions/**").hasAuthority(Permission.REGION_VIEW.authority())
			.requestMatchers("/regions/**", "/api/v1/regions/**").hasAuthority(Permission.REGION_MANAGE.authority())
			.requestMatchers(HttpMethod.GET, "/organisations/**", "/teams/**", "/api/v1/organisations/**", "/api/v1/teams/**")
				.hasAuthority(Permission.ORGANISATION_VIEW.authority())
			.requestMatchers("/organisations/**", "/teams/**", "/api/v1/organisations/**", "/api/v1/teams/**")
				.hasAuthority(Permission.ORGANISATION_MANAGE.authority())
			.requestMatchers("/people/import/**").hasAuthority(Permission.PEOPLE_MANAGE.authority())
			.requestMatchers(HttpMethod.GET, "/people/**", "/api/v1/people/**").hasAuthority(Permission.PEOPLE_VIEW.authority())
			.requestMatchers("/people/**", "/api/v1/people/**").hasAuthority(Permission.PEOPLE_MANAGE.authority())
			.requestMatchers("/accounts/**", "/api/v1/accounts/**").hasAuthority(Permission.ACCOUNT_MANAGE.authority())
			.requestMatchers("/audit/**", "/api/v1/audit/**").hasAuthority(Permission.AUDIT_VIEW.authority())
			.anyRequest().authenticated());
		http.formLogin(form -> form.loginPage("/login")
			.successHandler(new LoginSucceeded(accountsService))
			.failureHandler(new LoginFailed())
			.permitAll());
		http.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		http.exceptionHandling(ex -> ex
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
			.defaultAccessDeniedHandlerFor((request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value()), api));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		// The API needs no CSRF token from other systems: they present a key (intake, Open311) or HTTP Basic, which a
		// page on another origin cannot send for a user. A call that rides on the browser's session cookie needs the
		// token like any form (X-CSRF-TOKEN header), or a page elsewhere could act as the logged-in user.
		RequestMatcher withoutCookie = request -> request.getHeader("Authorization") != null;
		RequestMatcher keyed = request -> request.getRequestURI().startsWith(request.getContextPath() + "/open311/")
				|| request.getRequestURI().equals(request.getContextPath() + "/api/v1/requests/intake");
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
				Authentication authentication) throws IOException, jakarta.servlet.ServletException {
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
