package cn.siwei.platform;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.util.ClassUtils;

/**
 * Commits that can be redone do not wait for the disk. An act's own transaction commits durably (PostgreSQL's
 * {@code synchronous_commit} as configured, on by default): what a resident or a worker did is on disk before they
 * are answered. The transactions that follow it — a module listener's ({@link ApplicationModuleListener}) and the
 * event publication registry's bookkeeping (marking a publication processing, completed, failed) — commit with
 * {@code synchronous_commit = off}: they are still atomic and in order, but a power cut can lose the last fraction
 * of a second of them. Nothing is lost by that: the registry entry that asks for the listener was written by the
 * durable act, a publication whose completion was lost stays incomplete and is delivered again at start-up
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}), and every listener is idempotent
 * (notices keyed by timeline entry and audience, points by their event key, activities by source) — which the
 * registry's at-least-once delivery demands anyway. Each push over the 12345 intake waited for five flushes of
 * the write-ahead log before this, and for one after it (benchmarks/results/intake-*.md).
 */
@Configuration(proxyBeanMethods = false)
class ListenerDurability {

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		JdbcTransactionManager manager = new Manager(dataSource);
		customizers.ifAvailable(c -> c.customize(manager));
		return manager;
	}

	/** Sets {@code synchronous_commit = off} for the transactions that can be redone. */
	static final class Manager extends JdbcTransactionManager {

		private final transient Map<String, Boolean> redoable = new ConcurrentHashMap<>();

		Manager(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
				throws SQLException {
			super.prepareTransactionalConnection(con, definition);
			String name = definition.getName();
			if (name != null && this.redoable.computeIfAbsent(name, Manager::redoable)) {
				try (Statement s = con.createStatement()) {
					s.execute("set local synchronous_commit = off");
				}
			}
		}

		/**
		 * Whether the transaction of this name (a declarative transaction is named {@code class.method}) is the
		 * event registry's bookkeeping or a module listener's.
		 */
		static boolean redoable(String name) {
			if (name.startsWith("org.springframework.modulith.events.")) {
				return true;
			}
			int dot = name.lastIndexOf('.');
			if (dot < 0 || !name.startsWith("cn.siwei.")) {
				return false;
			}
			try {
				Class<?> type = ClassUtils.forName(name.substring(0, dot), Manager.class.getClassLoader());
				String method = name.substring(dot + 1);
				// the name does not tell overloads apart: every method of that name must be a listener
				boolean any = false;
				for (Method m : type.getDeclaredMethods()) {
					if (m.getName().equals(method) && !m.isSynthetic()) {
						if (!AnnotatedElementUtils.hasAnnotation(m, ApplicationModuleListener.class)) {
							return false;
						}
						any = true;
					}
				}
				return any;
			}
			catch (ClassNotFoundException | LinkageError ex) {
				return false;
			}
		}

	}

}
