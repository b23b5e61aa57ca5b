package cn.siwei.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the platform's periodic sweeps (deadlines of wishes and requests). Tests switch it off with
 * {@code siwei.scheduling.enabled=false} and call the sweeps themselves after moving the clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "siwei.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {

}
