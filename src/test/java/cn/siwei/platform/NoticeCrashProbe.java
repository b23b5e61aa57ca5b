package cn.siwei.platform;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.SiweiApplication;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.notification.SmsSender;
import cn.siwei.request.RequestForm;
import cn.siwei.request.RequestQueries;
import cn.siwei.request.RequestRecording;
import cn.siwei.request.Requests;

/**
 * The platform in a process of its own, as it ships (demo data on), with a text-message gateway that a test can
 * stall: in mode {@code act} it places a request as the resident, takes it as the worker (接单, whose notice texts
 * the resident) and prints {@code ACCEPTED <id>}; the gateway then hangs on that message (it prints
 * {@code SMS STALLED <key>}) so that the test can kill the process after the act committed and before its notice
 * was sent. In mode {@code restart} it only starts; the gateway prints {@code SMS SENT <key>} for every message.
 */
public final class NoticeCrashProbe {

	private static final Logger log = LoggerFactory.getLogger(NoticeCrashProbe.class);

	/** Marks the probe's request, so that only its text message stalls (demo data sends others). */
	static final String MARK = "崩溃测试";

	private static volatile String mode;

	private NoticeCrashProbe() {
	}

	public static void main(String[] args) throws Exception {
		mode = args[1];
		ConfigurableApplicationContext context = new SpringApplication(SiweiApplication.class, Gateway.class)
			.run("--siwei.demo=true", "--siwei.embedded-db.data-directory=" + args[0], "--server.port=0");
		if (mode.equals("act")) {
			UserDetailsService users = context.getBean(UserDetailsService.class);
			Actor resident = ((ActorPrincipal) users.loadUserByUsername("resident")).actor();
			Actor worker = ((ActorPrincipal) users.loadUserByUsername("worker")).actor();
			long category = context.getBean(RequestQueries.class).categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
			long id = context.getBean(RequestRecording.class).submitOwn(resident,
					RequestForm.of(category, MARK + "：楼下路灯不亮", null, null));
			context.getBean(Requests.class).accept(worker, id, null);
			log.info("ACCEPTED {}", id);
		}
		log.info("STARTED");
		new CountDownLatch(1).await();
	}

	/** The stallable gateway; a plain class given to the application as a source (component scanning of the test
	 * context must not find it). */
	static class Gateway {

		@Bean
		SmsSender probeSmsSender() {
			return (personId, text, key) -> {
				if (mode.equals("act") && text.contains(MARK)) {
					log.info("SMS STALLED {}", key);
					try {
						new CountDownLatch(1).await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
				else {
					log.info("SMS SENT {}", key);
				}
			};
		}

	}


}
