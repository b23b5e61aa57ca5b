package cn.siwei.platform;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link RecordChanged} events; a thin helper so that modules say what changed in one line.
 */
@Component
public class Events {

	private final ApplicationEventPublisher publisher;

	Events(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	public void created(String type, long id, String regionPath, Map<String, Object> after) {
		publish(new RecordChanged(type, id, RecordChanged.Action.CREATE, regionPath, Map.of(), after, null));
	}

	public void changed(String type, long id, String regionPath, Map<String, Object> before,
			Map<String, Object> after) {
		publish(new RecordChanged(type, id, RecordChanged.Action.UPDATE, regionPath, before, after, null));
	}

	public void changed(String type, long id, RecordChanged.Action action, String regionPath,
			Map<String, Object> before, Map<String, Object> after, String reason) {
		publish(new RecordChanged(type, id, action, regionPath, before, after, reason));
	}

	public void publish(Object event) {
		this.publisher.publishEvent(event);
	}

}
