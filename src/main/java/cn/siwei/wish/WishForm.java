package cn.siwei.wish;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import cn.siwei.wish.WishTerms.Channel;
import cn.siwei.wish.WishTerms.Difficulty;
import cn.siwei.wish.WishTerms.Urgency;

/**
 * What a worker (or a resident, for themselves) enters about a wish.
 */
public class WishForm {

	private Long beneficiaryId;

	private String description;

	private Long categoryId;

	private Urgency urgency = Urgency.NORMAL;

	private Difficulty difficulty = Difficulty.MEDIUM;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	private Channel channel = Channel.HOME_VISIT;

	public static WishForm of(long beneficiaryId, long categoryId, String description, Channel channel) {
		WishForm f = new WishForm();
		f.beneficiaryId = beneficiaryId;
		f.categoryId = categoryId;
		f.description = description;
		f.channel = channel;
		return f;
	}

	public Long getBeneficiaryId() {
		return this.beneficiaryId;
	}

	public void setBeneficiaryId(Long beneficiaryId) {
		this.beneficiaryId = beneficiaryId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public Urgency getUrgency() {
		return this.urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public Difficulty getDifficulty() {
		return this.difficulty;
	}

	public void setDifficulty(Difficulty difficulty) {
		this.difficulty = difficulty;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

}
