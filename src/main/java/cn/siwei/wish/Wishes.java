package cn.siwei.wish;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.organisation.Teams;
import cn.siwei.people.People;
import cn.siwei.people.PersonView;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Satisfaction;
import cn.siwei.platform.Violations;
import cn.siwei.wish.WishEvents.Subject;
import cn.siwei.wish.WishEvents.WishClaimed;
import cn.siwei.wish.WishEvents.WishCollected;
import cn.siwei.wish.WishEvents.WishCompleted;
import cn.siwei.wish.WishEvents.WishContacted;
import cn.siwei.wish.WishEvents.WishEvaluated;
import cn.siwei.wish.WishEvents.WishNoted;
import cn.siwei.wish.WishEvents.WishTransferred;
import cn.siwei.wish.WishLoop.Act;
import cn.siwei.wish.WishTerms.EventKind;

/**
 * The acts of the micro-wish loop: collected (by a worker, or made by the resident), claimed by a force or assigned
 * by staff, contact made within the deadline with a committed date, completed, evaluated; followed up, reminded,
 * transferred, praised. Each act asks the loop ({@link WishLoop}), changes the state in one conditional statement
 * named after it, writes the timeline and publishes its event ({@link WishEvents}).
 */
@Service
public class Wishes {

	static final String TYPE = WishAccess.TYPE;

	static final int NOTE_LENGTH = 2000;

	private final WishRepository repository;

	private final WishAccess access;

	private final WishRules rules;

	private final People people;

	private final Teams teams;

	private final Events events;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final MessageSource messages;

