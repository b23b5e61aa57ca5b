package cn.siwei.mediation;

import java.util.Set;

import cn.siwei.mediation.MediationTerms.Body;
import cn.siwei.mediation.MediationTerms.Kind;

/**
 * A mediator put into the pool.
 *
 * @param regionId the node they serve (and everything under it), inside the actor's region
 * @param name their name
 * @param body the body they are drawn from
 * @param unit where they work, if anywhere a party might be
 * @param kinds the kinds of dispute they take (at least one)
 */
public record MediatorForm(Long regionId, String name, Body body, String unit, Set<Kind> kinds) {
}
