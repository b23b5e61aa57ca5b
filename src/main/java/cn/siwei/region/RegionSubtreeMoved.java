package cn.siwei.region;

/**
 * Published inside the moving transaction when a subtree gets a new parent: every record that keeps a copy
 * of a region path must replace the prefix {@code oldPath} with {@code newPath}.
 *
 * @param regionId root of the moved subtree
 * @param oldPath its path before
 * @param newPath its path after
 */
public record RegionSubtreeMoved(long regionId, String oldPath, String newPath) {
}
