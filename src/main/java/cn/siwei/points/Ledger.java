package cn.siwei.points;

/**
 * A village's or community's points ledger.
 *
 * @param id its number
 * @param regionId the village or community
 * @param regionPath its path
 * @param regionName its name
 * @param name the ledger's name
 * @param expiryMonths awards expire after this many months, or null
 * @param seq the number of its last posting
 * @param headHash the hash of its last posting
 */
public record Ledger(long id, long regionId, String regionPath, String regionName, String name, Integer expiryMonths,
		long seq, String headHash) {
}
