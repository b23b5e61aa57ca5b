package cn.siwei.organisation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a worker enters about a team.
 */
public class TeamForm {

	private Long regionId;

	private Long organisationId;

	private TeamKind kind;

	private String name;

	private String skills;

	private List<Long> serviceRegionIds = new ArrayList<>();

	public Set<String> skillSet() {
		Set<String> set = new LinkedHashSet<>();
		if (this.skills != null) {
			for (String s : this.skills.split("[,，、\\s]+")) {
				if (!s.isBlank()) {
					set.add(s.trim());
				}
			}
		}
		return set;
	}

	public Long getRegionId() {
		return this.regionId;
	}

	public void setRegionId(Long regionId) {
		this.regionId = regionId;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public TeamKind getKind() {
		return this.kind;
	}

	public void setKind(TeamKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSkills() {
		return this.skills;
	}

	public void setSkills(String skills) {
		this.skills = skills;
	}

	public List<Long> getServiceRegionIds() {
		return this.serviceRegionIds;
	}

	public void setServiceRegionIds(List<Long> serviceRegionIds) {
		this.serviceRegionIds = serviceRegionIds == null ? new ArrayList<>() : serviceRegionIds;
	}

}
