package cn.siwei.wish;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The wish capability's settings, under {@code siwei.wishes}.
 *
 * @param contactWithin the time a claimant has to contact the beneficiary where no region sets its own
 * @param sweepEvery how often the sweep flags missed contacts and committed dates
 */
@ConfigurationProperties("siwei.wishes")
public record WishSettings(@DefaultValue("7d") Duration contactWithin, @DefaultValue("60s") Duration sweepEvery) {
}
