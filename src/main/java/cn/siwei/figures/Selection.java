package cn.siwei.figures;

import java.time.LocalDate;

/**
 * What figures are asked for: a region node, a period of days (both ends included), and optionally one category
 * and one channel.
 *
 * @param regionId the node
 * @param regionPath its path
 * @param from first day
 * @param to last day
 * @param categoryId only this category, if set
 * @param channel only this channel, if set
 */
public record Selection(long regionId, String regionPath, LocalDate from, LocalDate to, Long categoryId,
		String channel) {

	/** The same selection for another region node. */
	public Selection at(long regionId, String regionPath) {
		return new Selection(regionId, regionPath, this.from, this.to, this.categoryId, this.channel);
	}

	/** The same selection for another period. */
	public Selection during(LocalDate from, LocalDate to) {
		return new Selection(this.regionId, this.regionPath, from, to, this.categoryId, this.channel);
	}

	/** The depth of the node: 1 for a city. */
	public int depth() {
		return (int) this.regionPath.chars().filter(c -> c == '/').count() - 1;
	}

}
