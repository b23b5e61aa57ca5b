package cn.siwei.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which transactions commit without waiting for the disk: the event registry's bookkeeping and the module
 * listeners', never an act's.
 */
class ListenerDurabilityTest {

	@Test
	void onlyTheRegistrysAndTheListenersTransactionsAreRedoable() {
		assertThat(ListenerDurability.Manager
			.redoable("org.springframework.modulith.events.core.DefaultEventPublicationRegistry.markCompleted")).isTrue();
		assertThat(ListenerDurability.Manager
			.redoable("org.springframework.modulith.events.core.DefaultEventPublicationRegistry.markProcessing")).isTrue();
		// module listeners (every method of that name is one)
		assertThat(ListenerDurability.Manager.redoable("cn.siwei.request.RequestNotices.on")).isTrue();
		assertThat(ListenerDurability.Manager.redoable("cn.siwei.points.PointsEarnings.on")).isTrue();
		// acts, and names that are not methods
		assertThat(ListenerDurability.Manager.redoable("cn.siwei.request.RequestIntake.receive")).isFalse();
		assertThat(ListenerDurability.Manager.redoable("cn.siwei.request.Requests.accept")).isFalse();
		assertThat(ListenerDurability.Manager.redoable("cn.siwei.audit.AuditTrail.on")).as("a listener in the act's own transaction")
			.isFalse();
		assertThat(ListenerDurability.Manager.redoable("cn.siwei.NoSuchClass.on")).isFalse();
		assertThat(ListenerDurability.Manager.redoable("transactionTemplate")).isFalse();
	}

}
