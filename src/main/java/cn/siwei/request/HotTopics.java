package cn.siwei.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.figures.Breakdown;
import cn.siwei.figures.Rollups;
import cn.siwei.figures.Selection;
import cn.siwei.platform.ChineseWords;
import cn.siwei.platform.Plans;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * Hot topics (每月一题 candidates) of a region and month: the most frequent request categories and the words that
 * recur in the requests, each beside the month before, the rising ones flagged.
 */
@Service
public class HotTopics {

	/** Requests read for the words of a month: the newest this many. */
	static final int SAMPLE = 20_000;

	/** Characters that carry no topic: a two-character word containing one is not counted. */

	private final Rollups rollups;

	private final RequestFigureSource source;

	private final Regions regions;

	private final JdbcClient jdbc;

	private final Clock clock;

	HotTopics(Rollups rollups, RequestFigureSource source, Regions regions, JdbcClient jdbc, Clock clock) {
		this.rollups = rollups;
		this.source = source;
		this.regions = regions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A topic.
	 *
	 * @param label the category or word
	 * @param count requests of the month it appears in
	 * @param previous requests of the month before
	 * @param rising whether it rose clearly: at least three, and half as many again as the month before
	 * @param link the requests behind it
	 */
	public record Topic(String label, long count, long previous, boolean rising, String link) {
	}

	/**
	 * The hot topics.
	 *
	 * @param region the node
	 * @param month the month
	 * @param categories the most frequent categories
	 * @param words the most recurring words
	 * @param sampled whether the month had more requests than were read for words
	 */
	public record Topics(Region region, YearMonth month, List<Topic> categories, List<Topic> words, boolean sampled) {
	}

	@Transactional(readOnly = true)
	public Topics of(Actor actor, long regionId, YearMonth month, Locale locale) {
		actor.require(RequestPermissions.VIEW);
		Region region = this.regions.get(actor, regionId);
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		YearMonth before = month.minusMonths(1);
		Selection sel = new Selection(region.id(), region.path(), from, to, null, null);
		var now = this.rollups.aggregate(this.source, sel, Breakdown.CATEGORY);
		var then = this.rollups.aggregate(this.source, sel.during(before.atDay(1), before.atEndOfMonth()), Breakdown.CATEGORY);
		Map<Long, String> names = this.source.categoryNames(locale);
		List<Topic> categories = new ArrayList<>();
		now.forEach((k, v) -> {
			long count = v.get("RECEIVED");
			long previous = then.containsKey(k) ? then.get(k).get("RECEIVED") : 0;
			categories.add(new Topic(names.getOrDefault(Long.valueOf(k), k), count, previous, rising(count, previous),
					"/requests?region=" + region.id() + "&category=" + k + "&from=" + from + "&to=" + to + "&figure=RECEIVED"));
		});
		categories.sort((a, b) -> Long.compare(b.count(), a.count()));
		List<String> texts = texts(region, month);
		Map<String, Long> words = words(texts);
		Map<String, Long> previousWords = words(texts(region, before));
		// the names of the places under the node (永安, 昆仑路) say where, not what: they are the region, not a topic
		List<String> places = this.regions.tree(actor, 500).stream().map(Region::name).toList();
		List<Topic> topWords = new ArrayList<>();
		words.entrySet().stream()
			.filter(e -> e.getValue() >= 2)
			.filter(e -> places.stream().noneMatch(p -> p.contains(e.getKey())))
			.sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
			.limit(20)
			.forEach(e -> {
				long previous = previousWords.getOrDefault(e.getKey(), 0L);
				topWords.add(new Topic(e.getKey(), e.getValue(), previous, rising(e.getValue(), previous),
						"/requests?region=" + region.id() + "&q=" + URLEncoder.encode(e.getKey(),
								StandardCharsets.UTF_8) + "&from=" + from + "&to=" + to));
			});
		return new Topics(region, month, categories.stream().limit(10).toList(), topWords, texts.size() >= SAMPLE);
	}

	static boolean rising(long count, long previous) {
		return count >= 3 && count * 2 >= previous * 3;
	}

	private List<String> texts(Region region, YearMonth month) {
		var zone = this.clock.getZone();
		Plans.forEachNode(this.jdbc);
		return this.jdbc.sql("""
				select description from request r where in_subtree(r.region_path, ?) and r.created_at >= ? and r.created_at < ?
				  and r.status <> 'DUPLICATE' order by r.created_at desc limit ?""")
			.params(region.path(), Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()),
					Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()), SAMPLE)
			.query(String.class)
			.list();
	}

	/**
	 * The topic words of the texts ({@link ChineseWords#topicWords}: real words, not stop words) and the number of
	 * requests each appears in, once per request.
	 */
	static Map<String, Long> words(List<String> texts) {
		Map<String, Long> counts = new HashMap<>();
		for (String text : texts) {
			ChineseWords.topicWords(text).forEach(w -> counts.merge(w, 1L, Long::sum));
		}
		return counts;
	}

}
