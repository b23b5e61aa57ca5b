package cn.siwei.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.siwei.access.Actor;
import cn.siwei.points.PointsLedger;
import cn.siwei.points.PointsRules;
import cn.siwei.points.PointsTerms.AccountKind;
import cn.siwei.points.PointsTerms.TransferKind;
import cn.siwei.points.PointsTerms.Trigger;
import cn.siwei.points.PointsVerifier;
import cn.siwei.points.Posting;
import cn.siwei.points.RuleForm;

/**
 * Postings a second on this machine, hash chain included, as a month is posted: each village's scoring sheet is
 * one batch (its households × its five rules) under the village's lock; several villages post side by side. Also
 * single postings (one per transaction, as events earn them) and the verifier's pace. Writes
 * {@code benchmarks/results/points-<day>.md} with the medians and the month of a city of ten million people
 * (~3.5M households × 5 rules ≈ 17.5M postings).
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.siwei.bench.PointsBenchmark -Dexec.args="40 500 6"} (villages, households per village,
 * months).
 */
public final class PointsBenchmark {

	private static final Logger log = LoggerFactory.getLogger(PointsBenchmark.class);

	static final String[] RULES = { "HYGIENE", "TOILET", "LIVESTOCK", "VOLUNTEER", "REVIEW" };

