package cn.siwei.access;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static cn.siwei.access.Permission.*;

/**
 * The roles of DOMAIN §1. Each holds the foundation's permissions listed here and the permissions capabilities grant
 * it ({@link PermissionGrants}); an administrator holds every permission.
 */
public enum Role {

	/** A resident: sees and changes only their own records. */
	RESIDENT(Set.of()),
	/** A grid or community worker: runs the people and organisations of their community. */
	COMMUNITY_WORKER(Set.of(REGION_VIEW, ORGANISATION_VIEW, ORGANISATION_MANAGE, PEOPLE_VIEW, PEOPLE_MANAGE,
			PERSONAL_DATA_REVEAL)),
	/** A street (town) officer: as a community worker, for the whole street, and its rules. */
	STREET_OFFICER(Set.of(REGION_VIEW, ORGANISATION_VIEW, ORGANISATION_MANAGE, PEOPLE_VIEW, PEOPLE_MANAGE,
			PERSONAL_DATA_REVEAL, RULES_MANAGE)),
	/** A handler in a department, liaison unit or property company. */
	DEPARTMENT_HANDLER(Set.of(REGION_VIEW, ORGANISATION_VIEW)),
	/** A volunteer or party member who claims work. */
	VOLUNTEER(Set.of(REGION_VIEW, ORGANISATION_VIEW)),
	/**
	 * A merchant or employer: the account of a shop or a company, bound to its organisation; acts for it alone
	 * (a shop scans the points redemptions of its own store).
	 */
	MERCHANT(Set.of()),
	/** A leader: reads everything of their region, personal data masked. */
	LEADER(Set.of(REGION_VIEW, ORGANISATION_VIEW, PEOPLE_VIEW)),
	/** An administrator: every permission, for their region. */
	ADMIN(Set.of(REGION_VIEW, REGION_MANAGE, ORGANISATION_VIEW, ORGANISATION_MANAGE, PEOPLE_VIEW, PEOPLE_MANAGE,
			PERSONAL_DATA_REVEAL, ACCOUNT_MANAGE, AUDIT_VIEW, RULES_MANAGE, DICTIONARY_MANAGE));

	/** What capabilities granted, by role; filled at start-up from every {@link PermissionGrants}. */
	private static final Map<Role, Set<Permission>> GRANTED = new EnumMap<>(Role.class);

	/** Every permission any capability declared, for the administrator and for listings. */
	private static final Set<Permission> DECLARED = ConcurrentHashMap.newKeySet();

	private final Set<Permission> foundation;

	Role(Set<Permission> foundation) {
		this.foundation = foundation;
	}

	/** Gives roles the permissions a capability declares; called once per capability at start-up. */
	public static synchronized void grant(PermissionGrants grants) {
		for (PermissionGrants.Grant grant : grants.grants()) {
			DECLARED.add(grant.permission());
			for (Role role : grant.roles()) {
				GRANTED.computeIfAbsent(role, r -> ConcurrentHashMap.newKeySet()).add(grant.permission());
			}
		}
	}

	/** Every permission of this role: the foundation's and those capabilities granted (all, for an administrator). */
	public Set<Permission> permissions() {
		Set<Permission> all = new LinkedHashSet<>(this.foundation);
		all.addAll(this == ADMIN ? DECLARED : GRANTED.getOrDefault(this, Set.of()));
		return Collections.unmodifiableSet(all);
	}

	public boolean can(Permission permission) {
		return this == ADMIN || this.foundation.contains(permission)
				|| GRANTED.getOrDefault(this, Set.of()).contains(permission);
	}

	/** The roles that hold a permission. */
	public static List<Role> holding(Permission permission) {
		return Arrays.stream(values()).filter(r -> r.can(permission)).toList();
	}

	/** Message key of the role's name. */
	public String messageKey() {
		return "role." + name();
	}

}
