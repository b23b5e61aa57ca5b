package cn.siwei.points;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar siwei.jar --siwei.points.verify}: checks every ledger of the configured database, prints what it
 * found (one line per ledger, the first posting that does not match named), and exits with 0 when everything
 * matches, 1 when not.
 */
@Component
class PointsVerifyCommand implements ApplicationRunner {

	private final PointsVerifier verifier;

	private final ApplicationContext context;

	PointsVerifyCommand(PointsVerifier verifier, ApplicationContext context) {
		this.verifier = verifier;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("siwei.points.verify")) {
			return;
		}
		List<PointsVerifier.Finding> findings = this.verifier.verifyUnder("/");
		// UTF-8 whatever the machine's locale (the ledgers' names are Chinese; an unset locale would print ????)
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		long bad = findings.stream().filter(f -> !f.ok()).count();
		for (PointsVerifier.Finding f : findings) {
			out.println("points ledger " + f.ledgerId() + " (" + f.name() + "): " + f.postings() + " postings, "
					+ (f.ok() ? "OK" : "DOES NOT MATCH: " + f.problem()));
		}
		out.println("points verify: " + findings.size() + " ledgers, " + (bad == 0 ? "all match" : bad + " do not match"));
		int code = bad == 0 ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
