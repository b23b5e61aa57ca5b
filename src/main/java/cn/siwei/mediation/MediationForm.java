package cn.siwei.mediation;

import cn.siwei.mediation.MediationTerms.Kind;
import cn.siwei.mediation.MediationTerms.Source;

/**
 * What receiving a dispute takes (接待).
 *
 * @param regionId where it arose
 * @param kind what it is about
 * @param source where it came from
 * @param applicant who applies
 * @param applicantPhone their phone
 * @param respondent the other party
 * @param respondentPhone their phone
 * @param facts what happened, as told
 */
public record MediationForm(Long regionId, Kind kind, Source source, String applicant, String applicantPhone,
		String respondent, String respondentPhone, String facts) {
}
