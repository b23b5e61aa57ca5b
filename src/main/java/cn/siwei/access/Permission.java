package cn.siwei.access;

import java.util.regex.Pattern;

/**
 * What an actor may do; a {@link Role} holds a set of them. The foundation's permissions are the constants here;
 * each capability declares its own in its package (e.g. {@code RequestPermissions}) and grants them to roles with
 * a {@link PermissionGrants} bean, so that a new capability needs no change here. Where a permission applies, the
 * actor's {@link Scope} limits it to their own part of the region tree.
 *
 * @param name the permission's name, upper case with underscores, unique across the platform
 */
public record Permission(String name) {

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

	/** See the region tree below the actor's node. */
	public static final Permission REGION_VIEW = new Permission("REGION_VIEW");

	/** Create, rename, move and deactivate regions. */
	public static final Permission REGION_MANAGE = new Permission("REGION_MANAGE");

	/** See organisations, teams and liaison pairings. */
	public static final Permission ORGANISATION_VIEW = new Permission("ORGANISATION_VIEW");

	/** Create, edit and deactivate organisations, teams, posts and pairings. */
	public static final Permission ORGANISATION_MANAGE = new Permission("ORGANISATION_MANAGE");

	/** See the people of the region (personal data masked). */
	public static final Permission PEOPLE_VIEW = new Permission("PEOPLE_VIEW");

	/** Create, edit, deactivate and import people; run the region's work (its staff receive the region's notices). */
	public static final Permission PEOPLE_MANAGE = new Permission("PEOPLE_MANAGE");

	/** Reveal a full phone number, ID number or vulnerable person's address; each reveal is audited. */
	public static final Permission PERSONAL_DATA_REVEAL = new Permission("PERSONAL_DATA_REVEAL");

	/** Manage accounts and connected systems. */
	public static final Permission ACCOUNT_MANAGE = new Permission("ACCOUNT_MANAGE");

	/** Read the audit trail and the platform's metrics. */
	public static final Permission AUDIT_VIEW = new Permission("AUDIT_VIEW");

	/** Set the rules of a region (time limits, deadlines, scoring rules) for every capability. */
	public static final Permission RULES_MANAGE = new Permission("RULES_MANAGE");

	/** Edit the platform's dictionaries (categories, reply templates) and the working-day calendar. */
	public static final Permission DICTIONARY_MANAGE = new Permission("DICTIONARY_MANAGE");

	public Permission {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A permission's name is upper case with underscores: " + name);
		}
	}

	/** A capability's permission, by name. */
	public static Permission of(String name) {
		return new Permission(name);
	}

	/** Name used as a Spring Security authority. */
	public String authority() {
		return "PERM_" + this.name;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
