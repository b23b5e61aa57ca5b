package cn.siwei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.Satisfaction;
import cn.siwei.request.RequestForm;
import cn.siwei.request.RequestQueries;
import cn.siwei.request.RequestRecording;
import cn.siwei.request.RequestWork;
import cn.siwei.request.Requests;

/**
 * The request lifecycle — 点单→接单→派单→领单 (and finished)→评单 — side by side with Flowable 8, the embedded BPMN
 * engine, running the same five steps as user tasks with due dates and its history on (the engine's default level,
 * audit), on the same embedded PostgreSQL (its own database there), from the same number of client threads, each
 * thread taking one case from start to close at a time. The platform's side goes through its services as its pages
 * and API do: the resident places the request, the community worker accepts it and dispatches it to a volunteer,
 * who claims and finishes it, and the resident evaluates it; each step checks the right and the state, writes the
 * timeline, the audit trail, the counters and rollups, the step's limit and the events that the notices follow.
 * Writes {@code benchmarks/results/lifecycle-<date>.md} (issue 18's goal: 10 times Flowable's closed cases a second).
 * <p>
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.siwei.bench.FlowableBenchmark -Dexec.args=30} (seconds for each side).
 */
public final class FlowableBenchmark {

	private static final Logger log = LoggerFactory.getLogger(FlowableBenchmark.class);

	private static final int CLIENTS = 8;

	private static final int WARM_UP = 30;

