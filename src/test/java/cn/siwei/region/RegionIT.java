package cn.siwei.region;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.notification.Notifications;
import cn.siwei.people.People;
import cn.siwei.people.PersonForm;
import cn.siwei.platform.Rejected;
import cn.siwei.support.SiweiIT;
import cn.siwei.wish.WishForm;
import cn.siwei.wish.WishQueries;
import cn.siwei.wish.WishRules;
import cn.siwei.wish.WishTerms;
import cn.siwei.wish.Wishes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The region tree: seven levels, moves that carry every record along, deactivation of whole subtrees.
 */
class RegionIT extends SiweiIT {

	@Autowired
	WishRules wishRules;

	@Autowired
	WishQueries wishQueries;

	@Autowired
	Wishes wishes;

	@Autowired
	Notifications notifications;

	@Autowired
	Regions regions;

	@Autowired
	People people;

	@Test
	void eachNewNodeIsOneLevelBelowItsParentAndNothingGoesBelowAUnit() {
		Region street = this.regions.findByCode("650203001").orElseThrow();
		Region community = this.regions.create(Actor.SYSTEM, street.id(), "T-C1", "测试社区");
		Region compound = this.regions.create(Actor.SYSTEM, community.id(), "T-C1-Y", "测试小区");
		Region building = this.regions.create(Actor.SYSTEM, compound.id(), "T-C1-Y-B", "1栋");
		Region unit = this.regions.create(Actor.SYSTEM, building.id(), "T-C1-Y-B-U", "1单元");
		assertThat(community.level()).isEqualTo(RegionLevel.COMMUNITY);
		assertThat(unit.level()).isEqualTo(RegionLevel.UNIT);
		assertThat(unit.path()).startsWith(community.path());
		assertThatThrownBy(() -> this.regions.create(Actor.SYSTEM, unit.id(), "T-X", "x"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("region.rejected.belowUnit"));
	}

	/** A picker lists the tree depth first: every node right under its parent's subtree, never under another's. */
	@Test
	void aPickerListsTheTreeDepthFirst() {
		List<Region> tree = this.regions.tree(Actor.SYSTEM, 500);
		assertThat(tree).isNotEmpty();
		for (int i = 1; i < tree.size(); i++) {
			Region node = tree.get(i);
			Region before = tree.get(i - 1);
			// the node before is its parent, or lies in the subtree of one of its ancestors (a finished sibling)
			String parentPath = node.path().substring(0, node.path().lastIndexOf('/', node.path().length() - 2) + 1);
			assertThat(before.path()).as(node.name() + " after " + before.name()).startsWith(parentPath);
		}
		assertThat(tree.indexOf(this.regions.findByCode("650203001").orElseThrow()))
			.as("昆仑路街道 under 克拉玛依区").isGreaterThan(tree.indexOf(this.regions.findByCode("650203").orElseThrow()))
			.isLessThan(tree.indexOf(this.regions.findByCode("650204").orElseThrow()));
	}

	/** A community's centre places pins within 3 km of it, and only those; a half-given or impossible centre is refused. */
	@Test
	void aCommunitysCentrePlacesThePinsAroundIt() {
		Region street = this.regions.findByCode("650203001").orElseThrow();
		Region community = this.regions.create(Actor.SYSTEM, street.id(), "T-CENTRE", "中心测试社区");
		assertThatThrownBy(() -> this.regions.setCentre(Actor.SYSTEM, community.id(), 95.0, 84.0))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("lat"));
		assertThatThrownBy(() -> this.regions.setCentre(Actor.SYSTEM, community.id(), 45.0, null))
			.isInstanceOf(Rejected.class);
		this.regions.setCentre(Actor.SYSTEM, community.id(), 45.70, 84.70);
		assertThat(this.regions.communityAt(street.path(), 45.71, 84.71)).map(Region::name).contains("中心测试社区");
		assertThat(this.regions.communityAt(street.path(), 45.80, 84.70)).as("11 km away").isEmpty();
		assertThat(this.regions.communityAt("/nowhere/", 45.71, 84.71)).as("only under the client's region").isEmpty();
		this.regions.setCentre(Actor.SYSTEM, community.id(), null, null);
		assertThat(this.regions.communityAt(street.path(), 45.70, 84.70)).isEmpty();
	}

	@Test
	void codesAreUniqueAndChecked() {
		Region street = this.regions.findByCode("650203001").orElseThrow();
		assertThatThrownBy(() -> this.regions.create(Actor.SYSTEM, street.id(), "650203001001", "重复"))
			.isInstanceOfSatisfying(Rejected.class, r -> {
				assertThat(r.field()).isEqualTo("code");
				assertThat(r.messageKey()).isEqualTo("region.rejected.codeTaken");
			});
		assertThatThrownBy(() -> this.regions.create(Actor.SYSTEM, street.id(), "含 空格", "x"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("region.rejected.codeFormat"));
		assertThatThrownBy(() -> this.regions.create(Actor.SYSTEM, street.id(), "T-OK", " "))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("name"));
	}

