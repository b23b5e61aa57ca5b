package cn.siwei.request;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The request capability's settings, under {@code siwei.requests}.
 *
 * @param warnBefore how long before its limit a step is flagged "due soon" and put on the supervision list
 * @param duplicateWindow how far back likely duplicates of a new request are looked for
 * @param sweepEvery how often the sweep flags steps that come due or pass their limits
 */
@ConfigurationProperties("siwei.requests")
public record RequestSettings(@DefaultValue("24h") Duration warnBefore, @DefaultValue("30d") Duration duplicateWindow,
		@DefaultValue("60s") Duration sweepEvery) {
}
