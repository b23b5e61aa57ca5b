package cn.siwei.mediation;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.mediation.MediationLoop.Act;
import cn.siwei.mediation.MediationLoop.Reason;
import cn.siwei.mediation.MediationLoop.Suggestion;
import cn.siwei.mediation.MediationTerms.Body;
import cn.siwei.mediation.MediationTerms.Kind;
import cn.siwei.mediation.MediationTerms.Source;
import cn.siwei.mediation.MediationTerms.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Every act from every state, with and without a mediator; the conflict and consent rules. */
class MediationLoopTest {

	static final Actor WORKER = new Actor(1, "w", "w", Role.COMMUNITY_WORKER, "/1/", null, null);

	static final Actor LEADER = new Actor(2, "l", "l", Role.LEADER, "/1/", null, null);

	@BeforeAll
	static void grantTheCapabilitysPermissions() {
		Role.grant(new MediationPermissions());
	}

	@Test
	void eachActStartsOnlyFromItsStatesAndSomeNeedAMediator() {
		for (Status s : Status.values()) {
			for (Act act : Act.values()) {
				boolean needsMediator = act == Act.ACCEPT || act == Act.SESSION || act == Act.AGREE || act == Act.OBJECT;
				assertThat(MediationLoop.refusal(act, s, true, WORKER).isEmpty()).as(act + " from " + s)
					.isEqualTo(act.from().contains(s));
				assertThat(MediationLoop.refusal(act, s, false, WORKER).isEmpty()).as(act + " from " + s + " alone")
					.isEqualTo(act.from().contains(s) && !needsMediator);
				assertThat(MediationLoop.refusal(act, s, true, LEADER)).hasValue("error.forbidden");
			}
		}
		assertThat(MediationLoop.allowed(Status.RECEIVED, false, WORKER)).containsExactlyInAnyOrder(Act.ASSIGN, Act.EVIDENCE);
		assertThat(MediationLoop.allowed(Status.CLOSED, true, WORKER)).containsExactly(Act.CONFIRM);
	}

	@Test
	void aPartyCannotMediateAndAnExtensionNeedsBothParties() {
		assertThat(MediationLoop.conflict("张桂兰", null, "张桂兰", "物业", List.of()))
			.hasValue("mediation.rejected.mediatorIsParty");
		assertThat(MediationLoop.conflict(" 物业 ", null, "张桂兰", "物业", List.of())).isPresent();
		assertThat(MediationLoop.conflict("马丽", null, "张桂兰", "物业", List.of())).isEmpty();
		assertThat(MediationLoop.conflict("孙志强", "永安小区物业服务公司", "张桂兰", "永安小区物业服务公司", List.of()))
			.as("works for a party").hasValue("mediation.rejected.mediatorWorksForParty");
		assertThat(MediationLoop.conflict("孙志强", "永安物业", "张桂兰", "克拉玛依永安物业有限公司", List.of()))
			.as("the unit's name inside the party's").hasValue("mediation.rejected.mediatorWorksForParty");
		assertThat(MediationLoop.conflict("孙志强", "永安小区物业服务公司", "张桂兰", "李建国", List.of()))
			.as("a dispute between neighbours is theirs to mediate").isEmpty();
		assertThat(MediationLoop.conflict("马丽", null, "张桂兰", "物业", List.of("王调解", " 马丽")))
			.hasValue("mediation.rejected.mediatorObjected");
		assertThat(MediationLoop.bothConsent(true, false)).isFalse();
		assertThat(MediationLoop.bothConsent(true, true)).isTrue();
	}

	static Mediator mediator(long id, String name, String path, String unit, long open, Kind... kinds) {
		return new Mediator(id, id, path, "node" + path, name, Body.COMMUNITY, unit, Set.of(kinds), true, open);
	}

	@Test
	void suggestionsPutTheKindThenTheNearestThenTheLighterLoadFirstAndConflictsLast() {
		Mediation m = new Mediation(1, 9, "/1/2/3/", "永安社区", Kind.PROPERTY, Source.VISIT, "张桂兰", null, "永安物业",
				null, "漏水", Status.RECEIVED, null, null, null, 0, false, null, null, null, null, null, null, null, false,
				null, java.time.Instant.EPOCH);
		List<Mediator> pool = List.of(mediator(1, "街道法官", "/1/2/", null, 0, Kind.PROPERTY),
				mediator(2, "社区忙人", "/1/2/3/", null, 5, Kind.PROPERTY),
				mediator(3, "社区闲人", "/1/2/3/", null, 0, Kind.PROPERTY),
				mediator(4, "劳动仲裁", "/1/2/3/", null, 0, Kind.LABOUR),
				mediator(5, "物业经理", "/1/2/3/", "永安物业", 0, Kind.PROPERTY),
				mediator(6, "区律师", "/1/", null, 0, Kind.PROPERTY),
				mediator(7, "被回避", "/1/2/3/", null, 0, Kind.PROPERTY));
		List<Suggestion> ranked = MediationLoop.rank(pool, m, List.of("被回避"));
		assertThat(ranked).extracting(s -> s.mediator().name()).containsExactly("社区闲人", "街道法官", "区律师", "劳动仲裁",
				"社区忙人", "物业经理", "被回避");
		assertThat(ranked.get(0).reasons()).extracting(Reason::key).containsExactly("mediation.reason.kind",
				"mediation.reason.local", "mediation.reason.load");
		assertThat(ranked.get(1).reasons()).contains(new Reason("mediation.reason.above", "node/1/2/"));
		assertThat(ranked.get(5).conflict()).isEqualTo("mediation.rejected.mediatorWorksForParty");
		assertThat(ranked.get(6).conflict()).isEqualTo("mediation.rejected.mediatorObjected");
		assertThat(ranked.subList(0, 5)).allSatisfy(s -> assertThat(s.conflict()).isNull());
	}

}
