package cn.siwei.wish;

import cn.siwei.access.Permission;
import cn.siwei.support.AccessRows;

/** The wish capability's endpoints in the access matrix. */
class WishAccessRows implements AccessRows {

	@Override
	public void list(Rows rows) {
		rows.sample("wish", "select id from wish where description like '家里的电视机坏了%'");
		rows.add("GET", "/wishes", WishPermissions.VIEW, null);
		rows.add("GET", "/wishes/figures", WishPermissions.VIEW, null);
		rows.add("GET", "/wishes/export.xlsx", Permission.PEOPLE_VIEW, null);
		rows.add("GET", "/api/v1/wishes/export.xlsx", Permission.PEOPLE_VIEW, null);
		rows.add("GET", "/api/v1/wishes/categories", null, null);
		rows.add("GET", "/api/v1/wishes/mine", null, null);
		rows.add("GET", "/wishes/new", WishPermissions.COLLECT, null);
		rows.add("POST", "/wishes", WishPermissions.COLLECT, null);
		rows.addHidden("GET", "/wishes/{id}", WishPermissions.VIEW, "wish");
		rows.add("POST", "/wishes/{id}/claim", WishPermissions.CLAIM, "wish");
		rows.add("POST", "/wishes/{id}/assign", WishPermissions.FOLLOW_UP, "wish");
		rows.add("POST", "/wishes/{id}/transfer", WishPermissions.FOLLOW_UP, "wish");
		rows.add("POST", "/wishes/{id}/note", WishPermissions.FOLLOW_UP, "wish");
		rows.add("POST", "/wishes/{id}/contact", null, "wish");
		rows.add("POST", "/wishes/{id}/contact-details", null, "wish");
		rows.add("POST", "/api/v1/wishes/{id}/contact-details", null, "wish");
		rows.add("POST", "/wishes/{id}/complete", null, "wish");
		rows.add("POST", "/wishes/{id}/evaluate", null, "wish");
		rows.add("GET", "/api/v1/wishes", WishPermissions.VIEW, null);
		rows.add("GET", "/api/v1/wishes/figures", WishPermissions.VIEW, "region");
		rows.add("POST", "/api/v1/wishes", WishPermissions.COLLECT, null);
		rows.add("POST", "/api/v1/wishes/mine", null, null);
		rows.addHidden("GET", "/api/v1/wishes/{id}", WishPermissions.VIEW, "wish");
		rows.add("GET", "/api/v1/wishes/{id}/suggestions", WishPermissions.FOLLOW_UP, "wish");
		rows.add("POST", "/api/v1/wishes/{id}/claim", WishPermissions.CLAIM, "wish");
		rows.add("POST", "/api/v1/wishes/{id}/assign", WishPermissions.FOLLOW_UP, "wish");
		rows.add("POST", "/api/v1/wishes/{id}/transfer", WishPermissions.FOLLOW_UP, "wish");
		rows.add("POST", "/api/v1/wishes/{id}/notes", WishPermissions.FOLLOW_UP, "wish");
		rows.add("POST", "/api/v1/wishes/{id}/contact", null, "wish");
		rows.add("POST", "/api/v1/wishes/{id}/complete", null, "wish");
		rows.add("POST", "/api/v1/wishes/{id}/evaluate", null, "wish");
		rows.add("GET", "/wishes/settings", Permission.RULES_MANAGE, null);
		rows.add("POST", "/wishes/settings/contact-days", Permission.RULES_MANAGE, null);
		rows.add("POST", "/wishes/categories", Permission.DICTIONARY_MANAGE, null);
		rows.add("POST", "/wishes/categories/{id}", Permission.DICTIONARY_MANAGE, null);
		rows.add("POST", "/wishes/{id}/photos", null, "wish");
		rows.add("GET", "/wishes/{id}/photos/{photoId}", null, "missing");
		rows.add("GET", "/my/wishes", null, null);
		rows.add("POST", "/my/wishes", null, null);
	}

}
