package cn.siwei.organisation;

import java.util.List;

/**
 * A team with skills and the regions it serves; a team can have many skills and a person many teams.
 *
 * @param id the team
 * @param regionId the node it belongs to
 * @param regionPath that node's path
 * @param regionName that node's name
 * @param organisationId the organisation it belongs to, if any
 * @param kind its kind
 * @param name its name
 * @param skills what it can do (一组多能)
 * @param serviceAreas names of the regions it serves besides its own node
 * @param members number of active members
 * @param active false once deactivated
 */
public record Team(long id, long regionId, String regionPath, String regionName, Long organisationId, TeamKind kind,
		String name, List<String> skills, List<String> serviceAreas, long members, boolean active) {
}
