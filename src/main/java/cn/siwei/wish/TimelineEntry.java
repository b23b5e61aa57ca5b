package cn.siwei.wish;

import java.time.Instant;

import cn.siwei.wish.WishTerms.EventKind;

/**
 * One entry of a wish's timeline.
 *
 * @param at when
 * @param actorName who
 * @param kind what
 * @param note why, or what was said
 * @param byWorker whether a worker recorded it for the beneficiary (an evaluation taken on a visit)
 */
public record TimelineEntry(Instant at, String actorName, EventKind kind, String note, boolean byWorker) {
}