	private FlowableBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		BenchPlatform.run(context -> run(context, seconds), "--siwei.demo=true");
		System.exit(0);
	}

	static void run(ConfigurableApplicationContext context, int seconds) throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		UserDetailsService users = context.getBean(UserDetailsService.class);
		Actor resident = ((ActorPrincipal) users.loadUserByUsername("resident")).actor();
		Actor worker = ((ActorPrincipal) users.loadUserByUsername("worker")).actor();
		RequestRecording recording = context.getBean(RequestRecording.class);
		Requests requests = context.getBean(Requests.class);
		RequestWork work = context.getBean(RequestWork.class);
		long category = context.getBean(RequestQueries.class).categories(Locale.SIMPLIFIED_CHINESE).stream()
			.filter(c -> c.code().equals("MUNICIPAL")).findFirst().orElseThrow().id();
		long volunteer = jdbc.sql("select id from person where name = '马丽'").query(Long.class).single();
		BenchLoad.Call siwei = n -> {
			long id = recording.submitOwn(resident, RequestForm.of(category, "基准测试：楼道灯不亮，第" + n + "件。", null, null));
			requests.accept(worker, id, null);
			long part = requests.dispatch(worker, id, null, null, volunteer, "上门查看");
			work.claim(worker, id, part, null);
			work.finishPart(worker, id, part, "换了灯泡");
			work.evaluate(resident, id, true, Satisfaction.SATISFIED, null, Map.of(part, 5));
		};

		// Flowable in a database of its own on the same server, with a pool as large as the platform's
		String url = context.getEnvironment().getProperty("spring.datasource.url");
		jdbc.sql("create database flowable").update();
		HikariConfig pool = new HikariConfig();
		pool.setJdbcUrl(url.substring(0, url.lastIndexOf('/') + 1) + "flowable");
		pool.setUsername(context.getEnvironment().getProperty("spring.datasource.username"));
		pool.setPassword(context.getEnvironment().getProperty("spring.datasource.password"));
		pool.setMaximumPoolSize(10);
		try (HikariDataSource flowableDb = new HikariDataSource(pool)) {
			ProcessEngineConfiguration configuration = ProcessEngineConfiguration
				.createStandaloneProcessEngineConfiguration()
				.setDataSource(flowableDb)
				.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
				.setHistoryLevel(HistoryLevel.AUDIT)
				.setAsyncExecutorActivate(false);
			ProcessEngine engine = configuration.buildProcessEngine();
			try {
				engine.getRepositoryService()
					.createDeployment()
					.addClasspathResource("bench/request-lifecycle.bpmn20.xml")
					.deploy();
				RuntimeService runtime = engine.getRuntimeService();
				TaskService tasks = engine.getTaskService();
				BenchLoad.Call flowable = n -> {
					String instance = runtime.startProcessInstanceByKey("request", "bench-" + n,
							Map.of("reporter", "resident", "unit", "volunteer-" + volunteer, "description",
									"基准测试：楼道灯不亮，第" + n + "件。"))
						.getId();
					for (String step : List.of("accept", "dispatch", "claim", "finish", "evaluate")) {
						Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
						if (!step.equals(task.getTaskDefinitionKey())) {
							throw new IllegalStateException("expected " + step + ", found " + task.getTaskDefinitionKey());
						}
						tasks.complete(task.getId(), step.equals("evaluate")
								? Map.of("resolved", true, "satisfaction", "SATISFIED", "stars", 5) : Map.of());
					}
				};

				BenchLoad.drive(siwei, CLIENTS, WARM_UP);
				BenchLoad.Rate platform = BenchLoad.drive(siwei, CLIENTS, seconds);
				log.info("The platform: {} cases, {}/s", platform.done(), Math.round(platform.perSecond()));
				BenchLoad.drive(flowable, CLIENTS, WARM_UP);
				BenchLoad.Rate peer = BenchLoad.drive(flowable, CLIENTS, seconds);
				log.info("Flowable: {} cases, {}/s", peer.done(), Math.round(peer.perSecond()));
				long closed = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
				write(seconds, platform, peer, closed);
			}
			finally {
				engine.close();
			}
		}
	}

	private static void write(int seconds, BenchLoad.Rate platform, BenchLoad.Rate peer, long flowableClosed) throws Exception {
		List<String> lines = new ArrayList<>();
		lines.add("# The request lifecycle against Flowable 8, " + LocalDate.now());
		lines.add("");
		lines.add(BenchPlatform.machine() + ", embedded PostgreSQL 17 (fsync and synchronous commit on) shared by both"
				+ " sides (Flowable in a database of its own there), both in one JVM; a shared, noisy machine: read the ratio.");
		lines.add("");
		lines.add(CLIENTS + " client threads, each taking one case from placed to evaluated at a time, for " + seconds
				+ " s each side after " + WARM_UP + " s of warm-up. The platform: the resident places the request, the"
				+ " community worker accepts it and dispatches it to a volunteer, who claims it and finishes it, the"
				+ " resident evaluates it — six transactions through the platform's services, each with its checks,"
				+ " timeline entry, audit entry, counters and rollups, step limit and events (the notices follow after"
				+ " commit). Flowable: the process started and its five user tasks (with due dates) found and completed"
				+ " — six transactions — with history at the engine's default level (audit).");
		lines.add("");
		lines.add("| side | closed cases | per second | p50 a case | p95 a case |");
		lines.add("|---|---|---|---|---|");
		lines.add(String.format("| the platform (services) | %d | %.1f | %.1f ms | %.1f ms |", platform.done(),
				platform.perSecond(), platform.p50(), platform.p95()));
		lines.add(String.format("| Flowable 8.0.0 (BPMN, history audit) | %d | %.1f | %.1f ms | %.1f ms |", peer.done(),
				peer.perSecond(), peer.p50(), peer.p95()));
		lines.add("");
		lines.add(String.format("**Ratio: %.2f** (the platform's closed cases a second over Flowable's; goal 10)."
				+ " Flowable's history holds %d finished processes (warm-up included).",
				platform.perSecond() / peer.perSecond(), flowableClosed));
		Path dir = Path.of("benchmarks", "results");
		Files.createDirectories(dir);
		Path file = dir.resolve("lifecycle-" + LocalDate.now() + ".md");
		Files.write(file, lines);
		log.info("{}{}Written to {}", String.join(System.lineSeparator(), lines), System.lineSeparator(), file);
	}

}
