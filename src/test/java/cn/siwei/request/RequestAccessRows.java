package cn.siwei.request;

import java.util.List;

import cn.siwei.access.Permission;
import cn.siwei.support.AccessRows;

/** The request capability's endpoints in the access matrix, Open311's among them. */
class RequestAccessRows implements AccessRows {

	@Override
	public void list(Rows rows) {
		rows.sample("request", "select id from request where description like '永安社区西侧道路%'");
		rows.sample("pushed", "select id from request where client_id in (select id from api_client where public_read) order by id limit 1");
		rows.prepare("insert into request_token (token, request_id) values ('matrix-token', ?) on conflict do nothing", "pushed");
		rows.add("GET", "/rankings", RequestPermissions.VIEW, null);
		rows.add("GET", "/rankings.xlsx", RequestPermissions.VIEW, null);
		rows.add("POST", "/rankings/comments", RequestPermissions.RANKING_COMMENT, null);
		rows.add("GET", "/hot-topics", RequestPermissions.VIEW, null);
		rows.add("GET", "/requests", RequestPermissions.VIEW, null);
		rows.add("GET", "/requests/new", RequestPermissions.RECORD, null);
		rows.add("POST", "/requests", RequestPermissions.RECORD, null);
		rows.add("GET", "/requests/tasks", RequestPermissions.HANDLE, null);
		rows.add("GET", "/requests/supervision", RequestPermissions.VIEW, null);
		rows.add("GET", "/requests/supervision.xlsx", RequestPermissions.VIEW, null);
		rows.add("GET", "/requests/export.xlsx", RequestPermissions.VIEW, null);
		rows.add("GET", "/api/v1/requests/export.xlsx", RequestPermissions.VIEW, null);
		rows.add("GET", "/api/v1/requests/categories", null, null);
		rows.add("GET", "/api/v1/requests/mine", null, null);
		rows.add("GET", "/requests/figures", RequestPermissions.VIEW, null);
		rows.add("GET", "/requests/units", RequestPermissions.VIEW, null);
		rows.add("GET", "/requests/units.xlsx", RequestPermissions.VIEW, null);
		rows.add("GET", "/my/requests", null, null);
		rows.add("POST", "/my/requests", null, null);
		rows.addHidden("GET", "/requests/{id}", RequestPermissions.VIEW, "request");
		for (String act : List.of("accept", "decline", "route", "duplicate", "unlink-duplicate", "dispatch", "escalate")) {
			rows.add("POST", "/requests/{id}/" + act, RequestPermissions.ACCEPT, "request");
			rows.add("POST", "/api/v1/requests/{id}/" + act, RequestPermissions.ACCEPT, "request");
		}
		rows.add("POST", "/requests/{id}/wait", RequestPermissions.ACCEPT, "request");
		rows.add("POST", "/requests/{id}/resume", RequestPermissions.ACCEPT, "request");
		for (String act : List.of("study", "summon", "return")) {
			rows.add("POST", "/requests/{id}/" + act, RequestPermissions.SUMMON, "request");
			rows.add("POST", "/api/v1/requests/{id}/" + act, RequestPermissions.SUMMON, "request");
		}
		for (String act : List.of("report", "claim", "done", "send-back", "extension")) {
			rows.add("POST", "/requests/{id}/parts/{partId}/" + act, RequestPermissions.HANDLE, "request");
			rows.add("POST", "/api/v1/requests/{id}/parts/{partId}/" + act, RequestPermissions.HANDLE, "request");
		}
		rows.add("POST", "/requests/{id}/reveal", Permission.PERSONAL_DATA_REVEAL, "request");
		rows.add("POST", "/api/v1/requests/{id}/reveal", Permission.PERSONAL_DATA_REVEAL, "request");
		rows.add("POST", "/requests/{id}/remind", RequestPermissions.SUPERVISE, "request");
		rows.add("POST", "/api/v1/requests/{id}/remind", RequestPermissions.SUPERVISE, "request");
		// a unit on its part or staff of the region: decided by the service after reading the request
		rows.add("POST", "/requests/{id}/progress", null, "request");
		rows.add("POST", "/api/v1/requests/{id}/progress", null, "request");
		rows.add("POST", "/requests/{id}/evaluate", null, "request");
		// a unit working a part of it: decided by the service after reading the request
		rows.add("POST", "/requests/{id}/reporter-contact", null, "request");
		rows.add("POST", "/api/v1/requests/{id}/reporter-contact", null, "request");
		// the reporter's own acts: the loop refuses anyone else
		for (String act : List.of("urge", "supplement", "cancel")) {
			rows.add("POST", "/requests/{id}/" + act, null, "request");
			rows.add("POST", "/api/v1/requests/{id}/" + act, null, "request");
		}
		for (String prefix : List.of("/requests", "/api/v1/requests")) {
			rows.add("POST", prefix + "/{id}/parts/{partId}/withdraw", RequestPermissions.ACCEPT, "request");
			rows.add("POST", prefix + "/{id}/parts/{partId}/extension/decision", RequestPermissions.ACCEPT, "request");
		}
		rows.add("POST", "/requests/{id}/reporter", RequestPermissions.ACCEPT, "request");
		rows.add("POST", "/requests/{id}/call-back", RequestPermissions.CALL_BACK, "request");
		rows.add("POST", "/api/v1/requests/{id}/call-back", RequestPermissions.CALL_BACK, "request");
		rows.add("POST", "/api/v1/requests/intake/{key}/evaluation", null, null);
		rows.add("POST", "/api/v1/requests/{id}/evaluate", null, "request");
		rows.add("POST", "/requests/{id}/photos", null, "request");
		rows.add("GET", "/requests/{id}/photos/{photoId}", null, "missing");
		rows.add("GET", "/requests/settings", Permission.RULES_MANAGE, null);
		rows.add("POST", "/requests/settings/limits", Permission.RULES_MANAGE, null);
		rows.add("POST", "/requests/settings/calendar", Permission.DICTIONARY_MANAGE, null);
		rows.add("POST", "/requests/settings/templates", Permission.DICTIONARY_MANAGE, null);
		rows.add("POST", "/requests/settings/templates/{id}/deactivate", Permission.DICTIONARY_MANAGE, null);
		rows.add("POST", "/requests/settings/clients", Permission.ACCOUNT_MANAGE, null);
		rows.add("POST", "/requests/settings/clients/{id}/deactivate", Permission.ACCOUNT_MANAGE, null);
		rows.add("POST", "/requests/settings/clients/{id}/public", Permission.ACCOUNT_MANAGE, null);
		rows.add("GET", "/api/v1/requests", RequestPermissions.VIEW, null);
		rows.add("GET", "/api/v1/requests/figures", RequestPermissions.VIEW, "region");
		rows.add("GET", "/api/v1/requests/supervision", RequestPermissions.VIEW, null);
		rows.add("GET", "/api/v1/requests/tasks", RequestPermissions.HANDLE, null);
		rows.addHidden("GET", "/api/v1/requests/{id}", RequestPermissions.VIEW, "request");
		rows.add("GET", "/api/v1/requests/{id}/similar", RequestPermissions.ACCEPT, "request");
		rows.add("POST", "/api/v1/requests", RequestPermissions.RECORD, null);
		rows.add("POST", "/api/v1/requests/mine", null, null);
		// other systems, with their own keys (tried in Open311IT and RequestIntakeIT)
		rows.add("POST", "/api/v1/requests/intake", null, null);
		rows.add("GET", "/open311/v2/discovery.{format}", null, null);
		rows.add("GET", "/open311/v2/services.{format}", null, null);
		rows.add("GET", "/open311/v2/services/{code}.{format}", null, null);
		rows.add("POST", "/open311/v2/requests.{format}", null, null);
		rows.add("GET", "/open311/v2/requests.{format}", null, null);
		rows.add("GET", "/open311/v2/requests/{id}.{format}", null, null);
		rows.add("GET", "/open311/v2/tokens/{token}.{format}", null, null);
	}

}
