package cn.siwei.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.meeting.MeetingTerms.Kind;
import cn.siwei.meeting.OwnersVotes.Choice;
import cn.siwei.meeting.OwnersVotes.OwnerUnit;
import cn.siwei.meeting.OwnersVotes.Source;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An owners' general meeting of a compound: parts registered with area and owner (one owner of two parts counts
 * once), votes recorded with where they came from, results under art. 278 at the two-thirds edge, major and
 * ordinary matters apart, and a counted result frozen by the database itself.
 */
class OwnersVoteIT extends SiweiIT {

	@Autowired
	Meetings meetings;

	@Autowired
	OwnersVotes votes;

	@Autowired
	Regions regions;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	@Test
	void anOwnersMeetingDecidesUnderArticle278AndItsResultsCannotChange() {
		Actor worker = actor("worker");
		Region yongan = this.regions.findByCode("650203001001").orElseThrow();
		Region compound = this.regions.create(Actor.SYSTEM, yongan.id(), "T-OWNERS-1", "表决测试小区");
		long id = this.meetings.convene(worker, new MeetingForm(compound.id(), Kind.OWNERS_MEETING, "业主大会：电梯与停车",
				"小区广场", LocalDate.of(2026, 11, 28).atTime(19, 0), "表决测试小区业委会", 1, "业主委员会", "加装电梯\n停车管理"));
		assertThat(this.votes.registerUnits(worker, id, "1号楼101 100 甲\n1号楼102 100 乙\n2号楼101 50 丙\n2号楼102 50.00 丙"))
			.isEqualTo(4);
		assertThatThrownBy(() -> this.votes.registerUnits(worker, id, "3号楼101 abc 丁"))
			.isInstanceOf(Rejected.class).extracting(e -> ((Rejected) e).messageKey()).isEqualTo("meeting.rejected.unitLine");
		var register = this.votes.register(worker, id);
		assertThat(register.totalArea()).isEqualByComparingTo("300");
		assertThat(register.totalOwners()).as("丙 owns two parts and counts once").isEqualTo(3);

		long ordinary = this.votes.addMatter(worker, id, "停车管理办法", false);
		long major = this.votes.addMatter(worker, id, "使用维修资金加装电梯", true);
		long edge = this.votes.addMatter(worker, id, "改变会所用途", true);
		assertThatThrownBy(() -> this.votes.vote(worker, ordinary, unit(register, "1号楼101"), Choice.YES, Source.ONSITE))
			.as("not in session yet").isInstanceOf(Rejected.class);
		this.meetings.open(worker, id);
		for (long matter : new long[] { ordinary, major }) {
			this.votes.vote(worker, matter, unit(register, "1号楼101"), Choice.YES, Source.ONSITE);
			this.votes.vote(worker, matter, unit(register, "1号楼102"), Choice.NO, Source.LETTER);
			this.votes.vote(worker, matter, unit(register, "2号楼101"), Choice.YES, Source.ONLINE);
		}
		assertThatThrownBy(() -> this.votes.vote(worker, ordinary, unit(register, "1号楼101"), Choice.NO, Source.ONSITE))
			.extracting(e -> ((Rejected) e).messageKey()).isEqualTo("meeting.rejected.alreadyVoted");
		// 250 of 300 m² and 3 of 3 owners take part; 150 m² (60%) and 2 owners agree
		var r1 = this.votes.decide(worker, ordinary);
		assertThat(r1.participated()).isTrue();
		assertThat(r1.passed()).as("more than half of each").isTrue();
		var r2 = this.votes.decide(worker, major);
		assertThat(r2.passed()).as("60% of the area is short of three quarters").isFalse();
		assertThat(r2.steps().get(2).share()).isEqualByComparingTo(new BigDecimal("60.00"));

		// exactly two thirds take part: 200 of 300 m² and 2 of 3 owners (甲, and 丙 for both parts)
		this.votes.vote(worker, edge, unit(register, "1号楼101"), Choice.YES, Source.ONSITE);
		this.votes.vote(worker, edge, unit(register, "2号楼101"), Choice.YES, Source.ONSITE);
		this.votes.vote(worker, edge, unit(register, "2号楼102"), Choice.YES, Source.ONSITE);
		var r3 = this.votes.decide(worker, edge);
		assertThat(r3.participated()).isTrue();
		assertThat(r3.passed()).isTrue();

		// counted is final: not through the platform, not even in the database
		assertThatThrownBy(() -> this.votes.decide(worker, ordinary))
			.extracting(e -> ((Rejected) e).messageKey()).isEqualTo("meeting.rejected.matterDecided");
		assertThatThrownBy(() -> this.votes.vote(worker, ordinary, unit(register, "2号楼102"), Choice.YES, Source.ONSITE))
			.isInstanceOf(Rejected.class);
		assertThatThrownBy(() -> this.jdbc.sql("update meeting_matter set passed = not passed where id = ?").param(major)
			.update()).hasMessageContaining("cannot change");
		assertThatThrownBy(() -> this.jdbc.sql("delete from meeting_vote where matter_id = ?").param(major).update())
			.hasMessageContaining("cannot change");
		assertThat(this.votes.register(worker, id).matters()).extracting(m -> m.result().passed())
			.containsExactly(true, false, true);
	}

	@Test
	void onlyTheCompoundsOwnPartsVote() {
		Actor worker = actor("worker");
		Region yongan = this.regions.findByCode("650203001001").orElseThrow();
		Region a = this.regions.create(Actor.SYSTEM, yongan.id(), "T-OWNERS-A", "甲小区");
		Region b = this.regions.create(Actor.SYSTEM, yongan.id(), "T-OWNERS-B", "乙小区");
		long ma = this.meetings.convene(worker, new MeetingForm(a.id(), Kind.OWNERS_MEETING, "甲业主大会", "广场",
				LocalDate.of(2026, 11, 28).atTime(19, 0), "业委会", 1, "", "议题"));
		long mb = this.meetings.convene(worker, new MeetingForm(b.id(), Kind.OWNERS_MEETING, "乙业主大会", "广场",
				LocalDate.of(2026, 11, 28).atTime(19, 0), "业委会", 1, "", "议题"));
		this.votes.registerUnits(worker, mb, "1-101 90 乙一");
		long other = this.votes.register(worker, mb).units().get(0).id();
		this.votes.registerUnits(worker, ma, "1-101 90 甲一");
		this.meetings.open(worker, ma);
		long matter = this.votes.addMatter(worker, ma, "事项", false);
		assertThatThrownBy(() -> this.votes.vote(worker, matter, other, Choice.YES, Source.ONSITE))
			.isInstanceOf(Rejected.class).extracting(e -> ((Rejected) e).field()).isEqualTo("unitId");
		long six = this.meetings.convene(worker, new MeetingForm(a.id(), Kind.SIX_PARTY, "六方", "广场",
				LocalDate.of(2026, 11, 28).atTime(19, 0), "社区", 1, "", "议题"));
		assertThatThrownBy(() -> this.votes.addMatter(worker, six, "x", false))
			.extracting(e -> ((Rejected) e).messageKey()).isEqualTo("meeting.rejected.notOwnersMeeting");
	}

	static long unit(OwnersVotes.Register register, String label) {
		return register.units().stream().filter(u -> u.label().equals(label)).map(OwnerUnit::id).findFirst().orElseThrow();
	}

}
