package cn.siwei.renovation;

import cn.siwei.support.AccessRows;

/** The renovation capability's endpoints in the access matrix. */
class RenovationAccessRows implements AccessRows {

	@Override
	public void list(Rows rows) {
		rows.sample("renovation", "select min(id) from renovation where title = '永安小区1号楼加装电梯'");
		rows.add("GET", "/renovations", RenovationPermissions.VIEW, null);
		rows.add("GET", "/renovations/new", RenovationPermissions.MANAGE, null);
		rows.add("POST", "/renovations", RenovationPermissions.MANAGE, null);
		rows.add("GET", "/renovations/{id}", RenovationPermissions.VIEW, "renovation");
		for (String act : new String[] { "consult", "tally", "progress", "accept" }) {
			rows.add("POST", "/renovations/{id}/" + act, RenovationPermissions.MANAGE, "renovation");
		}
		rows.add("GET", "/api/v1/renovations", RenovationPermissions.VIEW, null);
		rows.add("GET", "/api/v1/renovations/{id}", RenovationPermissions.VIEW, "renovation");
		rows.add("POST", "/api/v1/renovations", RenovationPermissions.MANAGE, null);
		rows.add("POST", "/api/v1/renovations/{id}/{act}", RenovationPermissions.MANAGE, "renovation");
	}

}
