package cn.siwei.people;

import java.time.LocalDate;
import java.util.Set;

import cn.siwei.platform.Masking;

/**
 * A person as shown to someone: phone and ID number masked, the date of birth reduced to its year (with it a
 * masked ID number could be completed), and the address masked too when the person is vulnerable.
 *
 * @param id the person
 * @param regionId the node they live in
 * @param regionPath that node's path
 * @param regionName that node's name
 * @param name full name
 * @param gender M, F or null
 * @param birthDate date of birth, only in a person's view of themselves (null when masked)
 * @param birthYear year of birth
 * @param phone masked phone
 * @param idNumber masked ID number
 * @param address address, masked for a vulnerable person
 * @param careTags care tags
 * @param partyMember party member
 * @param volunteer volunteer
 * @param skills skills
 * @param active active
 */
public record PersonView(long id, long regionId, String regionPath, String regionName, String name, String gender,
		LocalDate birthDate, Integer birthYear, String phone, String idNumber, String address, Set<CareTag> careTags, boolean partyMember,
		boolean volunteer, Set<String> skills, boolean active) {

	static PersonView masked(Person p, String regionName) {
		return new PersonView(p.id(), p.regionId(), p.regionPath(), regionName, p.name(), p.gender(), null,
				Masking.birthYear(p.birthDate()), Masking.phone(p.phone()), Masking.idNumber(p.idNumber()),
				p.vulnerable() ? Masking.address(p.address()) : p.address(), p.careTags(), p.partyMember(),
				p.volunteer(), p.skills(), p.active());
	}

	/** A person as they see themselves: nothing of their own is hidden from them. */
	static PersonView own(Person p, String regionName) {
		return new PersonView(p.id(), p.regionId(), p.regionPath(), regionName, p.name(), p.gender(), p.birthDate(),
				Masking.birthYear(p.birthDate()), p.phone(), p.idNumber(), p.address(), p.careTags(), p.partyMember(), p.volunteer(), p.skills(),
				p.active());
	}

	public boolean vulnerable() {
		return !this.careTags.isEmpty();
	}

}
