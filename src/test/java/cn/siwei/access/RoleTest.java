package cn.siwei.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleTest {

	@Test
	void onlyRolesThatWorkWithResidentsMayRevealPersonalData() {
		assertThat(Role.values()).filteredOn(r -> r.can(Permission.PERSONAL_DATA_REVEAL))
			.containsExactlyInAnyOrder(Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.ADMIN);
	}

	@Test
	void aResidentAndAVolunteerSeeOnlyTheirOwnPersonRecord() {
		Actor resident = new Actor(1, "r", "r", Role.RESIDENT, "/1/2/", null, 42L);
		assertThat(resident.scope().ownPersonId()).isEqualTo(42L);
		Actor volunteerWithoutRecord = new Actor(1, "v", "v", Role.VOLUNTEER, "/1/2/", null, null);
		assertThat(volunteerWithoutRecord.scope().ownPersonId()).isEqualTo(-1L);
		Actor worker = new Actor(1, "w", "w", Role.COMMUNITY_WORKER, "/1/2/", null, 42L);
		assertThat(worker.scope().ownOnly()).isFalse();
	}

	@Test
	void aScopeCoversItsSubtreeOnly() {
		Scope scope = Scope.of("/1/4/");
		assertThat(scope.covers("/1/4/")).isTrue();
		assertThat(scope.covers("/1/4/17/")).isTrue();
		assertThat(scope.covers("/1/41/")).isFalse();
		assertThat(scope.covers("/1/")).isFalse();
		assertThatThrownBy(() -> Scope.of("/1/4")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void requireThrowsForAMissingPermission() {
		Actor leader = new Actor(1, "l", "l", Role.LEADER, "/1/", null, null);
		assertThatThrownBy(() -> leader.require(Permission.PEOPLE_MANAGE)).isInstanceOf(AccessDenied.class);
	}

}
