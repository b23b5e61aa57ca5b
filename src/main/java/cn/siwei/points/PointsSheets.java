package cn.siwei.points;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.people.People;
import cn.siwei.people.PersonView;
import cn.siwei.platform.Page;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.points.PointsTerms.AccountKind;
import cn.siwei.points.PointsTerms.TransferKind;
import cn.siwei.points.PointsTerms.Trigger;

/**
 * The monthly scoring sheet (月评分): grid staff score each household of the ledger's place on each sheet rule in
 * force (0 up to the rule's points), a page of households at a time on a phone. A page's scores post as one batch;
 * a household already scored on a rule this month keeps that score (its key is the month, the rule and the
 * household), so sending a page twice changes nothing, and a wrong score is corrected by its reversal and a new
 * score.
 */
@Service
public class PointsSheets {

	private final JdbcClient jdbc;

	private final PointsLedger ledgers;

	private final PointsRules rules;

	private final People people;

	private final Clock clock;

	PointsSheets(JdbcClient jdbc, PointsLedger ledgers, PointsRules rules, People people, Clock clock) {
		this.jdbc = jdbc;
		this.ledgers = ledgers;
		this.rules = rules;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * A household's line of the sheet.
	 *
	 * @param personId the household's registered person
	 * @param name their name
	 * @param place where they live
	 * @param scored what they were scored this month, by rule code (a reversed score is not there)
	 */
	public record Line(long personId, String name, String place, Map<String, Long> scored) {
	}

	/**
	 * A page of the month's sheet.
	 *
	 * @param ledger the ledger
	 * @param month the month scored
	 * @param rules the sheet rules in force
	 * @param lines the households of the page
	 */
	public record Sheet(Ledger ledger, YearMonth month, List<Rule> rules, Page<Line> lines) {
	}

	/** A page of this month's sheet of a ledger of the actor's region. */
	@Transactional(readOnly = true)
	public Sheet sheet(Actor actor, long ledgerId, int page, int size) {
		return sheet(actor, ledgerId, "", page, size);
	}

	/** A page of the month's sheet, the households narrowed to those whose name (or phone, ID …) holds {@code q}. */
	@Transactional(readOnly = true)
	public Sheet sheet(Actor actor, long ledgerId, String q, int page, int size) {
		actor.require(PointsPermissions.MANAGE);
		Ledger ledger = this.ledgers.get(actor, ledgerId);
		YearMonth month = YearMonth.now(this.clock);
		List<Rule> sheetRules = this.rules.inForce(ledgerId, Trigger.SHEET);
		Page<PersonView> households = this.people.list(actor, q == null ? "" : q.strip(), null, ledger.regionId(), false,
				page, size);
		Map<Long, Map<String, Long>> scored = scored(ledgerId, month,
				households.items().stream().map(PersonView::id).toList());
		return new Sheet(ledger, month, sheetRules, households.map(p -> new Line(p.id(), p.name(), p.regionName(),
				scored.getOrDefault(p.id(), Map.of()))));
	}

	/** The sheet form's field of a household's score on a rule. */
	public static String field(long personId, String code) {
		return "s_" + personId + "_" + code;
	}

	private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("s_(\\d{1,18})_(\\w{1,32})");

	/**
	 * A page of the sheet as its form sent it.
	 *
	 * @param scores the whole numbers typed, by household and rule code
	 * @param notNumbers the fields where something else was typed
	 */
	public record Typed(Map<Long, Map<String, Integer>> scores, List<String> notNumbers) {
	}

	/**
	 * A page of the sheet as its form sends it: the fields named by {@link #field}, blank when not scored; other
	 * fields are not scores and are left alone.
	 */
	public static Typed parse(Map<String, String> form) {
		Map<Long, Map<String, Integer>> scores = new LinkedHashMap<>();
		List<String> notNumbers = new ArrayList<>();
		for (Map.Entry<String, String> e : form.entrySet()) {
			var m = FIELD.matcher(e.getKey());
			if (!m.matches() || e.getValue() == null || e.getValue().isBlank()) {
				continue;
			}
			try {
				scores.computeIfAbsent(Long.parseLong(m.group(1)), k -> new LinkedHashMap<>())
					.put(m.group(2), Integer.parseInt(e.getValue().strip()));
			}
			catch (NumberFormatException ex) {
				notNumbers.add(e.getKey());
			}
		}
		return new Typed(scores, notNumbers);
	}

	/**
	 * Posts a page of the sheet as its form sent it: refused with every field's reason at once (what is not a whole
	 * number, and every score out of range), or posted whole.
	 */
	@Transactional
	public int submit(Actor actor, long ledgerId, Typed page) {
		Violations v = new Violations();
		page.notNumbers().forEach(f -> v.add(f, "points.rejected.wholeNumber"));
		return submit(actor, ledgerId, page.scores(), v);
	}

	/**
	 * Posts a page of scores: for each household and sheet rule, a score from 1 to the rule's points (0 or none:
	 * not scored). A score already posted this month stays as it is.
	 *
	 * @return how many scores were posted now
	 * @throws Rejected when a score is out of range or a household is not of the ledger's place (nothing posted)
	 */
	@Transactional
	public int submit(Actor actor, long ledgerId, Map<Long, Map<String, Integer>> scores) {
		return submit(actor, ledgerId, scores, new Violations());
	}

	private int submit(Actor actor, long ledgerId, Map<Long, Map<String, Integer>> scores, Violations v) {
		actor.require(PointsPermissions.MANAGE);
		Ledger ledger = this.ledgers.get(actor, ledgerId);
		YearMonth month = YearMonth.now(this.clock);
		Map<String, Rule> byCode = new LinkedHashMap<>();
		this.rules.inForce(ledgerId, Trigger.SHEET).forEach(r -> byCode.put(r.code(), r));
		List<Posting> postings = new ArrayList<>();
		Map<String, Long> issuance = new HashMap<>();
		for (Map.Entry<Long, Map<String, Integer>> e : scores.entrySet()) {
			long personId = e.getKey();
			if (!this.people.visible(actor, personId)) {
				throw new cn.siwei.platform.NotFound("person", personId);
			}
			PersonView person = this.people.view(actor, personId);
			if (!person.regionPath().startsWith(ledger.regionPath())) {
				v.add("score", "points.rejected.notOfLedger");
				continue;
			}
			for (Map.Entry<String, Integer> s : e.getValue().entrySet()) {
				Rule rule = byCode.get(s.getKey());
				Integer score = s.getValue();
				if (score == null || score == 0) {
					continue;
				}
				if (rule == null) {
					v.add(field(personId, s.getKey()), "points.rejected.noRule");
					continue;
				}
				if (score < 0 || score > rule.points()) {
					v.add(field(personId, s.getKey()), "points.rejected.score", rule.points());
					continue;
				}
				long holder = this.ledgers.holder(ledgerId, person.id(), person.name());
				long from = issuance.computeIfAbsent(rule.code(),
						c -> this.ledgers.account(ledgerId, AccountKind.ISSUANCE, null, c));
				postings.add(new Posting(from, holder, score, TransferKind.AWARD,
						"sheet:" + month + ":" + rule.code() + ":" + person.id(), rule.id(), null, month + " 月度评分"));
			}
		}
		v.throwIfAny();
		if (postings.isEmpty()) {
			return 0;
		}
		return (int) this.ledgers.postAll(actor, ledgerId, postings).stream().filter(PointsLedger.Posted::posted).count();
	}

	/** What each household was scored on each sheet rule in a month, kept (reversed scores left out). */
	Map<Long, Map<String, Long>> scored(long ledgerId, YearMonth month, List<Long> personIds) {
		ZoneId zone = this.clock.getZone();
		Map<Long, Map<String, Long>> out = new HashMap<>();
		this.jdbc.sql("""
				select a.person_id, r.code, sum(t.amount) from points_transfer t
				join points_account a on a.id = t.credit_account_id join points_rule r on r.id = t.rule_id
				where t.ledger_id = ? and t.kind = 'AWARD' and r.trigger = 'SHEET' and t.at >= ? and t.at < ?
				  and a.person_id = any(?)
				  and not exists (select 1 from points_transfer x where x.reverses_id = t.id)
				group by a.person_id, r.code""")
			.params(ledgerId, Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()),
					Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()),
					personIds.toArray(Long[]::new))
			.query(rs -> {
				out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
			});
		return out;
	}

}
