package cn.siwei.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code siwei.scheduling.enabled=false} really stops every periodic sweep: tests and benchmarks move the clock
 * and call the sweeps themselves, and a sweep running behind their back would change what they measure. (A
 * library's auto-configuration once switched scheduling on for the whole application.)
 */
class SchedulingIT extends SiweiIT {

	@Autowired
	ApplicationContext context;

	@Test
	void noSweepIsScheduledWhenSchedulingIsOff() {
		var tasks = this.context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
			.flatMap(holder -> holder.getScheduledTasks().stream())
			.map(Object::toString)
			.toList();
		assertThat(tasks).isEmpty();
	}

}
