package cn.siwei.audit;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An entry's before and after read as the fields that changed, as a person reads them. */
class AuditEventTest {

	static AuditEvent entry(String before, String after) {
		return new AuditEvent(1, Instant.EPOCH, 1, "管理员", "UPDATE", "person", 7, "/1/", before, after, null,
				ZoneId.of("Asia/Shanghai"));
	}

	@Test
	void onlyWhatChangedIsListedWithBothSides() {
		var changes = entry("{\"name\":\"王秀兰\",\"active\":true,\"careTags\":[\"ELDERLY_ALONE\"]}",
				"{\"name\":\"王秀兰\",\"active\":false,\"careTags\":[\"ELDERLY_ALONE\",\"DISABLED\"]}").changes();
		assertThat(changes).containsExactly(new AuditEvent.Change("active", "true", "false"),
				new AuditEvent.Change("careTags", "ELDERLY_ALONE", "ELDERLY_ALONE、DISABLED"));
	}

	@Test
	void aFieldOnOneSideOnlyIsListedWithThatSide() {
		assertThat(entry(null, "{\"field\":\"PHONE\"}").changes()).containsExactly(new AuditEvent.Change("field", null, "PHONE"));
		assertThat(entry("{}", null).changes()).isEmpty();
		assertThat(entry("not json", null).changes()).hasSize(1);
	}

}
