package cn.siwei.people;

import java.time.LocalDate;
import java.util.Set;

/**
 * A person of a region: a resident, and possibly a party member, a volunteer, a capable person (能人).
 * Holds personal data in full; only {@link PersonView} leaves the module towards a screen or export.
 *
 * @param id the person
 * @param regionId the node they live in
 * @param regionPath that node's path
 * @param name full name
 * @param gender M, F or null
 * @param birthDate date of birth
 * @param phone phone number (personal data)
 * @param idNumber resident ID number (personal data)
 * @param address exact address (personal data when the person is vulnerable)
 * @param careTags why they need care
 * @param partyMember whether they are a party member
 * @param volunteer whether they volunteer
 * @param skills what they can do, for matching
 * @param active false once deactivated
 */
public record Person(long id, long regionId, String regionPath, String name, String gender, LocalDate birthDate,
		String phone, String idNumber, String address, Set<CareTag> careTags, boolean partyMember, boolean volunteer,
		Set<String> skills, boolean active) {

	/** Whether the person has any care tag; their exact address is then personal data. */
	public boolean vulnerable() {
		return !this.careTags.isEmpty();
	}

}