	private PointsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int villages = args.length > 0 ? Integer.parseInt(args[0]) : 40;
		int households = args.length > 1 ? Integer.parseInt(args[1]) : 500;
		int months = args.length > 2 ? Integer.parseInt(args[2]) : 6;
		BenchPlatform.run(context -> run(context, villages, households, months));
	}

	record Village(long ledger, long[] holders, long[] issuance, long[] rules) {
	}

	static void run(ConfigurableApplicationContext context, int villages, int households, int months) throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		PointsLedger ledgers = context.getBean(PointsLedger.class);
		PointsRules rules = context.getBean(PointsRules.class);
		PointsVerifier verifier = context.getBean(PointsVerifier.class);
		Actor staff = Actor.SYSTEM;
		jdbc.sql("""
				insert into region (parent_id, level, code, name, path, created_at, updated_at)
				values (null, 1, 'PB', '积分基准县', '', now(), now())""").update();
		jdbc.sql("update region set path = '/' || id || '/' where code = 'PB'").update();
		jdbc.sql("""
				insert into region (parent_id, level, code, name, path, created_at, updated_at)
				select p.id, 4, 'PB-' || g, '基准村' || g, 'new:' || g, now(), now() from region p, generate_series(1, ?) g
				where p.code = 'PB'""").param(villages).update();
		jdbc.sql("update region c set path = p.path || c.id || '/' from region p where c.parent_id = p.id and c.code like 'PB-%'")
			.update();
		jdbc.sql("""
				insert into person (region_id, region_path, name, created_at, updated_at)
				select r.id, r.path, '户主' || r.code || '-' || g, now(), now() from region r, generate_series(1, ?) g
				where r.code like 'PB-%'""").param(households).update();
		List<Village> all = new ArrayList<>();
		for (long region : jdbc.sql("select id from region where code like 'PB-%' order by id").query(Long.class).list()) {
			long ledger = ledgers.open(staff, region, "基准账本" + region, null);
			long[] ruleIds = new long[RULES.length];
			long[] issuance = new long[RULES.length];
			for (int r = 0; r < RULES.length; r++) {
				ruleIds[r] = rules.set(staff, ledger, new RuleForm(RULES[r], RULES[r], 10, null, Trigger.SHEET, false, null));
				issuance[r] = ledgers.account(ledger, AccountKind.ISSUANCE, null, RULES[r]);
			}
			List<Long> people = jdbc.sql("select id from person where region_id = ? order by id").param(region)
				.query(Long.class).list();
			long[] holders = new long[people.size()];
			for (int h = 0; h < holders.length; h++) {
				holders[h] = ledgers.account(ledger, AccountKind.HOLDER, people.get(h), "户主" + people.get(h));
			}
			all.add(new Village(ledger, holders, issuance, ruleIds));
		}
		int threads = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		double[] batchRates = new double[months];
		long postings = 0;
		for (int m = 0; m < months; m++) {
			int month = m;
			AtomicLong posted = new AtomicLong();
			long t0 = System.nanoTime();
			List<Future<?>> futures = new ArrayList<>();
			for (Village v : all) {
				futures.add(pool.submit(() -> {
					List<Posting> sheet = new ArrayList<>(v.holders().length * RULES.length);
					for (int h = 0; h < v.holders().length; h++) {
						for (int r = 0; r < RULES.length; r++) {
							sheet.add(new Posting(v.issuance()[r], v.holders()[h], 1 + (h + r + month) % 10, TransferKind.AWARD,
									"sheet:" + month + ":" + h + ":" + r, v.rules()[r], null, "月度评分"));
						}
					}
					ledgers.postAll(staff, v.ledger(), sheet);
					posted.addAndGet(sheet.size());
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			batchRates[m] = posted.get() / seconds;
			postings += posted.get();
			log.info("month {}: {} postings in {} s, {} a second", m + 1, posted.get(), String.format("%.2f", seconds),
					Math.round(batchRates[m]));
		}
		// single postings, one per transaction, as events earn them: one thread per village, side by side
		int singles = 200;
		long t0 = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (Village v : all.subList(0, Math.min(all.size(), threads))) {
			futures.add(pool.submit(() -> {
				for (int i = 0; i < singles; i++) {
					ledgers.post(staff, v.ledger(), new Posting(v.issuance()[4], v.holders()[i % v.holders().length], 2,
							TransferKind.AWARD, "event:" + i, v.rules()[4], null, "居民点评"));
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		double singleSeconds = (System.nanoTime() - t0) / 1e9;
		long singleCount = (long) singles * Math.min(all.size(), threads);
		pool.shutdown();
		long v0 = System.nanoTime();
		var findings = verifier.verifyUnder("/");
		double verifySeconds = (System.nanoTime() - v0) / 1e9;
		long total = findings.stream().mapToLong(PointsVerifier.Finding::postings).sum();
		boolean ok = findings.stream().allMatch(PointsVerifier.Finding::ok);
		write(villages, households, months, threads, batchRates, postings, singleCount / singleSeconds, singleCount,
				total, verifySeconds, ok);
	}

	static void write(int villages, int households, int months, int threads, double[] rates, long postings,
			double singleRate, long singles, long verified, double verifySeconds, boolean ok) throws Exception {
		double[] sorted = rates.clone();
		Arrays.sort(sorted);
		double median = sorted[sorted.length / 2];
		double cityMinutes = 17_500_000 / median / 60;
		Path dir = Path.of("benchmarks", "results");
		Files.createDirectories(dir);
		Path file = dir.resolve("points-" + LocalDate.now() + ".md");
		List<String> lines = new ArrayList<>();
		lines.add("# Points ledger benchmark, " + LocalDate.now());
		lines.add("");
		lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ ManagementFactory.getOperatingSystemMXBean().getName() + " " + System.getProperty("os.arch") + ", Java "
				+ System.getProperty("java.version") + ", embedded PostgreSQL (fsync on, synchronous commit); a shared,"
				+ " noisy machine: read medians.");
		lines.add("");
		lines.add("Data: " + villages + " village ledgers × " + households + " households × " + RULES.length
				+ " rules; each month every village's scoring sheet is posted as one batch through `PointsLedger.postAll`"
				+ " (the village's lock, idempotency keys checked, balances checked, every posting numbered and"
				+ " hash-chained, balances and head written in the same transaction), " + threads + " villages side by side.");
		lines.add("");
		lines.add("| measure | value |");
		lines.add("|---|---|");
		lines.add("| postings a second, monthly sheets, median of " + months + " months | **" + Math.round(median) + "** |");
		lines.add("| each month (postings a second) | " + Arrays.stream(rates).mapToObj(r -> String.valueOf(Math.round(r)))
			.reduce((a, b) -> a + ", " + b).orElse("") + " |");
		lines.add("| postings made by the sheets | " + postings + " |");
		lines.add("| single postings a second (one per transaction, as events earn them; " + threads + " threads, "
				+ singles + " postings) | " + Math.round(singleRate) + " |");
		lines.add("| verifier: postings rechecked a second (" + verified + " postings, every balance) | "
				+ Math.round(verified / verifySeconds) + " |");
		lines.add("| every ledger verified | " + (ok ? "yes" : "NO") + " |");
		lines.add("| a city of ten million's month (~17.5M postings) at the sheets' median | "
				+ String.format("%.0f minutes", cityMinutes) + " |");
		lines.add("");
		lines.add("Goal (issue 16): at least 5,000 postings a second sustained, hash chain included.");
		Files.write(file, lines);
		log.info("{}{}Written to {}", String.join(System.lineSeparator(), lines), System.lineSeparator(), file);
	}

}
