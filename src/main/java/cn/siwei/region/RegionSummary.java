package cn.siwei.region;

/**
 * A node with the number of nodes below it, for listings.
 *
 * @param region the node
 * @param descendants how many nodes lie below it, at any depth
 */
public record RegionSummary(Region region, long descendants) {
}
