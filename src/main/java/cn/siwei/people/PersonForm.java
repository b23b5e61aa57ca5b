package cn.siwei.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a worker enters about a person; checked by {@link People} before anything is saved.
 */
public class PersonForm {

	private Long regionId;

	private String name;

	private String gender;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	private String phone;

	private String idNumber;

	private String address;

	private Set<CareTag> careTags = EnumSet.noneOf(CareTag.class);

	private boolean partyMember;

	private boolean volunteer;

	private String skills;

	public static PersonForm of(Person p) {
		PersonForm f = new PersonForm();
		f.regionId = p.regionId();
		f.name = p.name();
		f.gender = p.gender();
		f.birthDate = p.birthDate();
		f.phone = p.phone();
		f.idNumber = p.idNumber();
		f.address = p.address();
		f.careTags = p.careTags().isEmpty() ? EnumSet.noneOf(CareTag.class) : EnumSet.copyOf(p.careTags());
		f.partyMember = p.partyMember();
		f.volunteer = p.volunteer();
		f.skills = String.join("，", p.skills());
		return f;
	}

	/**
	 * A person's form for editing: phone, ID number, date of birth and a vulnerable person's address are left
	 * empty (the page shows them masked), so that opening the form reveals nothing; an empty one is kept as it
	 * was when saved ({@link #keepingBlankFrom}).
	 */
	public static PersonForm forEditing(Person p) {
		PersonForm f = of(p);
		f.birthDate = null;
		f.phone = null;
		f.idNumber = null;
		if (p.vulnerable()) {
			f.address = null;
		}
		return f;
	}

	/** This form with each personal value left empty replaced by the person's stored one. */
	PersonForm keepingBlankFrom(Person p) {
		PersonForm f = new PersonForm();
		f.regionId = this.regionId;
		f.name = this.name;
		f.gender = this.gender;
		f.birthDate = this.birthDate != null ? this.birthDate : p.birthDate();
		f.phone = blank(this.phone) ? p.phone() : this.phone;
		f.idNumber = blank(this.idNumber) ? p.idNumber() : this.idNumber;
		f.address = blank(this.address) && p.vulnerable() ? p.address() : this.address;
		f.careTags = this.careTags;
		f.partyMember = this.partyMember;
		f.volunteer = this.volunteer;
		f.skills = this.skills;
		if (this.birthDate == null && !blank(this.idNumber) && p.birthDate() != null) {
			// A new ID number brings its own birth date; the stored one may be the old number's.
			f.birthDate = null;
		}
		return f;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** The skills as a set, split at commas (either width) and spaces. */
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

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getGender() {
		return this.gender;
	}

	public void setGender(String gender) {
		this.gender = gender;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Set<CareTag> getCareTags() {
		return this.careTags;
	}

	public void setCareTags(Set<CareTag> careTags) {
		this.careTags = careTags == null ? EnumSet.noneOf(CareTag.class) : careTags;
	}

	public boolean isPartyMember() {
		return this.partyMember;
	}

	public void setPartyMember(boolean partyMember) {
		this.partyMember = partyMember;
	}

	public boolean isVolunteer() {
		return this.volunteer;
	}

	public void setVolunteer(boolean volunteer) {
		this.volunteer = volunteer;
	}

	public String getSkills() {
		return this.skills;
	}

	public void setSkills(String skills) {
		this.skills = skills;
	}

}
