package cn.siwei.meeting;

/**
 * What a decision takes.
 *
 * @param text what was decided
 * @param owner who carries it out (named), when no organisation is chosen
 * @param organisationId the organisation that carries it out, or null
 * @param workingDays the limit, in working days from now
 */
public record DecisionForm(String text, String owner, Long organisationId, Integer workingDays) {
}
