package cn.siwei.wish;

import cn.siwei.platform.Satisfaction;
import cn.siwei.wish.WishTerms.EventKind;

/**
 * What happened to wishes, in the past tense: one event per act of the loop, published in the act's transaction;
 * the wish capability's API to the rest of the platform (notices now, points later). Each carries its timeline
 * entry, so a listener given an event twice (republished after a crash) can drop the repeat.
 */
public final class WishEvents {

	private WishEvents() {
	}

	/**
	 * The wish an event is about, as its listeners need it.
	 *
	 * @param id the wish
	 * @param regionPath where its beneficiary lives
	 * @param beneficiaryId the person it is for
	 * @param claimantPersonId the person who took it on, if a person did
	 * @param claimantTeamId the team that took it on, if a team did
	 * @param summary the beginning of its text, for a notice
	 */
	public record Subject(long id, String regionPath, long beneficiaryId, Long claimantPersonId, Long claimantTeamId,
			String summary) {

		static Subject of(Wish w) {
			return new Subject(w.id(), w.regionPath(), w.beneficiaryId(), w.claimantPersonId(), w.claimantTeamId(),
					summary(w.description()));
		}

		static String summary(String text) {
			return text.length() <= 30 ? text : text.substring(0, 30) + "…";
		}

	}

	/** Every wish event: what it is about and the timeline entry it wrote. */
	public sealed interface WishEvent {

		Subject subject();

		long entryId();

	}

	/** A wish was collected by a worker or made by the resident. */
	public record WishCollected(Subject subject, long entryId) implements WishEvent {
	}

	/** 认领: taken on by a volunteer, a party member or a team (claimed, or assigned by staff). */
	public record WishClaimed(Subject subject, long entryId, Long teamId, Long personId, boolean assigned)
			implements WishEvent {
	}

	/** 转办: given to another force. */
	public record WishTransferred(Subject subject, long entryId, Long teamId, Long personId) implements WishEvent {
	}

	/** The claimant made contact and committed a completion date. */
	public record WishContacted(Subject subject, long entryId) implements WishEvent {
	}

	/** The claimant completed it; the beneficiary is asked to evaluate. */
	public record WishCompleted(Subject subject, long entryId) implements WishEvent {
	}

	/** Evaluated; dissatisfied sends it back to work. */
	public record WishEvaluated(Subject subject, long entryId, Satisfaction evaluation, boolean reopened, boolean byWorker)
			implements WishEvent {
	}

	/** Staff followed it up, reminded the claimant or praised the work. */
	public record WishNoted(Subject subject, long entryId, EventKind kind) implements WishEvent {
	}

	/** The contact deadline or the committed date passed, flagged once. */
	public record WishDeadlineMissed(Subject subject, long entryId, boolean contact) implements WishEvent {
	}

}
