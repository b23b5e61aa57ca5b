package cn.siwei.organisation;

/**
 * What a worker enters about an organisation.
 */
public class OrganisationForm {

	private Long regionId;

	private OrganisationKind kind;

	private String name;

	private String phone;

	private String note;

	public static OrganisationForm of(Organisation o) {
		OrganisationForm f = new OrganisationForm();
		f.regionId = o.regionId();
		f.kind = o.kind();
		f.name = o.name();
		f.phone = o.phone();
		f.note = o.note();
		return f;
	}

	public static OrganisationForm of(long regionId, OrganisationKind kind, String name) {
		OrganisationForm f = new OrganisationForm();
		f.regionId = regionId;
		f.kind = kind;
		f.name = name;
		return f;
	}

	public Long getRegionId() {
		return this.regionId;
	}

	public void setRegionId(Long regionId) {
		this.regionId = regionId;
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
