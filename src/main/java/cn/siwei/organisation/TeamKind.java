package cn.siwei.organisation;

/**
 * The kinds of team that claim and carry out work.
 */
public enum TeamKind {

	/** 党员队/"红细胞"党员: a team of party members. */
	PARTY_MEMBER_TEAM,
	/** 志愿服务队: a volunteer service team. */
	VOLUNTEER_TEAM,
	/** 小分队: a small specialised squad (双创小分队, 维权小分队 …). */
	SQUAD,
	/** 青年党员工作队: a young party members' work team. */
	YOUTH_WORK_TEAM;

	public String messageKey() {
		return "team.kind." + name();
	}

}
