package cn.siwei.demo;

import java.util.Arrays;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The data-generator command: started with {@code --siwei.generate.requests=N} and/or
 * {@code --siwei.generate.wishes=N}, the platform loads a synthetic city with that many records before it serves
 * (and stops afterwards with {@code --siwei.generate.exit=true}). See the README.
 */
@Component
@ConditionalOnExpression("${siwei.generate.requests:0} > 0 or ${siwei.generate.wishes:0} > 0")
class GeneratorRunner implements ApplicationRunner {

	private final DataGenerator generator;

	private final Environment env;

	private final ApplicationContext context;

	GeneratorRunner(DataGenerator generator, Environment env, ApplicationContext context) {
		this.generator = generator;
		this.env = env;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		long requests = this.env.getProperty("siwei.generate.requests", Long.class, 0L);
		long wishes = this.env.getProperty("siwei.generate.wishes", Long.class, 0L);
		long people = this.env.getProperty("siwei.generate.people", Long.class, Math.max(10_000L, (requests + wishes) / 10));
		int[] fanOut = Arrays.stream(this.env.getProperty("siwei.generate.fan-out", "1,10,10,10,10,3,3").split(","))
			.map(String::trim)
			.mapToInt(Integer::parseInt)
			.toArray();
		this.generator.generate(fanOut, people, wishes, requests);
		if (this.env.getProperty("siwei.generate.exit", Boolean.class, false)) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
