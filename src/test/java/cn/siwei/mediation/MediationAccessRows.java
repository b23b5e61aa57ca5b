package cn.siwei.mediation;

import cn.siwei.support.AccessRows;

/** The mediation capability's endpoints in the access matrix. */
class MediationAccessRows implements AccessRows {

	@Override
	public void list(Rows rows) {
		rows.sample("mediation", "select min(id) from mediation where facts like '楼上管道漏水%'");
		rows.add("GET", "/mediations", MediationPermissions.VIEW, null);
		rows.add("GET", "/mediations/new", MediationPermissions.HANDLE, null);
		rows.add("POST", "/mediations", MediationPermissions.HANDLE, null);
		rows.add("GET", "/mediations/{id}", MediationPermissions.VIEW, "mediation");
		for (String act : new String[] { "assign", "object", "accept", "session", "extend", "agree", "fail",
				"confirmation", "follow-up", "close" }) {
			rows.add("POST", "/mediations/{id}/" + act, MediationPermissions.HANDLE, "mediation");
		}
		rows.sample("mediator", "select min(id) from mediator where name = '马丽'");
		rows.add("POST", "/mediations/{id}/evidence", MediationPermissions.HANDLE, "mediation");
		rows.add("GET", "/mediations/{id}/evidence/{fileId}", MediationPermissions.VIEW, "missing");
		rows.add("GET", "/mediations/{id}/bundle", MediationPermissions.HANDLE, "mediation");
		rows.add("GET", "/mediators", MediationPermissions.VIEW, null);
		rows.add("POST", "/mediators", MediationPermissions.HANDLE, null);
		rows.add("POST", "/mediators/{id}/retire", MediationPermissions.HANDLE, "mediator");
		rows.add("GET", "/api/v1/mediators", MediationPermissions.VIEW, null);
		rows.add("POST", "/api/v1/mediators", MediationPermissions.HANDLE, null);
		rows.add("POST", "/api/v1/mediators/{id}/retire", MediationPermissions.HANDLE, "mediator");
		rows.add("GET", "/api/v1/mediations/{id}/suggestions", MediationPermissions.HANDLE, "mediation");
		rows.add("GET", "/api/v1/mediations/{id}/evidence", MediationPermissions.VIEW, "mediation");
		rows.add("POST", "/api/v1/mediations/{id}/evidence", MediationPermissions.HANDLE, "mediation");
		rows.add("GET", "/api/v1/mediations", MediationPermissions.VIEW, null);
		rows.add("GET", "/api/v1/mediations/{id}", MediationPermissions.VIEW, "mediation");
		rows.add("POST", "/api/v1/mediations", MediationPermissions.HANDLE, null);
		rows.add("POST", "/api/v1/mediations/{id}/{act}", MediationPermissions.HANDLE, "mediation");
	}

}
