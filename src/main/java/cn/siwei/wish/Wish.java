package cn.siwei.wish;

import java.time.Instant;
import java.time.LocalDate;

import cn.siwei.platform.Masking;
import cn.siwei.platform.Satisfaction;
import cn.siwei.wish.WishTerms.Channel;
import cn.siwei.wish.WishTerms.Difficulty;
import cn.siwei.wish.WishTerms.Urgency;

/**
 * A wish as listed and shown (the beneficiary's personal data is not part of it).
 *
 * @param id the wish
 * @param regionId the beneficiary's region node
 * @param regionPath its path
 * @param regionName its name
 * @param beneficiaryId the person the wish is for
 * @param beneficiaryName their name
 * @param priority whether the beneficiary has a care tag (comes first)
 * @param description what is wished
 * @param categoryId its category
 * @param categoryName the category's name in the reader's language
 * @param urgency how urgent
 * @param difficulty how hard
 * @param dueDate by when it should be done, if said
 * @param channel how it was collected
 * @param status where it stands
 * @param claimantTeamId the claiming team, if a team claimed it
 * @param claimantPersonId the claiming person, if a person claimed it
 * @param claimantName the claimant's name
 * @param claimedAt when claimed
 * @param contactDueAt by when the claimant must contact the beneficiary
 * @param committedDate the completion date the claimant committed to
 * @param completedAt when completed
 * @param evaluation the beneficiary's verdict
 * @param contactOverdue whether the contact deadline passed without contact
 * @param completionOverdue whether the committed date passed without completion
 * @param praised whether the community praised the work
 * @param createdAt when collected
 */
public record Wish(long id, long regionId, String regionPath, String regionName, long beneficiaryId,
		String beneficiaryName, boolean priority, String description, long categoryId, String categoryName,
		Urgency urgency, Difficulty difficulty, LocalDate dueDate, Channel channel, WishStatus status,
		Long claimantTeamId, Long claimantPersonId, String claimantName, Instant claimedAt, Instant contactDueAt,
		LocalDate committedDate, Instant completedAt, Satisfaction evaluation, boolean contactOverdue,
		boolean completionOverdue, boolean praised, Instant createdAt) {

	public boolean overdue() {
		return this.contactOverdue || this.completionOverdue;
	}

	/** The wish without who it is for: the beneficiary's name masked, their record not named. */
	Wish withoutBeneficiary() {
		return new Wish(this.id, this.regionId, this.regionPath, this.regionName, 0L,
				Masking.name(this.beneficiaryName), this.priority, this.description, this.categoryId,
				this.categoryName, this.urgency, this.difficulty, this.dueDate, this.channel, this.status,
				this.claimantTeamId, this.claimantPersonId, this.claimantName, this.claimedAt, this.contactDueAt,
				this.committedDate, this.completedAt, this.evaluation, this.contactOverdue, this.completionOverdue,
				this.praised, this.createdAt);
	}

}
