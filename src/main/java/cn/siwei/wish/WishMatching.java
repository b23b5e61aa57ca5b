package cn.siwei.wish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;

/**
 * Suggests the forces best placed to take a wish, and says why: skills that suit its category (a team can have
 * many: 一组多能), a service area that covers the beneficiary, how much they carry now, and what they did before.
 */
@Service
public class WishMatching {

	private final JdbcClient jdbc;

	private final WishQueries queries;

	WishMatching(WishQueries queries, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
	}

	/**
	 * A suggested force.
	 *
	 * @param teamId the team, or null for a person
	 * @param personId the person, or null for a team
	 * @param name the force's name
	 * @param score higher is better
	 * @param skills the force's skills that suit the category
	 * @param servesArea whether its service area covers the beneficiary's region
	 * @param openLoad wishes it holds now, not yet completed
	 * @param closed wishes it brought to a close before
	 * @param praised times it was praised
	 */
	public record Suggestion(Long teamId, Long personId, String name, int score, List<String> skills,
			boolean servesArea, long openLoad, long closed, long praised) {
	}

	/** The best forces for a wish, best first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Suggestion> suggest(Actor actor, long wishId, int limit) {
		actor.require(WishPermissions.FOLLOW_UP);
		Wish wish = this.queries.get(actor, wishId, Locale.SIMPLIFIED_CHINESE);
		String[] categorySkills = this.jdbc.sql("select skills from wish_category where id = ?")
			.param(wish.categoryId())
			.query((rs, n) -> (String[]) rs.getArray(1).getArray())
			.single();
		String community = communityOf(wish.regionPath());
		List<Suggestion> all = new ArrayList<>();
		all.addAll(this.jdbc.sql("""
				select t.id, t.name,
				       array(select unnest(t.skills) intersect select unnest(:skills::text[])) as matched,
				       (in_subtree(:path, t.region_path) or exists (select 1 from team_service_region s join region r
				            on r.id = s.region_id where s.team_id = t.id and in_subtree(:path, r.path))) as serves,
				       (select count(*) from wish w where w.claimant_team_id = t.id and w.status in ('CLAIMED', 'IN_PROGRESS')) as load,
				       (select count(*) from wish w where w.claimant_team_id = t.id and w.status = 'CLOSED') as closed,
				       (select count(*) from wish w where w.claimant_team_id = t.id and w.praised) as praised
				from team t
				where t.active and in_subtree(t.region_path, :scope)
				  and (in_subtree(:path, t.region_path) or in_subtree(t.region_path, :community)
				       or exists (select 1 from team_service_region s join region r on r.id = s.region_id
				                  where s.team_id = t.id and in_subtree(:path, r.path)))""")
			.param("skills", categorySkills)
			.param("path", wish.regionPath())
			.param("community", community)
			.param("scope", actor.regionPath())
			.query((rs, n) -> suggestion(rs.getLong("id"), null, rs.getString("name"),
					Arrays.asList((String[]) rs.getArray("matched").getArray()), rs.getBoolean("serves"),
					rs.getLong("load"), rs.getLong("closed"), rs.getLong("praised")))
			.list());
		all.addAll(this.jdbc.sql("""
				select p.id, p.name,
				       array(select unnest(p.skills) intersect select unnest(:skills::text[])) as matched,
				       (select count(*) from wish w where w.claimant_person_id = p.id and w.status in ('CLAIMED', 'IN_PROGRESS')) as load,
				       (select count(*) from wish w where w.claimant_person_id = p.id and w.status = 'CLOSED') as closed,
				       (select count(*) from wish w where w.claimant_person_id = p.id and w.praised) as praised
				from person p
				where p.active and (p.volunteer or p.party_member) and p.id <> :beneficiary
				  and in_subtree(p.region_path, :community) and in_subtree(p.region_path, :scope)""")
			.param("skills", categorySkills)
			.param("community", community)
			.param("scope", actor.regionPath())
			.param("beneficiary", wish.beneficiaryId())
			.query((rs, n) -> suggestion(null, rs.getLong("id"), rs.getString("name"),
					Arrays.asList((String[]) rs.getArray("matched").getArray()), true, rs.getLong("load"),
					rs.getLong("closed"), rs.getLong("praised")))
			.list());
		return all.stream()
			.sorted(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::name))
			.limit(limit)
			.toList();
	}

	/**
	 * Skills weigh most, then the service area; each open wish held lowers the score, each closed or praised
	 * one raises it a little.
	 */
	static Suggestion suggestion(Long teamId, Long personId, String name, List<String> skills, boolean serves,
			long load, long closed, long praised) {
		int score = 30 * skills.size() + (serves ? 20 : 0) - 5 * (int) Math.min(load, 10) + (int) Math.min(closed, 10)
				+ 2 * (int) Math.min(praised, 5);
		return new Suggestion(teamId, personId, name, score, skills, serves, load, closed, praised);
	}

	/** The path of the community (level 4) a path lies in, or the path itself above that level. */
	static String communityOf(String path) {
		String[] ids = path.substring(1).split("/");
		int depth = Math.min(ids.length, 4);
		return "/" + String.join("/", Arrays.copyOf(ids, depth)) + "/";
	}

}
