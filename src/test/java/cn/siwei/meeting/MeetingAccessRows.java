package cn.siwei.meeting;

import cn.siwei.support.AccessRows;

/** The meeting capability's endpoints in the access matrix. */
class MeetingAccessRows implements AccessRows {

	@Override
	public void list(Rows rows) {
		rows.sample("meeting", "select id from meeting where title = '小区停车难和东门安全六方会谈'");
		rows.sample("owners", "select id from meeting where title = '永安小区业主大会：加装电梯与停车管理'");
		rows.sample("decision", "select min(id) from meeting_decision where text like '东门加装两盏路灯%'");
		rows.add("GET", "/meetings", MeetingPermissions.VIEW, null);
		rows.add("GET", "/meetings/new", MeetingPermissions.CONVENE, null);
		rows.add("POST", "/meetings", MeetingPermissions.CONVENE, null);
		rows.add("GET", "/meetings/{id}", MeetingPermissions.VIEW, "meeting");
		rows.add("GET", "/meetings/{id}/qr.svg", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/meetings/{id}/agenda", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/meetings/{id}/open", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/meetings/{id}/sign-in", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/meetings/{id}/decisions", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/meetings/{id}/close", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/meetings/{id}/cancel", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/meetings/{id}/owners", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/meetings/{id}/matters", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/meetings/matters/{matterId}/votes", MeetingPermissions.CONVENE, null);
		rows.add("POST", "/meetings/matters/{matterId}/decide", MeetingPermissions.CONVENE, null);
		rows.add("GET", "/api/v1/meetings/{id}/owners", MeetingPermissions.VIEW, "owners");
		rows.add("POST", "/api/v1/meetings/{id}/owners", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/api/v1/meetings/{id}/agenda", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/api/v1/meetings/{id}/matters", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/api/v1/meetings/matters/{matterId}/votes", MeetingPermissions.CONVENE, null);
		rows.add("POST", "/api/v1/meetings/matters/{matterId}/decide", MeetingPermissions.CONVENE, null);
		// a code that opens nothing: not found for everyone
		rows.add("GET", "/meetings/sign-in/{code}", null, "missing");
		rows.add("POST", "/meetings/sign-in/{code}", null, "missing");
		rows.add("GET", "/meetings/decisions", MeetingPermissions.VIEW, null);
		rows.add("GET", "/meetings/decisions/{id}", MeetingPermissions.VIEW, "decision");
		rows.add("POST", "/meetings/decisions/{id}/progress", MeetingPermissions.FOLLOW, "decision");
		rows.add("POST", "/meetings/decisions/{id}/finish", MeetingPermissions.FOLLOW, "decision");
		rows.add("GET", "/api/v1/meetings", MeetingPermissions.VIEW, null);
		rows.add("GET", "/api/v1/meetings/{id}", MeetingPermissions.VIEW, "meeting");
		rows.add("POST", "/api/v1/meetings", MeetingPermissions.CONVENE, null);
		rows.add("POST", "/api/v1/meetings/{id}/open", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/api/v1/meetings/{id}/sign-in", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/api/v1/meetings/{id}/decisions", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/api/v1/meetings/{id}/close", MeetingPermissions.CONVENE, "meeting");
		rows.add("POST", "/api/v1/meetings/{id}/cancel", MeetingPermissions.CONVENE, "meeting");
		rows.add("GET", "/api/v1/meetings/decisions", MeetingPermissions.VIEW, null);
		rows.add("POST", "/api/v1/meetings/decisions/{id}/progress", MeetingPermissions.FOLLOW, "decision");
		rows.add("POST", "/api/v1/meetings/decisions/{id}/finish", MeetingPermissions.FOLLOW, "decision");
	}

}
