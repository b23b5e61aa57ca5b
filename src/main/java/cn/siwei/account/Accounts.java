package cn.siwei.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.access.Role;
import cn.siwei.access.Scope;
import cn.siwei.platform.Bindings;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.RegionSubtreeMoved;
import cn.siwei.region.Regions;

/**
 * Accounts: creating and changing logins, passwords and the language a user reads.
 */
@Service
public class Accounts {

	static final String TYPE = "account";

	private final AccountRepository repository;

	private final Regions regions;

	private final PasswordEncoder passwords;

	private final Events events;

	private final Clock clock;

	private final Bindings bindings;

	private final LoginThrottle throttle;

	Accounts(AccountRepository repository, Regions regions, PasswordEncoder passwords, Events events, Clock clock,
			Bindings bindings, LoginThrottle throttle) {
		this.bindings = bindings;
		this.throttle = throttle;
		this.repository = repository;
		this.regions = regions;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The details of a new or changed account.
	 *
	 * @param username login name (only for a new account)
	 * @param displayName name shown
	 * @param role role
	 * @param regionId node the account is bound to
	 * @param organisationId organisation of a department handler
	 * @param personId person record of a resident or volunteer
	 */
	public record AccountForm(String username, String displayName, Role role, Long regionId, Long organisationId,
			Long personId) {
	}

	@Transactional
	public Account create(Actor actor, AccountForm form, String password) {
		actor.require(Permission.ACCOUNT_MANAGE);
		String username = form.username() == null ? "" : form.username().trim();
		if (!username.matches("[A-Za-z0-9_.-]{3,64}")) {
			throw Rejected.field("username", "account.rejected.usernameFormat");
		}
		if (this.repository.findByUsername(username).isPresent()) {
			throw Rejected.field("username", "account.rejected.usernameTaken");
		}
		checkPassword(username, password);
		Region region = checkForm(actor, form);
		long id = this.repository.insert(username, this.passwords.encode(password), form.displayName().trim(),
				form.role(), region.id(), region.path(), form.organisationId(), form.personId(), this.clock.instant());
		Account account = this.repository.find(Scope.of("/"), id).orElseThrow();
		this.events.created(actor, TYPE, id, account.regionPath(), describe(account));
		return account;
	}

	@Transactional
	public Account update(Actor actor, long id, AccountForm form) {
		actor.require(Permission.ACCOUNT_MANAGE);
		Account before = get(actor, id);
		Region region = checkForm(actor, form);
		this.repository.update(id, form.displayName().trim(), form.role(), region.id(), region.path(),
				form.organisationId(), form.personId(), this.clock.instant());
		if (before.role() != form.role() || before.regionId() != region.id()
				|| !Objects.equals(before.organisationId(), form.organisationId())
				|| !Objects.equals(before.personId(), form.personId())) {
			// What the account may do changed: its sessions end, the next login gets the new rights.
			this.repository.endSessions(id);
		}
		Account after = get(actor, id);
		this.events.changed(actor, TYPE, id, after.regionPath(), describe(before), describe(after));
		return after;
	}

	@Transactional(readOnly = true)
	public Account get(Actor actor, long id) {
		actor.require(Permission.ACCOUNT_MANAGE);
		return this.repository.find(actor.scope(), id).orElseThrow(() -> new NotFound(TYPE, id));
	}

	@Transactional(readOnly = true)
	public Page<Account> list(Actor actor, String search, int page, int size) {
		actor.require(Permission.ACCOUNT_MANAGE);
		String q = search == null ? "" : search.trim();
		return new Page<>(this.repository.list(actor.scope(), q, (int) Page.offset(page, size), size), page, size,
				this.repository.count(actor.scope(), q));
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByUsername(String username) {
		return this.repository.findByUsername(username);
	}

	/** The actor changes their own password, proving they know the current one. */
	@Transactional
	public void changePassword(Actor actor, String current, String replacement) {
		Account account = this.repository.findByUsername(actor.username()).orElseThrow();
		if (current == null || !this.passwords.matches(current, account.passwordHash())) {
			throw Rejected.field("current", "account.rejected.wrongPassword");
		}
		checkPassword(account.username(), replacement);
		if (this.passwords.matches(replacement, account.passwordHash())) {
			throw Rejected.field("replacement", "account.rejected.samePassword");
		}
		this.repository.setPassword(account.id(), this.passwords.encode(replacement), this.clock.instant());
		// Every other session of the account ends (someone who knew the old password is logged out).
		this.repository.endSessions(account.id());
		this.events.changed(actor, TYPE, account.id(), RecordChanged.Action.PASSWORD_CHANGE, account.regionPath(), Map.of(),
				Map.of(), null);
	}

	/** An administrator sets a new password, e.g. after a user forgot theirs; the lock is lifted. */
	@Transactional
	public void resetPassword(Actor actor, long id, String replacement) {
		Account account = get(actor, id);
		checkPassword(account.username(), replacement);
		this.repository.setPassword(id, this.passwords.encode(replacement), this.clock.instant());
		this.repository.recordSuccess(id);
		this.repository.endSessions(id);
		this.throttle.clear(account.username());
		this.events.changed(actor, TYPE, id, RecordChanged.Action.PASSWORD_CHANGE, account.regionPath(), Map.of(), Map.of(),
				"reset by administrator");
	}

	/** Clears the failed-login count after a successful login. */
	@Transactional
	public void recordSuccess(long accountId) {
		this.repository.recordSuccess(accountId);
	}

	@Transactional
	public void setActive(Actor actor, long id, boolean active, String reason) {
		Account account = get(actor, id);
		if (account.id() == actor.accountId() && !active) {
			throw Rejected.because("account.rejected.deactivateSelf");
		}
		this.repository.setActive(id, active, this.clock.instant());
		this.repository.endSessions(id);
		this.events.changed(actor, TYPE, id, active ? RecordChanged.Action.REACTIVATE : RecordChanged.Action.DEACTIVATE,
				account.regionPath(), Map.of("active", account.active()), Map.of("active", active), reason);
	}

	@Transactional
	public void setLocale(Actor actor, String locale) {
		setLocale(actor.accountId(), locale);
	}

	/** Sets the UI language of an account: {@code zh-CN} or {@code en}. */
	@Transactional
	public void setLocale(long accountId, String locale) {
		this.repository.setLocale(accountId, "en".equals(locale) ? "en" : "zh-CN");
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		this.repository.rewritePaths(moved.oldPath(), moved.newPath());
	}

	/**
	 * Checks an account's details; the region, organisation and person it is bound to must each lie inside the
	 * actor's scope (an account bound to another city's person or department would act there).
	 */
	private Region checkForm(Actor actor, AccountForm form) {
		Violations v = new Violations();
		v.required("displayName", form.displayName(), 100);
		if (form.role() == null) {
			v.add("role", "validation.required");
		}
		if (form.regionId() == null) {
			v.add("regionId", "validation.required");
		}
		if (form.role() == Role.DEPARTMENT_HANDLER && form.organisationId() == null) {
			v.add("organisationId", "account.rejected.handlerNeedsOrganisation");
		}
		if (form.role() == Role.MERCHANT && form.organisationId() == null) {
			v.add("organisationId", "account.rejected.merchantNeedsOrganisation");
		}
		if (form.role() == Role.RESIDENT && form.personId() == null) {
			v.add("personId", "account.rejected.residentNeedsPerson");
		}
		this.bindings.inScope(v, actor, "regionId", Bindings.REGION, form.regionId());
		this.bindings.inScope(v, actor, "organisationId", Bindings.ORGANISATION, form.organisationId());
		this.bindings.inScope(v, actor, "personId", Bindings.PERSON, form.personId());
		v.throwIfAny();
		return this.regions.get(actor, form.regionId());
	}

	static void checkPassword(String username, String password) {
		PasswordPolicy.check(username, password);
	}

	private static Map<String, Object> describe(Account a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("username", a.username());
		m.put("displayName", a.displayName());
		m.put("role", a.role().name());
		m.put("regionPath", a.regionPath());
		m.put("organisationId", a.organisationId());
		m.put("personId", a.personId());
		m.put("active", a.active());
		return m;
	}

}
