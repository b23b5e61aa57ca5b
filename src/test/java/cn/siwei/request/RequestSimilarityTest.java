package cn.siwei.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Duplicate detection measured on residents' requests written for it: every two lines of a group report the same
 * problem (duplicates), every line and the lines of the next group do not (many at the same place or with the same
 * object: 东门的路灯 / 东门的地砖). Recall at least 0.9 at precision at least 0.8, at the threshold in use.
 */
class RequestSimilarityTest {

	record Pair(String a, String b, boolean duplicate) {
	}

	static List<Pair> pairs() throws IOException {
		List<List<String>> groups = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/segmentation/duplicate-topics.txt"),
				StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				groups.add(Arrays.asList(line.trim().split("\\|")));
			}
		}
		List<Pair> pairs = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			List<String> group = groups.get(g);
			for (int i = 0; i < group.size(); i++) {
				for (int j = i + 1; j < group.size(); j++) {
					pairs.add(new Pair(group.get(i), group.get(j), true));
				}
			}
			if (g + 1 < groups.size()) {
				for (String a : group) {
					for (String b : groups.get(g + 1)) {
						pairs.add(new Pair(a, b, false));
					}
				}
			}
		}
		return pairs;
	}

	static double[] measure(List<Pair> pairs, double threshold) {
		long tp = 0;
		long fp = 0;
		long fn = 0;
		for (Pair p : pairs) {
			boolean said = RequestSimilarity.score(p.a(), p.b()) >= threshold;
			tp += said && p.duplicate() ? 1 : 0;
			fp += said && !p.duplicate() ? 1 : 0;
			fn += !said && p.duplicate() ? 1 : 0;
		}
		return new double[] { (double) tp / Math.max(1, tp + fp), (double) tp / Math.max(1, tp + fn) };
	}

	@Test
	void atTheThresholdInUseRecallIsAtLeastNinetyPercentAtPrecisionOfEighty() throws IOException {
		List<Pair> pairs = pairs();
		assertThat(pairs).hasSizeGreaterThanOrEqualTo(200);
		assertThat(pairs.stream().filter(Pair::duplicate).count()).isGreaterThanOrEqualTo(100);
		StringBuilder table = new StringBuilder();
		for (double t = 0.1; t < 0.61; t += 0.05) {
			double[] pr = measure(pairs, t);
			table.append(String.format("threshold %.2f precision %.3f recall %.3f%n", t, pr[0], pr[1]));
		}
		// the whole curve, for whoever moves the threshold or the weights
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "duplicate-detection.txt"), table, StandardCharsets.UTF_8);
		double[] inUse = measure(pairs, RequestSimilarity.THRESHOLD);
		assertThat(inUse[1]).as("recall\n" + table).isGreaterThanOrEqualTo(0.9);
		assertThat(inUse[0]).as("precision\n" + table).isGreaterThanOrEqualTo(0.8);
	}

}
