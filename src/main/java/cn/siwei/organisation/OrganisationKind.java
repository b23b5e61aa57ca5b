package cn.siwei.organisation;

/**
 * The kinds of organisation DOMAIN §2 names.
 */
public enum OrganisationKind {

	/** 街道办事处/乡镇政府: a street office or town government. */
	STREET_OFFICE,
	/** 党委/党工委: a party committee or working committee. */
	PARTY_COMMITTEE,
	/** 党支部: a party branch, e.g. one built in a compound. */
	PARTY_BRANCH,
	/** 社区居委会/村委会: a community or village committee. */
	COMMUNITY_COMMITTEE,
	/** 职能部门: a government department. */
	DEPARTMENT,
	/** 联点单位: a liaison unit paired with communities. */
	LIAISON_UNIT,
	/** "大党委"成员单位/辖区单位: a unit of the area. */
	AREA_UNIT,
	/** 物业公司: a property company. */
	PROPERTY_COMPANY,
	/** 物业服务项目: one service project of a property company. */
	PROPERTY_PROJECT,
	/** 企业: an enterprise. */
	ENTERPRISE,
	/** 业委会: an owners' committee. */
	OWNERS_COMMITTEE,
	/** 居民说事会/评理会/听证会: a residents' self-governance council. */
	RESIDENTS_COUNCIL,
	/** 调解组织: a mediation body. */
	MEDIATION_BODY;

	public String messageKey() {
		return "organisation.kind." + name();
	}

}
