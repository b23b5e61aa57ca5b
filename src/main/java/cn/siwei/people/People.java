package cn.siwei.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.access.Scope;
import cn.siwei.platform.Events;
import cn.siwei.platform.Masking;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Reveals;
import cn.siwei.platform.Violations;
import cn.siwei.region.RecordCounter;
import cn.siwei.region.Region;
import cn.siwei.region.RegionCounts;
import cn.siwei.region.RegionSubtreeMoved;
import cn.siwei.region.Regions;

/**
 * The people of the regions: the entry point for reading and changing them. Whatever leaves here towards a
 * screen is masked unless the actor reveals a value, and every reveal is audited.
 */
@Service
public class People implements RecordCounter {

	static final String TYPE = "person";

	private final PersonRepository repository;

	private final Regions regions;

	private final RegionCounts counts;

	private final Events events;

	private final Clock clock;

	People(PersonRepository repository, Regions regions, RegionCounts counts, Events events, Clock clock) {
		this.repository = repository;
		this.regions = regions;
		this.counts = counts;
		this.events = events;
		this.clock = clock;
	}

	/** The personal values a permitted actor may reveal, one at a time. */
	public enum PersonalField {

		/** The phone number. */
		PHONE,
		/** The ID number. */
		ID_NUMBER,
		/** The exact address. */
		ADDRESS

	}

	/** Lists with at most this many matches are found first and sorted; longer ones read in name order. */
	static final long SMALL_LIST = 50_000;

	@Transactional(readOnly = true)
	public Page<PersonView> list(Actor actor, String text, CareTag careTag, Long underRegionId,
			boolean includeInactive, int page, int size) {
		actor.require(Permission.PEOPLE_VIEW);
		String under = underRegionId == null ? null : this.regions.get(actor, underRegionId).path();
		var filter = new PersonRepository.Filter(text, careTag, under, includeInactive);
		Scope scope = actor.scope();
		boolean plain = (text == null || text.isBlank()) && careTag == null && !includeInactive && !scope.ownOnly();
		String path = under != null ? under : scope.regionPath();
		long inScope = this.counts.under(TYPE, List.of(path)).getOrDefault(path, 0L);
		// Without filters the maintained count is exact and costs nothing; with filters, count the matches.
		long total = plain ? inScope : this.repository.count(scope, filter);
		boolean small = total <= SMALL_LIST || scope.ownOnly();
		var rows = this.repository.list(scope, filter, (int) Page.offset(page, size), size, small);
		return new Page<>(rows.stream().map(r -> PersonView.masked(r.person(), r.regionName())).toList(), page, size,
				total);
	}

	/** A person as the actor may see them, masked. */
	@Transactional(readOnly = true)
	public PersonView view(Actor actor, long id) {
		actor.require(Permission.PEOPLE_VIEW);
		Person p = load(actor, id);
		return PersonView.masked(p, this.regions.find(p.regionId()).map(Region::name).orElse(""));
	}

	/** The actor's own person record, if their account has one. */
	@Transactional(readOnly = true)
	public Optional<PersonView> self(Actor actor) {
		if (actor.personId() == null) {
			return Optional.empty();
		}
		return this.repository.find(new Scope(actor.regionPath(), actor.personId()), actor.personId())
			.map(p -> PersonView.own(p, this.regions.find(p.regionId()).map(Region::name).orElse("")));
	}

	/**
	 * A person's form for editing, with the personal values left empty (shown masked beside it); only for those
	 * who may change people.
	 */
	@Transactional(readOnly = true)
	public PersonForm form(Actor actor, long id) {
		actor.require(Permission.PEOPLE_MANAGE);
		return PersonForm.forEditing(load(actor, id));
	}

	/** Whether a person exists and lies inside the actor's scope. */
	@Transactional(readOnly = true)
	public boolean visible(Actor actor, long id) {
		return this.repository.find(actor.scope(), id).isPresent();
	}

	/**
	 * Shows one full personal value and writes that to the audit trail with the reason given.
	 * @throws cn.siwei.access.AccessDenied unless the actor's role needs such values
	 * @throws cn.siwei.platform.Rejected when no reason is given
	 */
	@Transactional
	public String reveal(Actor actor, long id, PersonalField field, String reason) {
		actor.require(Permission.PERSONAL_DATA_REVEAL);
		String why = Reveals.reason(reason);
		Person p = load(actor, id);
		String value = switch (field) {
			case PHONE -> p.phone();
			case ID_NUMBER -> p.idNumber();
			case ADDRESS -> p.address();
		};
		this.events.changed(actor, TYPE, id, RecordChanged.Action.VIEW_PERSONAL_DATA, p.regionPath(), Map.of(),
				Map.of("field", field.name()), why);
		return value == null ? "" : value;
	}

