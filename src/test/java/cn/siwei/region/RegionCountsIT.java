package cn.siwei.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.siwei.access.Actor;
import cn.siwei.organisation.OrganisationForm;
import cn.siwei.organisation.OrganisationKind;
import cn.siwei.organisation.Organisations;
import cn.siwei.people.People;
import cn.siwei.people.PersonForm;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts kept per node by triggers always equal a direct count over the records, whatever happened:
 * creations, deactivations, reactivations, changes of region and moves of whole subtrees.
 */
class RegionCountsIT extends SiweiIT {

	@Autowired
	Regions regions;

	@Autowired
	People people;

	@Autowired
	Organisations organisations;

	@Autowired
	RegionCounts counts;

	@Test
	void maintainedCountsEqualDirectCountsAfterARandomHistory() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		Region district = this.regions.findByCode("650203").orElseThrow();
		List<Region> streets = new ArrayList<>();
		List<Region> communities = new ArrayList<>();
		List<Region> compounds = new ArrayList<>();
		for (int s = 0; s < 3; s++) {
			Region street = this.regions.create(Actor.SYSTEM, district.id(), "RC-" + seed + "-" + s, "计数街道" + s);
			streets.add(street);
			for (int c = 0; c < 3; c++) {
				Region community = this.regions.create(Actor.SYSTEM, street.id(), street.code() + "-" + c, "计数社区" + c);
				communities.add(community);
				compounds.add(this.regions.create(Actor.SYSTEM, community.id(), community.code() + "-Y", "计数小区"));
			}
		}
		List<Long> persons = new ArrayList<>();
		for (int step = 0; step < 200; step++) {
			int what = random.nextInt(10);
			if (what < 5 || persons.isEmpty()) {
				Region at = random.nextBoolean() ? pick(random, compounds) : pick(random, communities);
				PersonForm f = new PersonForm();
				f.setRegionId(at.id());
				f.setName("计数" + step);
				persons.add(this.people.create(Actor.SYSTEM, f));
			}
			else if (what < 7) {
				this.people.setActive(Actor.SYSTEM, pick(random, persons), random.nextBoolean(), "test");
			}
			else if (what < 8) {
				long id = pick(random, persons);
				PersonForm f = this.people.form(Actor.SYSTEM, id);
				f.setRegionId(pick(random, compounds).id());
				this.people.update(Actor.SYSTEM, id, f);
			}
			else if (what < 9) {
				Region community = pick(random, communities);
				Region current = this.regions.find(community.id()).orElseThrow();
				Region target = pick(random, streets);
				if (current.parentId() == null || target.id() != current.parentId()) {
					this.regions.move(Actor.SYSTEM, community.id(), target.id(), "test");
				}
			}
			else {
				this.organisations.create(Actor.SYSTEM,
						OrganisationForm.of(pick(random, communities).id(), OrganisationKind.PARTY_BRANCH, "计数支部" + step));
			}
		}
		for (String kind : List.of("person", "organisation")) {
			List<String> wrong = this.jdbc.sql("""
					select r.path || ': ' || coalesce((select sum(n) from region_record_count c
					                       where c.kind = :kind and in_subtree(c.region_path, r.path)), 0)
					       || ' <> ' || (select count(*) from %s x where x.active and in_subtree(x.region_path, r.path))
					from region r
					where coalesce((select sum(n) from region_record_count c where c.kind = :kind and in_subtree(c.region_path, r.path)), 0)
					      <> (select count(*) from %s x where x.active and in_subtree(x.region_path, r.path))"""
				.formatted(kind, kind))
				.param("kind", kind)
				.query(String.class)
				.list();
			assertThat(wrong).as("%s counts that differ (seed %d)", kind, seed).isEmpty();
		}
		var root = this.regions.findByCode("650200").orElseThrow();
		long direct = this.jdbc.sql("select count(*) from person where active and in_subtree(region_path, ?)")
			.param(root.path())
			.query(Long.class)
			.single();
		assertThat(this.counts.under("person", List.of(root.path()))).containsEntry(root.path(), direct);
	}

	private static <T> T pick(Random random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

}
