package cn.siwei.request;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.platform.Satisfaction;
import cn.siwei.request.RequestLoop.Act;
import cn.siwei.request.RequestLoop.PartAct;
import cn.siwei.request.RequestLoop.Relation;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Status;

import static cn.siwei.request.RequestTerms.Status.ACCEPTED;
import static cn.siwei.request.RequestTerms.Status.DISPATCHED;
import static cn.siwei.request.RequestTerms.Status.ESCALATED;
import static cn.siwei.request.RequestTerms.Status.RESOLVED;
import static cn.siwei.request.RequestTerms.Status.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every act of the five-order loop from every state, by its party and by others, without a database: the table
 * below is the loop as the seed describes it, and {@link RequestLoop} must agree with it everywhere.
 */
class RequestLoopTest {

	/** From which states each act may be done (by its party, with its permission). */
	static final Map<Act, Set<Status>> EXPECTED = Map.ofEntries(
			Map.entry(Act.ACCEPT, EnumSet.of(SUBMITTED)),
			Map.entry(Act.DECLINE, EnumSet.of(SUBMITTED)),
			Map.entry(Act.ROUTE, EnumSet.of(SUBMITTED)),
			Map.entry(Act.LINK_DUPLICATE, EnumSet.of(SUBMITTED, ACCEPTED)),
			Map.entry(Act.UNLINK_DUPLICATE, EnumSet.of(Status.DUPLICATE)),
			Map.entry(Act.DISPATCH, EnumSet.of(ACCEPTED, DISPATCHED)),
			Map.entry(Act.ESCALATE, EnumSet.of(ACCEPTED, DISPATCHED)),
			Map.entry(Act.WAIT, EnumSet.of(ACCEPTED, DISPATCHED)),
			Map.entry(Act.STUDY, EnumSet.of(ESCALATED)),
			Map.entry(Act.SUMMON, EnumSet.of(ESCALATED)),
			Map.entry(Act.RETURN, EnumSet.of(ESCALATED)),
			Map.entry(Act.NOTE, EnumSet.of(SUBMITTED, ACCEPTED, ESCALATED, DISPATCHED)),
			Map.entry(Act.REMIND, EnumSet.of(SUBMITTED, ACCEPTED, ESCALATED, DISPATCHED)),
			Map.entry(Act.EVALUATE, EnumSet.of(RESOLVED)),
			Map.entry(Act.CALL_BACK, EnumSet.of(RESOLVED)),
			Map.entry(Act.WITHDRAW_PART, EnumSet.of(DISPATCHED)),
			Map.entry(Act.DECIDE_EXTENSION, EnumSet.of(DISPATCHED)),
			Map.entry(Act.URGE, EnumSet.of(SUBMITTED, ACCEPTED, ESCALATED, DISPATCHED)),
			Map.entry(Act.SUPPLEMENT, EnumSet.of(SUBMITTED, ACCEPTED, ESCALATED, DISPATCHED, RESOLVED)),
			Map.entry(Act.CANCEL, EnumSet.of(SUBMITTED, ACCEPTED, ESCALATED, DISPATCHED)));

	static final Actor ADMIN = actor(Role.ADMIN);

	static final Actor WORKER = actor(Role.COMMUNITY_WORKER);

	static final Actor STREET = actor(Role.STREET_OFFICER);

	static final Actor LEADER = actor(Role.LEADER);

	static final Actor RESIDENT = actor(Role.RESIDENT);

	static final Relation STAFF = new Relation(true, false, false);

	static final Relation UNIT = new Relation(false, true, false);

	static final Relation REPORTER = new Relation(false, false, true);

	static Actor actor(Role role) {
		return new Actor(1, role.name(), role.name(), role, "/1/", null, 7L);
	}

	@BeforeAll
	static void grantTheCapabilitysPermissions() {
		Role.grant(new RequestPermissions());
	}

	@Test
	void everyActIsAllowedFromExactlyItsStatesAndRefusedFromEveryOtherWithTheReason() {
		assertThat(EXPECTED.keySet()).as("every act is in the table").containsExactlyInAnyOrder(Act.values());
		for (Act act : Act.values()) {
			Relation party = act.party() == RequestLoop.Party.REPORTER ? REPORTER : STAFF;
			for (Status status : Status.values()) {
				var refusal = RequestLoop.refusal(act, status, party, ADMIN);
				if (EXPECTED.get(act).contains(status)) {
					assertThat(refusal).as(act + " from " + status).isEmpty();
				}
				else {
					assertThat(refusal).as(act + " from " + status).hasValueSatisfying(r -> {
						assertThat(r.forbidden()).isFalse();
						assertThat(r.messageKey()).isEqualTo("request.rejected.wrongState");
					});
				}
			}
		}
	}