	/**
	 * A person's phone, for a capability that shows it on behalf of one of its own records (the reporter of a
	 * request, the beneficiary of a claimed wish) after checking the actor's right to it there, and that writes
	 * the reveal to the audit trail itself. Nothing else may call it.
	 */
	@Transactional(readOnly = true)
	public Optional<String> phoneForAuditedReveal(long personId) {
		return this.repository.find(Scope.of("/"), personId).map(Person::phone);
	}

	/**
	 * How to reach a person.
	 *
	 * @param personId the person
	 * @param regionPath where they live, for the audit trail
	 * @param name their name
	 * @param phone their phone, or null
	 * @param address their address, or null
	 */
	public record Contact(long personId, String regionPath, String name, String phone, String address) {
	}

	/**
	 * A person's phone and address, for a capability that shows them to someone who needs them to do its work (the
	 * volunteer who claimed a wish, while the claim lasts) after checking that need on its own record, and that
	 * writes the reveal to the audit trail itself ({@link #audit}). Nothing else may call it.
	 */
	@Transactional(readOnly = true)
	public Optional<Contact> contactForAuditedReveal(long personId) {
		return this.repository.find(Scope.of("/"), personId)
			.map(p -> new Contact(p.id(), p.regionPath(), p.name(), p.phone(), p.address()));
	}

	/** Writes a reveal made by another capability to the person's audit history, with what and why. */
	@Transactional
	public void audit(Actor actor, Contact contact, String fields, String reason) {
		this.events.changed(actor, TYPE, contact.personId(), RecordChanged.Action.VIEW_PERSONAL_DATA,
				contact.regionPath(), Map.of(), Map.of("field", fields), reason);
	}

	/**
	 * Who a report by phone may come from: the one resident registered under the region with that phone and name
	 * ({@code sure}), or the one with that phone under another name (a family member's phone, a typo: someone
	 * should confirm). Empty when nobody, or several, have that phone.
	 *
	 * @param personId the resident
	 * @param sure whether the name matched too
	 */
	public record Caller(long personId, boolean sure) {
	}

	@Transactional(readOnly = true)
	public Optional<Caller> caller(String regionPath, String phone, String name) {
		if (phone == null || phone.isBlank()) {
			return Optional.empty();
		}
		List<Object[]> matches = this.repository.byPhone(regionPath, phone.replaceAll("[\\s-]", ""));
		if (matches.size() != 1) {
			return Optional.empty();
		}
		boolean sameName = name != null && name.strip().equals(matches.get(0)[1]);
		return Optional.of(new Caller((Long) matches.get(0)[0], sameName));
	}

	@Transactional
	public long create(Actor actor, PersonForm form) {
		actor.require(Permission.PEOPLE_MANAGE);
		Person p = check(actor, form, null);
		long id = this.repository.insert(p, this.clock.instant());
		this.events.created(actor, TYPE, id, p.regionPath(), describe(p));
		return id;
	}

	@Transactional
	public void update(Actor actor, long id, PersonForm form) {
		actor.require(Permission.PEOPLE_MANAGE);
		Person before = load(actor, id);
		// A personal value left empty keeps what is stored: the form never shows it whole.
		Person after = check(actor, form.keepingBlankFrom(before), id);
		this.repository.update(id, after, this.clock.instant());
		this.events.changed(actor, TYPE, id, after.regionPath(), describe(before), describe(after));
	}

	@Transactional
	public void setActive(Actor actor, long id, boolean active, String reason) {
		actor.require(Permission.PEOPLE_MANAGE);
		Person p = load(actor, id);
		if (p.active() == active) {
			return;
		}
		this.repository.setActive(id, active, this.clock.instant());
		this.events.changed(actor, TYPE, id, active ? RecordChanged.Action.REACTIVATE : RecordChanged.Action.DEACTIVATE,
				p.regionPath(), Map.of("active", p.active()), Map.of("active", active), reason);
	}

