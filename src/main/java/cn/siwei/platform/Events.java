package cn.siwei.platform;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;

/**
 * Publishes {@link RecordChanged} events; a thin helper so that modules say what changed in one line.
 */
@Component
public class Events {

	private final ApplicationEventPublisher publisher;

	Events(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	public void created(Actor actor, String type, long id, String regionPath, Map<String, Object> after) {
		publish(new RecordChanged(actor, type, id, RecordChanged.Action.CREATE, regionPath, Map.of(), after, null));
	}

	public void changed(Actor actor, String type, long id, String regionPath, Map<String, Object> before,
			Map<String, Object> after) {
		publish(new RecordChanged(actor, type, id, RecordChanged.Action.UPDATE, regionPath, before, after, null));
	}

	public void changed(Actor actor, String type, long id, RecordChanged.Action action, String regionPath,
			Map<String, Object> before, Map<String, Object> after, String reason) {
		publish(new RecordChanged(actor, type, id, action, regionPath, before, after, reason));
	}

	public void publish(Object event) {
		this.publisher.publishEvent(event);
	}

}
