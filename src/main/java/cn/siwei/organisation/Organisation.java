package cn.siwei.organisation;

/**
 * An organisation attached to a region node.
 *
 * @param id the organisation
 * @param regionId its node
 * @param regionPath that node's path
 * @param regionName that node's name
 * @param kind its kind
 * @param name its name
 * @param phone its public phone
 * @param note a note
 * @param active false once deactivated
 */
public record Organisation(long id, long regionId, String regionPath, String regionName, OrganisationKind kind,
		String name, String phone, String note, boolean active) {
}
