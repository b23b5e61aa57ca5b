package cn.siwei.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * The first start of an empty installation: no account exists, so nobody could log in. The platform writes a
 * one-time setup code to its log (only whoever runs the server reads it) and opens {@code /setup}, where the code
 * creates the city (the root of the region tree) and its first administrator, once. Demo installations never need
 * it: demo data brings its own accounts.
 */
@Service
public class FirstRun {

	private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

	/** Letters and digits that cannot be mistaken for one another when read off a screen. */
	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Accounts accounts;

	private volatile String code;

	private volatile boolean done;

	FirstRun(JdbcClient jdbc, Regions regions, Accounts accounts) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.accounts = accounts;
	}

	/**
	 * The details of the first setup.
	 *
	 * @param setupCode the setup code from the log
	 * @param cityCode the city's administrative division code
	 * @param cityName the city's name
	 * @param username the administrator's login name
	 * @param displayName the administrator's name as shown
	 * @param password the administrator's password
	 * @param repeat the password again
	 */
	public record SetupForm(String setupCode, String cityCode, String cityName, String username, String displayName,
			String password, String repeat) {
	}

	/** Whether the installation still has no account, and so needs its first administrator. */
	public boolean needed() {
		if (this.done) {
			return false;
		}
		boolean none = this.jdbc.sql("select not exists (select 1 from account)").query(Boolean.class).single();
		if (!none) {
			this.done = true;
		}
		return none;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce(ApplicationReadyEvent ready) {
		if (ready.getApplicationContext().getEnvironment().getProperty("siwei.demo", Boolean.class, false) || !needed()) {
			return;
		}
		this.code = newCode();
		int port = ready.getApplicationContext() instanceof WebServerApplicationContext web
				? web.getWebServer().getPort() : 8080;
		log.warn("========================================================================");
		log.warn(" 首次使用：尚无任何账号。请在浏览器打开 http://localhost:{}/setup", port);
		log.warn(" 输入设置码 {}，创建城市和第一个管理员账号。", this.code);
		log.warn(" First start: no account exists yet. Open http://localhost:{}/setup", port);
		log.warn(" and enter the setup code {} to create the city and its first administrator.", this.code);
		log.warn("========================================================================");
	}

	/**
	 * Creates the city and its first administrator, once; the audit trail shows both as made by the system at
	 * the first setup.
	 * @param form what the person at the setup page entered
	 * @return the administrator's account
	 * @throws Rejected with the field at fault, when the code is wrong, setup is done, or an input is invalid
	 */
	@Transactional
	public Account complete(SetupForm form) {
		// One setup at a time; the second finds the first one's account and is refused.
		this.jdbc.sql("lock table account in share row exclusive mode").update();
		if (!needed() || this.code == null) {
			throw Rejected.because("setup.rejected.done");
		}
		if (form.setupCode() == null || !MessageDigest.isEqual(normalise(form.setupCode()).getBytes(StandardCharsets.UTF_8),
				normalise(this.code).getBytes(StandardCharsets.UTF_8))) {
			log.warn("A wrong setup code was entered at /setup");
			throw Rejected.field("setupCode", "setup.rejected.code");
		}
		if (form.password() == null || !form.password().equals(form.repeat())) {
			throw Rejected.field("repeat", "account.rejected.repeatMismatch");
		}
		Region city;
		try {
			city = this.regions.create(Actor.SYSTEM, null, form.cityCode(), form.cityName());
		}
		catch (Rejected ex) {
			// The region's own checks name its fields code and name; on this page they are the city's.
			throw new Rejected(ex.violations().stream()
				.map(v -> new Rejected.Violation("name".equals(v.field()) ? "cityName" : "cityCode", v.messageKey(),
						v.args()))
				.toList());
		}
		Account admin = this.accounts.create(Actor.SYSTEM, new Accounts.AccountForm(form.username(), form.displayName(),
				Role.ADMIN, city.id(), null, null), form.password());
		this.code = null;
		this.done = true;
		log.info("First setup done: city {} ({}), administrator {}", city.name(), city.code(), admin.username());
		return admin;
	}

	private static String normalise(String entered) {
		return entered.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
	}

	private static String newCode() {
		SecureRandom random = new SecureRandom();
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

}
