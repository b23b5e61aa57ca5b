package cn.siwei.platform;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What leaves the platform as text that another program interprets: spreadsheet cells and log lines.
 */
class OutputSafetyTest {

	@Test
	void aCellThatASpreadsheetWouldTakeForAFormulaIsWrittenAsText() {
		for (String formula : new String[] { "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1" }) {
			assertThat(Sheets.text(formula)).startsWith("'").endsWith(formula);
		}
		assertThat(Sheets.text("路灯坏了")).isEqualTo("路灯坏了");
		assertThat(Sheets.text("1号楼-2单元")).isEqualTo("1号楼-2单元");
		assertThat(Sheets.text(null)).isNull();
	}

	@Test
	void textFromOutsideCannotStartAForgedLogLine() {
		assertThat(LogSafe.of("admin\r\n12:00:00 INFO Login of root")).doesNotContain("\n").doesNotContain("\r");
		assertThat(LogSafe.of("a\u2028b")).isEqualTo("a_b");
		assertThat(LogSafe.of("x".repeat(500))).hasSize(200);
		assertThat(LogSafe.of(null)).isEqualTo("null");
	}

	@Test
	void aRevealNeedsAReason() {
		Assertions.assertThatThrownBy(() -> Reveals.reason("  "))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("reason"));
		assertThat(Reveals.reason(" 电话回访 ")).isEqualTo("电话回访");
	}

}