	@Test
	void anActIsForbiddenToWhoeverIsNotItsPartyInEveryState() {
		for (Act act : Act.values()) {
			for (Status status : Status.values()) {
				if (act.party() == RequestLoop.Party.REPORTER) {
					assertThat(RequestLoop.refusal(act, status, STAFF, ADMIN)).as("staff " + act + " from " + status)
						.hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("request.rejected.notReporter"));
				}
				else {
					for (Relation other : List.of(UNIT, REPORTER)) {
						assertThat(RequestLoop.refusal(act, status, other, ADMIN)).as(act + " by " + other)
							.hasValueSatisfying(r -> assertThat(r.forbidden()).isTrue());
					}
				}
			}
		}
	}

	@Test
	void eachRoleMayDoTheActsItsPermissionsGrant() {
		assertThat(RequestLoop.allowed(SUBMITTED, STAFF, WORKER)).containsExactlyInAnyOrder(Act.ACCEPT, Act.DECLINE,
				Act.ROUTE, Act.LINK_DUPLICATE, Act.NOTE, Act.REMIND);
		assertThat(RequestLoop.allowed(ESCALATED, STAFF, WORKER)).as("only the street summons")
			.containsExactlyInAnyOrder(Act.NOTE, Act.REMIND);
		assertThat(RequestLoop.allowed(ESCALATED, STAFF, STREET)).containsExactlyInAnyOrder(Act.STUDY, Act.SUMMON,
				Act.RETURN, Act.NOTE, Act.REMIND);
		assertThat(RequestLoop.allowed(SUBMITTED, STAFF, LEADER)).as("leaders supervise").containsExactly(Act.REMIND);
		assertThat(RequestLoop.allowed(RESOLVED, REPORTER, RESIDENT)).containsExactlyInAnyOrder(Act.EVALUATE, Act.SUPPLEMENT);
		assertThat(RequestLoop.allowed(RESOLVED, STAFF, WORKER)).as("the community calls the resident back")
			.containsExactly(Act.CALL_BACK);
		assertThat(RequestLoop.allowed(RESOLVED, STAFF, LEADER)).as("leaders do not record call-backs").isEmpty();
		assertThat(RequestLoop.allowed(DISPATCHED, REPORTER, RESIDENT)).as("the resident urges, adds, cancels")
			.containsExactlyInAnyOrder(Act.URGE, Act.SUPPLEMENT, Act.CANCEL);
		assertThat(RequestLoop.allowed(Status.CLOSED, REPORTER, RESIDENT)).isEmpty();
		assertThat(RequestLoop.allowed(DISPATCHED, UNIT, WORKER)).isEmpty();
	}

	@Test
	void aUnitActsOnItsPartFromItsStatesOnlyWhileTheRequestIsOpen() {
		Map<PartAct, Set<PartStatus>> expected = Map.of(
				PartAct.REPORT, EnumSet.of(PartStatus.SUMMONED),
				PartAct.CLAIM, EnumSet.of(PartStatus.WAITING),
				PartAct.FINISH, EnumSet.of(PartStatus.CLAIMED),
				PartAct.SEND_BACK, EnumSet.of(PartStatus.WAITING, PartStatus.CLAIMED),
				PartAct.ASK_EXTENSION, EnumSet.of(PartStatus.WAITING, PartStatus.CLAIMED),
				PartAct.NOTE, EnumSet.allOf(PartStatus.class));
		for (PartAct act : PartAct.values()) {
			for (Status request : Status.values()) {
				for (PartStatus part : PartStatus.values()) {
					var refusal = RequestLoop.refusal(act, request, part);
					boolean open = request == SUBMITTED || request == ACCEPTED || request == ESCALATED || request == DISPATCHED;
					if (open && expected.get(act).contains(part)) {
						assertThat(refusal).as(act + " on " + part + " of a " + request + " request").isEmpty();
					}
					else {
						String reason = open && act == PartAct.CLAIM && part == PartStatus.SUMMONED
								? "request.rejected.reportFirst" : "request.rejected.wrongState";
						assertThat(refusal).as(act + " on " + part + " of a " + request + " request")
							.hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo(reason));
					}
				}
			}
		}
	}

	@Test
	void anUnresolvedOrDissatisfiedEvaluationReopensAndAnyOtherCloses() {
		for (Satisfaction s : Satisfaction.values()) {
			assertThat(RequestLoop.afterEvaluation(false, s)).as("unresolved, " + s).isEqualTo(ACCEPTED);
			assertThat(RequestLoop.afterEvaluation(true, s)).as("resolved, " + s)
				.isEqualTo(s == Satisfaction.DISSATISFIED ? ACCEPTED : Status.CLOSED);
		}
	}

	@Test
	void theLastPartDoneResolvesTheRequest() {
		assertThat(RequestLoop.resolves(List.of(PartStatus.DONE, PartStatus.DONE))).isTrue();
		assertThat(RequestLoop.resolves(List.of(PartStatus.DONE, PartStatus.CLAIMED))).isFalse();
		assertThat(RequestLoop.resolves(List.of())).as("a round without parts resolves nothing").isFalse();
	}

	@Test
	void partsThatEndedUndoneNeitherHoldUpNorResolveARequest() {
		assertThat(RequestLoop.resolves(List.of(PartStatus.DONE, PartStatus.ENDED))).isTrue();
		assertThat(RequestLoop.resolves(List.of(PartStatus.ENDED))).isFalse();
		assertThat(RequestLoop.resolves(List.of(PartStatus.DONE, PartStatus.CLAIMED))).isFalse();
		assertThat(RequestLoop.nothingLeft(List.of(PartStatus.ENDED, PartStatus.ENDED))).isTrue();
		assertThat(RequestLoop.nothingLeft(List.of(PartStatus.ENDED, PartStatus.WAITING))).isFalse();
		assertThat(RequestLoop.nothingLeft(List.of())).isFalse();
		for (PartStatus p : PartStatus.values()) {
			assertThat(RequestLoop.withdrawable(p)).as(p.name()).isEqualTo(p == PartStatus.SUMMONED || p == PartStatus.WAITING);
		}
	}

}
