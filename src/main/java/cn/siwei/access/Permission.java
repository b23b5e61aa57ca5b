package cn.siwei.access;

/**
 * What an actor may do; a {@link Role} grants a fixed set. Where a permission applies, the actor's
 * {@link Scope} limits it to their own part of the region tree.
 */
public enum Permission {

	/** See the region tree below the actor's node. */
	REGION_VIEW,
	/** Create, rename, move and deactivate regions. */
	REGION_MANAGE,
	/** See organisations, teams and liaison pairings. */
	ORGANISATION_VIEW,
	/** Create, edit and deactivate organisations, teams, posts and pairings. */
	ORGANISATION_MANAGE,
	/** See the people of the region (personal data masked). */
	PEOPLE_VIEW,
	/** Create, edit, deactivate and import people. */
	PEOPLE_MANAGE,
	/** Reveal a full phone number, ID number or vulnerable person's address; each reveal is audited. */
	PERSONAL_DATA_REVEAL,
	/** Manage accounts. */
	ACCOUNT_MANAGE,
	/** Read the audit trail. */
	AUDIT_VIEW,
	/** See the wish ledger of the region and open wishes to claim. */
	WISH_VIEW,
	/** Record wishes found by notice, mailbox, visit, phone or meeting. */
	WISH_COLLECT,
	/** Claim a wish for oneself or one's team, record contact, complete it. */
	WISH_CLAIM,
	/** Assign, follow up, remind, transfer and praise; record a beneficiary's evaluation on a visit. */
	WISH_FOLLOW_UP,
	/** Set the rules of the region: the days a claimant has to make contact. */
	RULES_MANAGE,
	/** Edit the platform's dictionaries, such as the wish categories, the request categories and reply templates, and the working-day calendar. */
	DICTIONARY_MANAGE,
	/** See the request ledger of the region, its supervision list and figures. */
	REQUEST_VIEW,
	/** Record requests found offline: home visits, talks, meetings, deputies' studios, self-discovered. */
	REQUEST_RECORD,
	/** Take (接单) or decline a request, dispatch it (派单), link duplicates, escalate it to the street. */
	REQUEST_ACCEPT,
	/** Study an escalated request at the street (研判) and summon units to it (吹哨). */
	REQUEST_SUMMON,
	/** Report in (报到), claim (领单) and handle the part of a request given to one's unit, team or self. */
	REQUEST_HANDLE,
	/** Remind units of overdue and nearly due work (督办). */
	REQUEST_SUPERVISE,
	/** Comment on a month's ranking of streets, communities and departments (点评). */
	RANKING_COMMENT;

	/** Name used as a Spring Security authority. */
	public String authority() {
		return "PERM_" + name();
	}

}
