package cn.siwei.mediation;

import java.time.Instant;
import java.time.LocalDate;

import cn.siwei.mediation.MediationTerms.Kind;
import cn.siwei.mediation.MediationTerms.Performance;
import cn.siwei.mediation.MediationTerms.Source;
import cn.siwei.mediation.MediationTerms.Status;
import cn.siwei.platform.Masking;

/**
 * A mediation case as read; the parties' phones masked.
 *
 * @param id its number
 * @param regionId where
 * @param regionPath that node's path
 * @param regionName that node's name
 * @param kind what it is about
 * @param source where it came from
 * @param applicant who applied
 * @param applicantPhone their phone, masked
 * @param respondent the other party
 * @param respondentPhone their phone, masked
 * @param facts what happened
 * @param status where it stands
 * @param mediator who mediates, or null
 * @param acceptedAt when it was accepted
 * @param dueAt when its clock runs out
 * @param extendedDays working days added with both parties' consent
 * @param late whether the clock ran out before it was handled
 * @param outcome AGREED or FAILED, once handled
 * @param handledAt when
 * @param terms the agreement's terms
 * @param performanceHow how, where and when it is to be performed
 * @param guidance where a failed case's parties were told to go
 * @param confirmationDue the last day to apply for judicial confirmation
 * @param confirmationApplied the day it was applied for
 * @param confirmationLate whether that day passed without an application
 * @param performance what the follow-up visit found
 * @param createdAt when it was received
 */
public record Mediation(long id, long regionId, String regionPath, String regionName, Kind kind, Source source,
		String applicant, String applicantPhone, String respondent, String respondentPhone, String facts, Status status,
		String mediator, Instant acceptedAt, Instant dueAt, int extendedDays, boolean late, String outcome,
		Instant handledAt, String terms, String performanceHow, String guidance, LocalDate confirmationDue,
		LocalDate confirmationApplied, boolean confirmationLate, Performance performance, Instant createdAt) {

	/** The same case with the parties' phones masked. */
	Mediation masked() {
		return new Mediation(this.id, this.regionId, this.regionPath, this.regionName, this.kind, this.source,
				this.applicant, Masking.phone(this.applicantPhone), this.respondent, Masking.phone(this.respondentPhone),
				this.facts, this.status, this.mediator, this.acceptedAt, this.dueAt, this.extendedDays, this.late,
				this.outcome, this.handledAt, this.terms, this.performanceHow, this.guidance, this.confirmationDue,
				this.confirmationApplied, this.confirmationLate, this.performance, this.createdAt);
	}

	/** Whether the clock runs and has run out at {@code now}. */
	public boolean overdueAt(Instant now) {
		return this.status == Status.ACCEPTED && this.dueAt != null && now.isAfter(this.dueAt);
	}

	/**
	 * The agreement (调解协议书) written from its fields: the parties, the facts, the terms, how and when they are
	 * performed, and the 30 days to apply for judicial confirmation.
	 */
	public String agreementText() {
		if (!"AGREED".equals(this.outcome)) {
			return null;
		}
		return "人民调解协议书\n\n当事人（申请人）：" + this.applicant + "\n当事人（被申请人）：" + this.respondent
				+ "\n\n纠纷主要事实：" + this.facts + "\n\n经调解，双方自愿达成如下协议：" + this.terms
				+ "\n\n履行方式、地点、期限：" + this.performanceHow + "\n\n调解员：" + this.mediator
				+ "\n\n本协议经双方签字（盖章）后生效。双方可自本协议生效之日起三十日内（" + this.confirmationDue
				+ " 前）共同向人民法院申请司法确认。\n\n申请人（签字）：　　　　　被申请人（签字）：　　　　　调解员（签字）：";
	}

}
