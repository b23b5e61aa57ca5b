package cn.siwei.wish;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.platform.Satisfaction;
import cn.siwei.wish.WishLoop.Act;
import cn.siwei.wish.WishLoop.Relation;

import static cn.siwei.wish.WishStatus.CLAIMED;
import static cn.siwei.wish.WishStatus.CLOSED;
import static cn.siwei.wish.WishStatus.COMPLETED;
import static cn.siwei.wish.WishStatus.IN_PROGRESS;
import static cn.siwei.wish.WishStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every act of the micro-wish loop from every state, by its parties and by others, without a database: the table
 * below is the loop as the seed describes it (collected, claimed, contacted within the deadline, completed,
 * evaluated; followed up, reminded, transferred, praised).
 */
class WishLoopTest {

	static final Map<Act, Set<WishStatus>> EXPECTED = Map.of(
			Act.CLAIM, EnumSet.of(OPEN),
			Act.ASSIGN, EnumSet.of(OPEN),
			Act.TRANSFER, EnumSet.of(CLAIMED, IN_PROGRESS),
			Act.CONTACT, EnumSet.of(CLAIMED),
			Act.COMPLETE, EnumSet.of(IN_PROGRESS),
			Act.EVALUATE, EnumSet.of(COMPLETED),
			Act.FOLLOW_UP, EnumSet.allOf(WishStatus.class),
			Act.REMIND, EnumSet.of(CLAIMED, IN_PROGRESS, COMPLETED, CLOSED),
			Act.PRAISE, EnumSet.of(CLAIMED, IN_PROGRESS, COMPLETED, CLOSED));

	/** One party each: staff, the claimant, a force (volunteer), the beneficiary. */
	static final Relation STAFF = new Relation(true, false, false, false);

	static final Relation CLAIMANT = new Relation(false, true, false, false);

	static final Relation FORCE = new Relation(false, false, true, false);

	static final Relation BENEFICIARY = new Relation(false, false, false, true);

	static final Relation NOBODY = new Relation(false, false, false, false);

	static final Actor ADMIN = new Actor(1, "a", "a", Role.ADMIN, "/1/", null, 7L);

	@BeforeAll
	static void grantTheCapabilitysPermissions() {
		Role.grant(new WishPermissions());
	}

	static Relation partyOf(Act act) {
		return switch (act) {
			case CLAIM -> FORCE;
			case CONTACT, COMPLETE -> CLAIMANT;
			case EVALUATE -> BENEFICIARY;
			default -> STAFF;
		};
	}

	@Test
	void everyActIsAllowedFromExactlyItsStatesAndRefusedFromEveryOtherWithTheReason() {
		assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(Act.values());
		for (Act act : Act.values()) {
			for (WishStatus status : WishStatus.values()) {
				var refusal = WishLoop.refusal(act, status, partyOf(act), ADMIN);
				if (EXPECTED.get(act).contains(status)) {
					assertThat(refusal).as(act + " from " + status).isEmpty();
				}
				else {
					String reason = act == Act.CLAIM || act == Act.ASSIGN ? "wish.rejected.alreadyClaimed"
							: "wish.rejected.wrongState";
					assertThat(refusal).as(act + " from " + status)
						.hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo(reason));
				}
			}
		}
	}

	@Test
	void nobodyButAnActsPartiesMayDoItInAnyState() {
		for (Act act : Act.values()) {
			for (WishStatus status : WishStatus.values()) {
				var refusal = WishLoop.refusal(act, status, NOBODY, ADMIN);
				assertThat(refusal).as(act + " by nobody").isPresent();
				if (act == Act.CONTACT || act == Act.COMPLETE) {
					assertThat(refusal.get().messageKey()).isEqualTo("wish.rejected.notClaimant");
				}
				else {
					assertThat(refusal.get().forbidden()).isTrue();
				}
			}
		}
	}

	@Test
	void staffMayRecordContactCompletionAndTheBeneficiarysEvaluation() {
		assertThat(WishLoop.refusal(Act.CONTACT, CLAIMED, STAFF, ADMIN)).isEmpty();
		assertThat(WishLoop.refusal(Act.COMPLETE, IN_PROGRESS, STAFF, ADMIN)).isEmpty();
		assertThat(WishLoop.refusal(Act.EVALUATE, COMPLETED, STAFF, ADMIN)).isEmpty();
		assertThat(WishLoop.refusal(Act.EVALUATE, COMPLETED, CLAIMANT, ADMIN)).as("a claimant does not rate themselves")
			.isPresent();
	}

	@Test
	void eachRoleMayDoTheActsItsPermissionsGrant() {
		Actor worker = new Actor(1, "w", "w", Role.COMMUNITY_WORKER, "/1/", null, 7L);
		Actor volunteer = new Actor(1, "v", "v", Role.VOLUNTEER, "/1/", null, 8L);
		Actor resident = new Actor(1, "r", "r", Role.RESIDENT, "/1/", null, 9L);
		assertThat(WishLoop.allowed(OPEN, new Relation(true, false, false, false), worker))
			.containsExactlyInAnyOrder(Act.ASSIGN, Act.FOLLOW_UP);
		assertThat(WishLoop.allowed(OPEN, new Relation(false, false, true, false), volunteer)).containsExactly(Act.CLAIM);
		assertThat(WishLoop.allowed(CLAIMED, new Relation(false, true, true, false), volunteer)).containsExactly(Act.CONTACT);
		assertThat(WishLoop.allowed(COMPLETED, new Relation(false, false, false, true), resident)).containsExactly(Act.EVALUATE);
	}

	@Test
	void theSameWishInOtherWordsIsLikelyADuplicateButAnotherWishIsNot() {
		assertThat(WishLoop.likelyDuplicate("希望有人帮忙买一袋大米送到家", 1, "想请志愿者帮我买大米送上楼", 1)).isTrue();
		assertThat(WishLoop.likelyDuplicate("希望有人帮忙买一袋大米送到家", 1, "想请志愿者帮我买大米送上楼", 2))
			.as("in another category it must read more alike").isFalse();
		assertThat(WishLoop.likelyDuplicate("希望有人帮忙买一袋大米送到家", 1, "学习用手机视频通话", 1)).isFalse();
		assertThat(WishLoop.likelyDuplicate("电视机坏了。", 1, "电视机坏了！！", 2)).isTrue();
		assertThat(WishLoop.likelyDuplicate("。。。", 1, "！！", 1)).as("punctuation says nothing").isFalse();
	}

	@Test
	void aDissatisfiedEvaluationSendsTheWishBackToWorkAndAnyOtherClosesIt() {
		assertThat(WishLoop.afterEvaluation(Satisfaction.DISSATISFIED)).isEqualTo(IN_PROGRESS);
		assertThat(WishLoop.afterEvaluation(Satisfaction.SATISFIED)).isEqualTo(CLOSED);
		assertThat(WishLoop.afterEvaluation(Satisfaction.BASICALLY_SATISFIED)).isEqualTo(CLOSED);
	}

	@Test
	void onlyTheClaimantReachesTheBeneficiaryAndOnlyWhileTheClaimLasts() {
		for (WishStatus status : WishStatus.values()) {
			boolean lasting = status == CLAIMED || status == IN_PROGRESS;
			assertThat(WishLoop.mayReachBeneficiary(status, CLAIMANT)).as(status.name()).isEqualTo(lasting);
			assertThat(WishLoop.mayReachBeneficiary(status, STAFF)).as(status.name()).isFalse();
			assertThat(WishLoop.mayReachBeneficiary(status, FORCE)).as(status.name()).isFalse();
		}
	}

}
