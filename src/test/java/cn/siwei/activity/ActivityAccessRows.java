package cn.siwei.activity;

import cn.siwei.support.AccessRows;

/** The activities ledger's endpoints in the access matrix. */
class ActivityAccessRows implements AccessRows {

	@Override
	public void list(Rows rows) {
		rows.sample("activity", "select min(id) from activity where region_path = (select path from region where code = '650203001001')");
		rows.add("GET", "/activities", ActivityPermissions.VIEW, null);
		rows.add("POST", "/activities", ActivityPermissions.RECORD, null);
		rows.add("GET", "/activities/{id}", ActivityPermissions.VIEW, "activity");
		rows.add("POST", "/activities/{id}/participants", ActivityPermissions.RECORD, "activity");
		rows.add("POST", "/activities/{id}/photos", ActivityPermissions.RECORD, "activity");
		rows.add("GET", "/activities/{id}/photos/{photoId}", ActivityPermissions.VIEW, "missing");
		rows.add("GET", "/api/v1/activities", ActivityPermissions.VIEW, null);
		rows.add("GET", "/api/v1/activities/{id}", ActivityPermissions.VIEW, "activity");
		rows.add("POST", "/api/v1/activities", ActivityPermissions.RECORD, null);
	}

}
