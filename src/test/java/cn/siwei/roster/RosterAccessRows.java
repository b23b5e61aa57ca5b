package cn.siwei.roster;

import cn.siwei.support.AccessRows;

/** The rosters' endpoints in the access matrix. */
class RosterAccessRows implements AccessRows {

	@Override
	public void list(Rows rows) {
		rows.sample("roster", "select min(id) from roster_member where name = '赵红梅'");
		rows.add("GET", "/rosters", RosterPermissions.VIEW, null);
		rows.add("GET", "/rosters/activities", RosterPermissions.VIEW, null);
		rows.add("GET", "/rosters/new", RosterPermissions.MANAGE, null);
		rows.add("POST", "/rosters", RosterPermissions.MANAGE, null);
		rows.add("GET", "/rosters/{id}", RosterPermissions.VIEW, "roster");
		rows.add("POST", "/rosters/{id}/activity", RosterPermissions.MANAGE, "roster");
		rows.add("POST", "/rosters/{id}/end", RosterPermissions.MANAGE, "roster");
		rows.add("GET", "/api/v1/rosters", RosterPermissions.VIEW, null);
		rows.add("GET", "/api/v1/rosters/activities", RosterPermissions.VIEW, null);
		rows.add("GET", "/api/v1/rosters/{id}", RosterPermissions.VIEW, "roster");
		rows.add("POST", "/api/v1/rosters", RosterPermissions.MANAGE, null);
		rows.add("POST", "/api/v1/rosters/{id}/{act}", RosterPermissions.MANAGE, "roster");
	}

}
