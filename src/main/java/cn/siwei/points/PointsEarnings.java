package cn.siwei.points;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.meeting.MeetingEvents.AttendeeSignedIn;
import cn.siwei.people.People;
import cn.siwei.people.PersonView;
import cn.siwei.points.PointsTerms.Trigger;
import cn.siwei.request.RequestEvents.RequestEvaluated;
import cn.siwei.wish.WishEvents.WishCompleted;
import cn.siwei.wish.WishEvents.WishEvaluated;

/**
 * Points earned from other capabilities' events, by the rules of the ledger covering the person's home: a resident's
 * evaluation of their request or wish (whatever they rated: points must not buy praise), a volunteer's completed
 * wish, a registered resident's attendance at a meeting. Each event is keyed by what it is about (a request is
 * evaluated for points once, however often it is evaluated again or the event is replayed), within the rule's
 * monthly cap. The events arrive after their act committed, through the event publication registry, which gives an
 * event again after a failure or a crash; the key makes that harmless.
 */
@Component
class PointsEarnings {

	private static final Logger log = LoggerFactory.getLogger(PointsEarnings.class);

	private final PointsLedger ledgers;

	private final PointsRules rules;

	private final PointsAwards awards;

	private final People people;

	PointsEarnings(PointsLedger ledgers, PointsRules rules, PointsAwards awards, People people) {
		this.ledgers = ledgers;
		this.rules = rules;
		this.awards = awards;
		this.people = people;
	}

	@ApplicationModuleListener
	void on(RequestEvaluated e) {
		if (e.subject().reporterPersonId() != null) {
			earn(e.subject().reporterPersonId(), Trigger.REQUEST_EVALUATED, "request-evaluated:" + e.subject().id(),
					"评价诉求 #" + e.subject().id());
		}
	}

	@ApplicationModuleListener
	void on(WishEvaluated e) {
		earn(e.subject().beneficiaryId(), Trigger.WISH_EVALUATED, "wish-evaluated:" + e.subject().id(),
				"评价心愿 #" + e.subject().id());
	}

	@ApplicationModuleListener
	void on(WishCompleted e) {
		if (e.subject().claimantPersonId() != null) {
			earn(e.subject().claimantPersonId(), Trigger.WISH_COMPLETED, "wish-completed:" + e.subject().id(),
					"完成心愿 #" + e.subject().id());
		}
	}

	@ApplicationModuleListener
	void on(AttendeeSignedIn e) {
		if (e.personId() != null) {
			earn(e.personId(), Trigger.MEETING_ATTENDED, "meeting-attended:" + e.meetingId() + ":" + e.personId(),
					"参加会议 #" + e.meetingId());
		}
	}

	/**
	 * Awards the person the points of each rule of this trigger in force in their ledger, once per key and rule,
	 * what the cap still allows. Nothing when they live where no ledger is kept or no such rule is in force.
	 */
	void earn(long personId, Trigger trigger, String key, String note) {
		PersonView person = this.people.view(Actor.SYSTEM, personId);
		Optional<Ledger> ledger = this.ledgers.covering(person.regionPath());
		if (ledger.isEmpty()) {
			return;
		}
		long ledgerId = ledger.get().id();
		for (Rule rule : this.rules.inForce(ledgerId, trigger)) {
			long holder = this.ledgers.holder(ledgerId, person.id(), person.name());
			int amount = Math.min(rule.points(), this.awards.remainingUnderCap(holder, rule));
			if (amount <= 0) {
				log.debug("{} for person {} is over the cap of rule {}", key, personId, rule.code());
				continue;
			}
			this.awards.post(Actor.SYSTEM, ledgerId, rule, holder, amount, "event:" + key + ":" + rule.code(), note);
		}
	}

}