	@Test
	void movingASubtreeMovesEveryRecordBelowItAndKeepsScopesRight() {
		Region streetA = this.regions.findByCode("650203001").orElseThrow();
		Region district = this.regions.findByCode("650203").orElseThrow();
		Region streetB = this.regions.create(Actor.SYSTEM, district.id(), "T-MOVE-S", "新街道");
		Region community = this.regions.create(Actor.SYSTEM, streetA.id(), "T-MOVE-C", "搬迁社区");
		Region compound = this.regions.create(Actor.SYSTEM, community.id(), "T-MOVE-Y", "搬迁小区");
		PersonForm form = new PersonForm();
		form.setRegionId(compound.id());
		form.setName("随迁居民");
		long person = this.people.create(Actor.SYSTEM, form);
		long category = this.wishQueries.categories(Locale.CHINESE).get(0).id();
		this.wishes.collect(Actor.SYSTEM, WishForm.of(person, category, "随迁居民的心愿", WishTerms.Channel.HOME_VISIT));
		this.wishRules.setContactDays(Actor.SYSTEM, community.id(), 5);
		this.notifications.toRegion(compound.path(), "notice.wish.contactOverdue", List.of("x"), "/", null);

		Region moved = this.regions.move(Actor.SYSTEM, community.id(), streetB.id(), "区划调整");

		// No record anywhere keeps the old path: every table with a region path was rewritten (but the audit
		// trail, which tells where things were when they happened).
		for (String table : this.jdbc.sql("select table_name from information_schema.columns where column_name = 'region_path'"
				+ " and table_schema = current_schema() and table_name <> 'audit_event'").query(String.class).list()) {
			// counters and rollups are moved by the triggers of the rows they count, leaving zeros behind, and a
			// counter's slots (migration V61) are read as their sum
			String sql = "select count(*) from " + table + " where in_subtree(region_path, ?)";
			if (table.equals("region_record_count")) {
				sql = "select count(*) from (select 1 from region_record_count where in_subtree(region_path, ?)"
						+ " group by kind, region_path having sum(n) <> 0) c";
			}
			else if (table.endsWith("_rollup")) {
				sql = "select count(*) from (select 1 from " + table + " where in_subtree(region_path, ?)"
						+ " group by region_path, grain, day, category_id, channel having " + String.join(" or ", this.jdbc.sql("""
								select 'sum(' || column_name || ') <> 0' from information_schema.columns
								where table_name = ? and data_type = 'bigint' and column_name <> 'category_id'""")
							.param(table).query(String.class).list()) + ") c";
			}
			assertThat(this.jdbc.sql(sql)
				.param(community.path())
				.query(Long.class)
				.single()).as(table).isZero();
		}

		assertThat(moved.path()).startsWith(streetB.path());
		assertThat(this.regions.find(compound.id()).orElseThrow().path()).startsWith(moved.path());
		String personPath = this.jdbc.sql("select region_path from person where id = ?").param(person).query(String.class).single();
		assertThat(personPath).startsWith(moved.path());
		// The old street's officer no longer sees the person; an officer of the new street would.
		Actor oldStreet = new Actor(-1, "t", "t", Role.STREET_OFFICER, streetA.path(), null, null);
		Actor newStreet = new Actor(-1, "t", "t", Role.STREET_OFFICER, streetB.path(), null, null);
		assertThat(this.people.visible(oldStreet, person)).isFalse();
		assertThat(this.people.visible(newStreet, person)).isTrue();
		assertThat(this.jdbc.sql("select reason from audit_event where entity_type = 'region' and entity_id = ? and action = 'MOVE'")
			.param(community.id())
			.query(String.class)
			.single()).isEqualTo("区划调整");
	}

	@Test
	void aNodeCannotMoveBelowItselfNorSkipALevel() {
		Region street = this.regions.findByCode("650203001").orElseThrow();
		Region community = this.regions.findByCode("650203001001").orElseThrow();
		Region compound = this.regions.findByCode("650203001001-01").orElseThrow();
		assertThatThrownBy(() -> this.regions.move(Actor.SYSTEM, community.id(), compound.id(), null))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("region.rejected.moveIntoItself"));
		assertThatThrownBy(() -> this.regions.move(Actor.SYSTEM, compound.id(), street.id(), null))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("region.rejected.moveLevel"));
	}

	@Test
	void deactivatingANodeDeactivatesItsSubtreeAndNothingIsDeleted() {
		Region street = this.regions.findByCode("650203001").orElseThrow();
		Region community = this.regions.create(Actor.SYSTEM, street.id(), "T-DEACT", "撤并社区");
		Region compound = this.regions.create(Actor.SYSTEM, community.id(), "T-DEACT-Y", "撤并小区");
		this.regions.deactivate(Actor.SYSTEM, community.id(), "撤并");
		assertThat(this.regions.find(compound.id()).orElseThrow().active()).isFalse();
		assertThatThrownBy(() -> this.regions.create(Actor.SYSTEM, compound.id(), "T-DEACT-B", "x"))
			.isInstanceOf(Rejected.class);
		this.regions.reactivate(Actor.SYSTEM, community.id(), "恢复");
		assertThat(this.regions.find(compound.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void onlyAdministratorsChangeTheTree() {
		Region community = this.regions.findByCode("650203001001").orElseThrow();
		Actor worker = new Actor(-1, "t", "t", Role.COMMUNITY_WORKER, community.path(), null, null);
		assertThatThrownBy(() -> this.regions.create(worker, community.id(), "T-NO", "x")).isInstanceOf(AccessDenied.class);
	}

}
