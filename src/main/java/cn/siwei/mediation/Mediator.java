package cn.siwei.mediation;

import java.util.Set;

import cn.siwei.mediation.MediationTerms.Body;
import cn.siwei.mediation.MediationTerms.Kind;

/**
 * A mediator of the pool (调解员库): serves the node they are registered at and everything under it.
 *
 * @param id their number in the pool
 * @param regionId the node they serve
 * @param regionPath its path
 * @param regionName its name
 * @param name their name
 * @param body the body they are drawn from
 * @param unit where they work, or null: a dispute with that unit is not theirs to mediate
 * @param kinds the kinds of dispute they take
 * @param active whether they are still in the pool
 * @param openCases the cases they mediate now (mediating or accepted), wherever
 */
public record Mediator(long id, long regionId, String regionPath, String regionName, String name, Body body,
		String unit, Set<Kind> kinds, boolean active, long openCases) {
}