	Wishes(MessageSource messages, WishRepository repository, WishAccess access, WishRules rules, People people, Teams teams, Events events,
			ApplicationEventPublisher publisher, Clock clock) {
		this.messages = messages;
		this.repository = repository;
		this.access = access;
		this.rules = rules;
		this.people = people;
		this.teams = teams;
		this.events = events;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** A worker records a wish found by notice, mailbox, visit, phone or meeting. */
	@Transactional
	public long collect(Actor actor, WishForm form) {
		actor.require(WishPermissions.COLLECT);
		Violations v = check(form);
		PersonView beneficiary = null;
		if (form.getBeneficiaryId() == null) {
			v.add("beneficiaryId", "validation.required");
		}
		else {
			try {
				beneficiary = this.people.view(actor, form.getBeneficiaryId());
			}
			catch (NotFound ex) {
				v.add("beneficiaryId", "post.rejected.personUnknown");
			}
		}
		v.throwIfAny();
		return create(actor, beneficiary, form, EventKind.COLLECTED);
	}

	/** A resident submits a wish of their own. */
	@Transactional
	public long submitOwn(Actor actor, WishForm form) {
		if (actor.role() != Role.RESIDENT && actor.role() != Role.VOLUNTEER) {
			throw new AccessDenied(WishPermissions.COLLECT);
		}
		PersonView self = this.people.self(actor).orElseThrow(() -> Rejected.because("wish.rejected.noPersonRecord"));
		form.setChannel(WishTerms.Channel.ONLINE);
		check(form).throwIfAny();
		return create(actor, self, form, EventKind.SUBMITTED);
	}

	private long create(Actor actor, PersonView beneficiary, WishForm form, EventKind kind) {
		Instant now = this.clock.instant();
		long id = this.repository.insert(beneficiary.regionId(), beneficiary.regionPath(), beneficiary.id(),
				beneficiary.vulnerable(), form, actor.accountId(), now);
		long entry = this.repository.event(id, now, actor.accountId(), actor.displayName(), kind, null, false);
		this.events.created(actor, TYPE, id, beneficiary.regionPath(),
				Map.of("beneficiaryId", beneficiary.id(), "categoryId", form.getCategoryId(), "channel",
						form.getChannel().name()));
		this.publisher.publishEvent(new WishCollected(new Subject(id, beneficiary.regionPath(), beneficiary.id(), null,
				null, Subject.summary(form.getDescription().trim())), entry));
		return id;
	}

	private Violations check(WishForm form) {
		Violations v = new Violations();
		v.required("description", form.getDescription(), 2000);
		if (form.getCategoryId() == null) {
			v.add("categoryId", "validation.required");
		}
		if (form.getUrgency() == null) {
			v.add("urgency", "validation.required");
		}
		if (form.getDifficulty() == null) {
			v.add("difficulty", "validation.required");
		}
		if (form.getChannel() == null) {
			v.add("channel", "validation.required");
		}
		if (form.getDueDate() != null && form.getDueDate().isBefore(LocalDate.now(this.clock))) {
			v.add("dueDate", "wish.rejected.dueInPast");
		}
		return v;
	}

	/**
	 * A volunteer or party member claims an open wish, for themselves or for a team they belong to. Of several
	 * claims at once exactly one wins; the others are told the wish is taken.
	 */
	@Transactional
	public void claim(Actor actor, long id, Long teamId) {
		Wish wish = act(actor, id, Act.CLAIM);
		if (actor.personId() == null) {
			throw Rejected.because("wish.rejected.noPersonRecord");
		}
		if (teamId != null && this.teams.teamsOf(actor, actor.personId()).stream().noneMatch(t -> t.teamId() == teamId)) {
			throw Rejected.field("teamId", "wish.rejected.notTeamMember");
		}
		take(actor, wish, teamId, teamId == null ? actor.personId() : null, null);
	}

	/** Community staff assign an open wish to a team or a person. */
	@Transactional
	public void assign(Actor actor, long id, Long teamId, Long personId) {
		Wish wish = act(actor, id, Act.ASSIGN);
		String to = checkForce(actor, teamId, personId);
		take(actor, wish, teamId, personId, to);
	}

	/** @param assignedTo to whom staff gave it (the timeline says so), or null when the actor claimed it */
	private void take(Actor actor, Wish wish, Long teamId, Long personId, String assignedTo) {
		boolean assigned = assignedTo != null;
		Instant now = this.clock.instant();
		if (!this.repository.claim(wish.id(), teamId, personId, now, now.plus(this.rules.contactWithin(wish.regionPath())))) {
			throw Rejected.because("wish.rejected.alreadyClaimed");
		}
		long entry = record(actor, wish, assigned ? EventKind.ASSIGNED : EventKind.CLAIMED,
				assigned ? this.messages.getMessage("wish.givenTo", new Object[] { assignedTo }, Locale.SIMPLIFIED_CHINESE)
						: null, now, false);
		this.publisher.publishEvent(new WishClaimed(Subject.of(wish), entry, teamId, personId, assigned));
	}

	/** Staff give a stuck wish to another force (转办), with a reason. */
	@Transactional
	public void transfer(Actor actor, long id, Long teamId, Long personId, String reason) {
		Wish wish = act(actor, id, Act.TRANSFER);
		Violations v = new Violations();
		String why = v.required("reason", reason, 1000);
		v.throwIfAny();
		String to = checkForce(actor, teamId, personId);
		Instant now = this.clock.instant();
		if (!this.repository.transfer(id, teamId, personId, now, now.plus(this.rules.contactWithin(wish.regionPath())))) {
			throw wrongState();
		}
		long entry = record(actor, wish, EventKind.TRANSFERRED,
				this.messages.getMessage("wish.transferredTo", new Object[] { to, why }, Locale.SIMPLIFIED_CHINESE), now, false);
		this.publisher.publishEvent(new WishTransferred(Subject.of(wish), entry, teamId, personId));
	}

	/** The name of the team or person a wish is given to, when the actor may give it to them. */
	private String checkForce(Actor actor, Long teamId, Long personId) {
		if ((teamId == null) == (personId == null)) {
			throw Rejected.field("force", "wish.rejected.chooseOneForce");
		}
		try {
			if (teamId != null) {
				return this.teams.get(actor, teamId).name();
			}
			if (!this.people.visible(actor, personId)) {
				throw Rejected.field("force", "post.rejected.personUnknown");
			}
			return this.people.view(actor, personId).name();
		}
		catch (NotFound ex) {
			throw Rejected.field("force", "wish.rejected.forceUnknown");
		}
	}

	/** The claimant records contact with the beneficiary and commits a completion date. */
	@Transactional
	public void recordContact(Actor actor, long id, LocalDate committedDate, String note) {
		Wish wish = act(actor, id, Act.CONTACT);
		if (committedDate == null) {
			throw Rejected.field("committedDate", "validation.required");
		}
		if (committedDate.isBefore(LocalDate.now(this.clock))) {
			throw Rejected.field("committedDate", "wish.rejected.dueInPast");
		}
		String text = join(committedDate.toString(), note);
		Instant now = this.clock.instant();
		if (!this.repository.contacted(id, committedDate, now)) {
			throw wrongState();
		}
		this.publisher.publishEvent(new WishContacted(Subject.of(wish), record(actor, wish, EventKind.CONTACTED, text, now, false)));
	}

	/** The claimant completes the wish; the beneficiary is asked to evaluate. */
	@Transactional
	public void complete(Actor actor, long id, String note) {
		Wish wish = act(actor, id, Act.COMPLETE);
		String text = blank(note);
		Instant now = this.clock.instant();
		if (!this.repository.completed(id, now)) {
			throw wrongState();
		}
		this.publisher.publishEvent(new WishCompleted(Subject.of(wish), record(actor, wish, EventKind.COMPLETED, text, now, false)));
	}

	/**
	 * The beneficiary evaluates, or a worker records the evaluation made on a visit (marked as such).
	 * Dissatisfied sends the wish back to work and tells the community.
	 */
	@Transactional
	public void evaluate(Actor actor, long id, Satisfaction evaluation, String comment) {
		Wish wish = act(actor, id, Act.EVALUATE);
		boolean byWorker = !WishAccess.beneficiary(actor, wish);
		if (evaluation == null) {
			throw Rejected.field("evaluation", "validation.required");
		}
		String why = blank(comment);
		Instant now = this.clock.instant();
		if (!this.repository.evaluated(id, evaluation, now)) {
			throw wrongState();
		}
		long entry = record(actor, wish, EventKind.EVALUATED, join(evaluation.name(), why), now, byWorker);
		boolean reopened = WishLoop.reopens(evaluation);
		if (reopened) {
			record(actor, wish, EventKind.REOPENED, why, now, byWorker);
		}
		this.publisher.publishEvent(new WishEvaluated(Subject.of(wish), entry, evaluation, reopened, byWorker));
	}

	/** Staff follow up by phone or visit, remind and urge the claimant, or praise good work. */
	@Transactional
	public void note(Actor actor, long id, EventKind kind, String note) {
		Act act = kind == EventKind.FOLLOWED_UP ? Act.FOLLOW_UP : kind == EventKind.REMINDED ? Act.REMIND
				: kind == EventKind.PRAISED ? Act.PRAISE : null;
		if (act == null) {
			actor.require(WishPermissions.FOLLOW_UP);
			this.access.readable(actor, id, null);
			throw Rejected.field("kind", "validation.required");
		}
		Wish wish = act(actor, id, act);
		if (kind == EventKind.FOLLOWED_UP && (note == null || note.isBlank())) {
			throw Rejected.field("note", "validation.required");
		}
		String text = blank(note);
		Instant now = this.clock.instant();
		if (kind == EventKind.PRAISED) {
			this.repository.praised(id, now);
		}
		this.publisher.publishEvent(new WishNoted(Subject.of(wish), record(actor, wish, kind, text, now, false), kind));
	}

	/**
	 * The wish, when the actor may do the act on it now: a missing permission is 403, a wish they may not read is
	 * "not found", and the loop's refusal says why.
	 */
	private Wish act(Actor actor, long id, Act act) {
		if (act.permission() != null) {
			actor.require(act.permission());
		}
		Wish wish = this.access.readable(actor, id, null);
		WishLoop.refusal(act, wish.status(), this.access.relation(actor, wish), actor).ifPresent(refusal -> {
			throw refusal.forbidden() ? new AccessDenied(act.permission() != null ? act.permission() : WishPermissions.FOLLOW_UP)
					: Rejected.because(refusal.messageKey());
		});
		return wish;
	}

	/** Writes the timeline entry and the audit event of an act; the entry's id keys the act's notices. */
	private long record(Actor actor, Wish wish, EventKind kind, String note, Instant now, boolean byWorker) {
		long entry = this.repository.event(wish.id(), now, actor.accountId(), actor.displayName(), kind, note, byWorker);
		this.events.changed(actor, TYPE, wish.id(), RecordChanged.Action.UPDATE, wish.regionPath(),
				Map.of("status", wish.status().name()), Map.of("act", kind.name()), note);
		return entry;
	}

	private static Rejected wrongState() {
		return Rejected.because("wish.rejected.wrongState");
	}

	/** A note of an act, checked (at most 2,000 characters, nothing unstorable); null when empty. */
	private static String blank(String s) {
		return Violations.note("note", s, NOTE_LENGTH);
	}

	private static String join(String a, String b) {
		String note = blank(b);
		return note == null ? a : a + " · " + note;
	}

}
