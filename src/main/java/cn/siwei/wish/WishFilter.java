package cn.siwei.wish;

import java.time.Instant;

import cn.siwei.people.CareTag;
import cn.siwei.wish.WishTerms.Channel;
import cn.siwei.wish.WishTerms.Urgency;

/**
 * A filter of the wish ledger; empty fields do not filter.
 *
 * @param status status
 * @param categoryId category
 * @param urgency urgency
 * @param channel channel
 * @param priorityOnly only wishes of residents with care tags
 * @param overdueOnly only overdue wishes
 * @param claimantPersonId claimed by this person, or by a team they belong to
 * @param beneficiaryId for this person
 * @param from collected at or after
 * @param to collected before
 * @param figure only the wishes a figure counts
 * @param careTag only wishes of beneficiaries with this care tag
 * @param claimantTeamId only wishes claimed by this team
 * @param text only wishes whose description holds these words (as typed)
 * @param praiseDue only closed wishes the beneficiary was satisfied with and nobody has praised yet (反馈表扬 due)
 */
public record WishFilter(WishStatus status, Long categoryId, Urgency urgency, Channel channel, boolean priorityOnly,
		boolean overdueOnly, Long claimantPersonId, Long beneficiaryId, Instant from, Instant to,
		WishFigure figure, CareTag careTag, Long claimantTeamId, String text, boolean praiseDue) {

	public WishFilter {
		text = text == null || text.isBlank() ? null : text.trim();
	}

	public WishFilter(WishStatus status, Long categoryId, Urgency urgency, Channel channel, boolean priorityOnly,
			boolean overdueOnly, Long claimantPersonId, Long beneficiaryId, Instant from, Instant to,
			WishFigure figure) {
		this(status, categoryId, urgency, channel, priorityOnly, overdueOnly, claimantPersonId, beneficiaryId, from,
				to, figure, null, null, null, false);
	}

	/** This filter, also by the beneficiary's care tag and the claiming team. */
	public WishFilter with(CareTag tag, Long teamId) {
		return new WishFilter(this.status, this.categoryId, this.urgency, this.channel, this.priorityOnly,
				this.overdueOnly, this.claimantPersonId, this.beneficiaryId, this.from, this.to, this.figure, tag, teamId,
				this.text, this.praiseDue);
	}

	/** This filter, also by words in the description. */
	public WishFilter withText(String words) {
		return new WishFilter(this.status, this.categoryId, this.urgency, this.channel, this.priorityOnly,
				this.overdueOnly, this.claimantPersonId, this.beneficiaryId, this.from, this.to, this.figure,
				this.careTag, this.claimantTeamId, words, this.praiseDue);
	}

	/** This filter, also to the wishes whose praise is due (when {@code due}). */
	public WishFilter withPraiseDue(boolean due) {
		return new WishFilter(this.status, this.categoryId, this.urgency, this.channel, this.priorityOnly,
				this.overdueOnly, this.claimantPersonId, this.beneficiaryId, this.from, this.to, this.figure,
				this.careTag, this.claimantTeamId, this.text, due);
	}

	public static WishFilter none() {
		return new WishFilter(null, null, null, null, false, false, null, null, null, null, null);
	}

	public static WishFilter of(WishFigure figure, Instant from, Instant to) {
		return new WishFilter(null, null, null, null, false, false, null, null, from, to, figure);
	}

}
