package cn.siwei.access;

import java.util.EnumSet;
import java.util.Set;

import static cn.siwei.access.Permission.*;

/**
 * The roles of DOMAIN §1; each grants a fixed set of {@link Permission}s. This table is the one place that
 * says who may do what.
 */
public enum Role {

	/** A resident: sees and changes only their own records. */
	RESIDENT(EnumSet.noneOf(Permission.class)),
	/** A grid or community worker: runs the people and organisations of their community. */
	COMMUNITY_WORKER(EnumSet.of(REGION_VIEW, ORGANISATION_VIEW, ORGANISATION_MANAGE, PEOPLE_VIEW, PEOPLE_MANAGE,
			PERSONAL_DATA_REVEAL, WISH_VIEW, WISH_COLLECT, WISH_FOLLOW_UP, REQUEST_VIEW, REQUEST_RECORD, REQUEST_ACCEPT,
			REQUEST_HANDLE, REQUEST_SUPERVISE)),
	/** A street (town) officer: as a community worker, for the whole street. */
	STREET_OFFICER(EnumSet.of(REGION_VIEW, ORGANISATION_VIEW, ORGANISATION_MANAGE, PEOPLE_VIEW, PEOPLE_MANAGE,
			PERSONAL_DATA_REVEAL, WISH_VIEW, WISH_COLLECT, WISH_FOLLOW_UP, RULES_MANAGE, REQUEST_VIEW, REQUEST_RECORD,
			REQUEST_ACCEPT, REQUEST_SUMMON, REQUEST_HANDLE, REQUEST_SUPERVISE, RANKING_COMMENT)),
	/** A handler in a department, liaison unit or property company. */
	DEPARTMENT_HANDLER(EnumSet.of(REGION_VIEW, ORGANISATION_VIEW, WISH_VIEW, REQUEST_HANDLE)),
	/** A volunteer or party member who claims work. */
	VOLUNTEER(EnumSet.of(REGION_VIEW, ORGANISATION_VIEW, WISH_VIEW, WISH_CLAIM, REQUEST_HANDLE)),
	/** A leader: reads everything of their region, personal data masked. */
	LEADER(EnumSet.of(REGION_VIEW, ORGANISATION_VIEW, PEOPLE_VIEW, WISH_VIEW, REQUEST_VIEW, REQUEST_SUPERVISE,
			RANKING_COMMENT)),
	/** An administrator: regions, accounts, the audit trail, and everything a street officer does. */
	ADMIN(EnumSet.allOf(Permission.class));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public Set<Permission> permissions() {
		return this.permissions;
	}

	public boolean can(Permission permission) {
		return this.permissions.contains(permission);
	}

	/** Message key of the role's name. */
	public String messageKey() {
		return "role." + name();
	}

}
