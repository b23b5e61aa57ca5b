package cn.siwei.problem;

import cn.siwei.support.AccessRows;

/** The problem inventory's endpoints in the access matrix. */
class ProblemAccessRows implements AccessRows {

	@Override
	public void list(Rows rows) {
		rows.sample("problem", "select min(id) from problem where region_path like (select path from region where code = '650203001001') || '%'");
		rows.add("GET", "/problems", ProblemPermissions.VIEW, null);
		rows.add("GET", "/problems/new", ProblemPermissions.HANDLE, null);
		rows.add("POST", "/problems", ProblemPermissions.HANDLE, null);
		rows.add("GET", "/problems/{id}", ProblemPermissions.VIEW, "problem");
		for (String act : new String[] { "assign", "progress", "finish", "drop", "reopen" }) {
			rows.add("POST", "/problems/{id}/" + act, ProblemPermissions.HANDLE, "problem");
		}
		rows.add("GET", "/api/v1/problems", ProblemPermissions.VIEW, null);
		rows.add("GET", "/api/v1/problems/{id}", ProblemPermissions.VIEW, "problem");
		rows.add("POST", "/api/v1/problems", ProblemPermissions.HANDLE, null);
		rows.add("POST", "/api/v1/problems/{id}/{act}", ProblemPermissions.HANDLE, "problem");
	}

}
