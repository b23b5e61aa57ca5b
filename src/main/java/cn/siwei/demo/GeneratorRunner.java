package cn.siwei.demo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.account.Accounts;

/**
 * The data-generator command: started with {@code --siwei.generate.<batch>=N} for any capability's generator batch
 * ({@code requests}, {@code wishes} …), the platform loads a synthetic city with that many records before it serves
 * (and stops afterwards with {@code --siwei.generate.exit=true}), and adds a login ({@code synth}, or {@code synth2}…)
 * whose region is the new city. See the README.
 */
@Component
class GeneratorRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GeneratorRunner.class);

	private final DataGenerator generator;

	private final Environment env;

	private final ApplicationContext context;

	private final Accounts accounts;

	GeneratorRunner(DataGenerator generator, Environment env, ApplicationContext context, Accounts accounts) {
		this.generator = generator;
		this.accounts = accounts;
		this.env = env;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		Map<String, Long> records = new LinkedHashMap<>();
		for (String name : this.generator.batchNames()) {
			long n = this.env.getProperty("siwei.generate." + name, Long.class, 0L);
			if (n > 0) {
				records.put(name, n);
			}
		}
		if (records.isEmpty()) {
			return;
		}
		long total = records.values().stream().mapToLong(Long::longValue).sum();
		long people = this.env.getProperty("siwei.generate.people", Long.class, Math.max(10_000L, total / 10));
		int[] fanOut = Arrays.stream(this.env.getProperty("siwei.generate.fan-out", "1,10,10,10,10,3,3").split(","))
			.map(String::trim)
			.mapToInt(Integer::parseInt)
			.toArray();
		DataGenerator.Generated g = this.generator.generate(fanOut, people, records);
		// a login whose region is the generated city, to browse it (the demo logins' regions are elsewhere)
		String username = "synth";
		for (int n = 2; this.accounts.findByUsername(username).isPresent(); n++) {
			username = "synth" + n;
		}
		this.accounts.create(Actor.SYSTEM, new Accounts.AccountForm(username, "合成市管理员", Role.ADMIN, g.cityId(), null, null),
				DemoData.PASSWORD);
		log.info("Generated city: log in as {} (password {}) to browse it", username, DemoData.PASSWORD);
		if (this.env.getProperty("siwei.generate.exit", Boolean.class, false)) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