	@Override
	public String labelKey() {
		return "people.count";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> countUnder(Collection<String> paths) {
		return this.counts.under(TYPE, paths);
	}

	@EventListener
	void on(RegionSubtreeMoved moved) {
		this.repository.rewritePaths(moved.oldPath(), moved.newPath());
	}

	Person load(Actor actor, long id) {
		return this.repository.find(actor.scope(), id).orElseThrow(() -> new NotFound(TYPE, id));
	}

	/**
	 * Checks every field of a form and collects every problem, then throws them together.
	 * @param self the person being edited, or null for a new one
	 */
	Person check(Actor actor, PersonForm form, Long self) {
		Violations v = new Violations();
		Cleaned c = clean(form, v);
		if (c.idNumber() != null && !v.has("idNumber")) {
			Optional<Long> holder = this.repository.findIdByIdNumber(c.idNumber());
			if (holder.isPresent() && !holder.get().equals(self)) {
				v.add("idNumber", "people.rejected.idNumberTaken");
			}
		}
		Region region = null;
		if (form.getRegionId() == null) {
			v.add("regionId", "validation.required");
		}
		else {
			region = regionIn(actor, form.getRegionId(), v);
		}
		v.throwIfAny();
		return new Person(self == null ? 0 : self, region.id(), region.path(), c.name(), c.gender(), c.birthDate(),
				c.phone(), c.idNumber(), c.address(), form.getCareTags(), form.isPartyMember(), form.isVolunteer(),
				c.skills(), true);
	}

	/**
	 * The fields of a person after the checks that need no database, normalised (trimmed, phone without
	 * separators, ID number upper case, birth date taken from the ID number when missing).
	 *
	 * @param name name
	 * @param gender M, F or null
	 * @param birthDate date of birth
	 * @param phone phone
	 * @param idNumber ID number
	 * @param address address
	 * @param skills skills
	 */
	record Cleaned(String name, String gender, LocalDate birthDate, String phone, String idNumber, String address,
			Set<String> skills) {
	}

	/** The checks of a person's own fields; the region and the ID number's uniqueness are checked by the caller. */
	Cleaned clean(PersonForm form, Violations v) {
		String name = v.required("name", form.getName(), 100);
		String gender = form.getGender() == null || form.getGender().isBlank() ? null : form.getGender().trim();
		if (gender != null && !gender.equals("M") && !gender.equals("F")) {
			v.add("gender", "people.rejected.gender");
		}
		String phone = v.optional("phone", form.getPhone(), 32);
		if (phone != null) {
			phone = phone.replaceAll("[\\s-]", "");
			// a mobile (11 digits from 13 to 19), or a landline with its area code (0 and 2 or 3 digits, then 7 or 8)
			if (!phone.matches("1[3-9]\\d{9}|0\\d{9,11}")) {
				v.add("phone", "people.rejected.phone");
			}
		}
		String idNumber = v.optional("idNumber", form.getIdNumber(), 18);
		LocalDate birth = form.getBirthDate();
		if (idNumber != null) {
			idNumber = idNumber.toUpperCase();
			if (!IdNumbers.valid(idNumber)) {
				v.add("idNumber", "people.rejected.idNumber");
			}
			else if (birth == null) {
				birth = IdNumbers.birthDate(idNumber);
			}
			else if (!birth.equals(IdNumbers.birthDate(idNumber))) {
				v.add("birthDate", "people.rejected.birthDateMismatch");
			}
		}
		if (birth != null && birth.isAfter(LocalDate.now(this.clock))) {
			v.add("birthDate", "people.rejected.birthDateFuture");
		}
		String address = v.optional("address", form.getAddress(), 300);
		var skills = form.skillSet();
		if (skills.stream().anyMatch(s -> s.length() > 30)) {
			v.add("skills", "validation.tooLong", 30);
		}
		return new Cleaned(name, gender, birth, phone, idNumber, address, skills);
	}

	private Region regionIn(Actor actor, long regionId, Violations v) {
		try {
			Region region = this.regions.get(actor, regionId);
			if (!region.active()) {
				v.add("regionId", "people.rejected.regionInactive");
			}
			return region;
		}
		catch (NotFound ex) {
			v.add("regionId", "people.rejected.regionUnknown");
			return null;
		}
	}

	private static Map<String, Object> describe(Person p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", p.name());
		m.put("regionPath", p.regionPath());
		m.put("gender", p.gender());
		m.put("birthYear", Masking.birthYear(p.birthDate()));
		// Personal values are recorded masked: the audit trail must not become a copy of them.
		m.put("phone", Masking.phone(p.phone()));
		m.put("idNumber", Masking.idNumber(p.idNumber()));
		m.put("address", p.vulnerable() ? Masking.address(p.address()) : p.address());
		m.put("careTags", p.careTags().stream().map(Enum::name).sorted().toList());
		m.put("partyMember", p.partyMember());
		m.put("volunteer", p.volunteer());
		m.put("skills", p.skills());
		return m;
	}

}
