package cn.siwei.request;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.siwei.access.Scope;
import cn.siwei.platform.SiweiProperties;

/**
 * The departments' ranking kept per unit ({@code request_unit_month}): for each month a request was placed in, its
 * street and each unit that had a part of it, the parts and how they went — on time, resolved, rated, rated four or
 * five stars. Row triggers on parts, requests and ratings keep it exact through every act (each subtracts the
 * contribution a part had and adds the one it has now), so a whole city's month is a few thousand rows whatever the
 * number of requests. Below the street a node's month is counted directly: its parts are few.
 */
@Service
public class UnitRollup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(UnitRollup.class);

	/** Streets are the deepest nodes kept. */
	static final int DEPTH = 3;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final ZoneId zone;

	UnitRollup(JdbcClient jdbc, TransactionTemplate tx, SiweiProperties properties) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.zone = properties.zone();
	}

	/**
	 * A unit's month under a node.
	 *
	 * @param organisationId the unit
	 * @param parts its parts
	 * @param onTime those with no step past its limit
	 * @param resolved those of requests the resident found resolved
	 * @param rated those rated
	 * @param good those rated four or five stars
	 */
	record Month(long organisationId, long parts, long onTime, long resolved, long rated, long good) {
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.tx.executeWithoutResult(status -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('request_unit_month'))").query().listOfRows();
			install();
			String stored = this.jdbc.sql("select zone from request_unit_month_state where id = 1")
				.query(String.class)
				.optional()
				.orElse(null);
			if (!this.zone.getId().equals(stored)) {
				long t = System.nanoTime();
				rebuildInside();
				log.info("Units' monthly rollup built from the parts in {} ms", (System.nanoTime() - t) / 1_000_000);
			}
		});
	}

	/** The month of a placing time, in the platform's zone, as SQL. */
	private String month(String createdAt) {
		return "date_trunc('month', " + createdAt + " at time zone '" + this.zone.getId() + "')::date";
	}

	private void install() {
		this.jdbc.sql("""
				create or replace function request_unit_street(path text) returns text language sql immutable parallel safe as $$
				  select case when length(path) - length(replace(path, '/', '')) - 1 <= 3 then path
				    else '/' || split_part(path, '/', 2) || '/' || split_part(path, '/', 3) || '/' || split_part(path, '/', 4) || '/' end $$""")
			.update();
		this.jdbc.sql("""
				create or replace function request_unit_bump(org bigint, created timestamptz, path text, late boolean,
				    resolved boolean, stars int, sign int) returns void language sql as $$
				  insert into request_unit_month as t (month, street_path, organisation_id, parts, on_time, resolved, rated, good)
				  values (%s, request_unit_street(path), org, sign, case when late then 0 else sign end,
				          case when resolved then sign else 0 end, case when stars is null then 0 else sign end,
				          case when stars >= 4 then sign else 0 end)
				  on conflict (month, street_path, organisation_id) do update set parts = t.parts + excluded.parts,
				    on_time = t.on_time + excluded.on_time, resolved = t.resolved + excluded.resolved,
				    rated = t.rated + excluded.rated, good = t.good + excluded.good $$""".formatted(month("created")))
			.update();
		// a part: its old contribution out, its new one in
		this.jdbc.sql("""
				create or replace function request_unit_part() returns trigger language plpgsql as $$
				declare r record; s int;
				begin
				  if tg_op <> 'INSERT' and old.organisation_id is not null and old.status <> 'ENDED' then
				    select created_at, region_path, status = 'CLOSED' and resolved is true as ok into r
				      from request where id = old.request_id;
				    if found then
				      select stars into s from request_rating where part_id = old.id;
				      perform request_unit_bump(old.organisation_id, r.created_at, r.region_path, old.late, r.ok, s, -1);
				    end if;
				  end if;
				  if tg_op <> 'DELETE' and new.organisation_id is not null and new.status <> 'ENDED' then
				    select created_at, region_path, status = 'CLOSED' and resolved is true as ok into r
				      from request where id = new.request_id;
				    if found then
				      s := null;
				      if tg_op = 'UPDATE' then
				        select stars into s from request_rating where part_id = new.id;
				      end if;
				      perform request_unit_bump(new.organisation_id, r.created_at, r.region_path, new.late, r.ok, s, 1);
				    end if;
				  end if;
				  return null;
				end $$""").update();
		// a request closed or reopened, resolved or not, moved: each of its units' parts counted again
		this.jdbc.sql("""
				create or replace function request_unit_request() returns trigger language plpgsql as $$
				declare p record;
				begin
				  for p in select x.organisation_id, x.late, (select y.stars from request_rating y where y.part_id = x.id) as stars
				           from request_part x where x.request_id = new.id and x.organisation_id is not null and x.status <> 'ENDED' loop
				    perform request_unit_bump(p.organisation_id, old.created_at, old.region_path, p.late,
				      old.status = 'CLOSED' and old.resolved is true, p.stars, -1);
				    perform request_unit_bump(p.organisation_id, new.created_at, new.region_path, p.late,
				      new.status = 'CLOSED' and new.resolved is true, p.stars, 1);
				  end loop;
				  return null;
				end $$""").update();
		// a rating given, changed or taken back
		this.jdbc.sql("""
				create or replace function request_unit_rating() returns trigger language plpgsql as $$
				declare p record; r record; pid bigint; before int; after int;
				begin
				  if tg_op = 'DELETE' then pid := old.part_id; else pid := new.part_id; end if;
				  select x.organisation_id, x.late, x.status, x.request_id into p from request_part x where x.id = pid;
				  if not found or p.organisation_id is null or p.status = 'ENDED' then
				    return null;
				  end if;
				  select created_at, region_path, status = 'CLOSED' and resolved is true as ok into r
				    from request where id = p.request_id;
				  -- the part counted without a rating (before one is given, after it is taken back) or with it
				  if tg_op = 'INSERT' then before := null; else before := old.stars; end if;
				  if tg_op = 'DELETE' then after := null; else after := new.stars; end if;
				  perform request_unit_bump(p.organisation_id, r.created_at, r.region_path, p.late, r.ok, before, -1);
				  perform request_unit_bump(p.organisation_id, r.created_at, r.region_path, p.late, r.ok, after, 1);
				  return null;
				end $$""").update();
		for (String sql : List.of("drop trigger if exists request_unit_part on request_part",
				"create trigger request_unit_part after insert or delete on request_part for each row"
						+ " execute function request_unit_part()",
				"drop trigger if exists request_unit_part_update on request_part",
				"create trigger request_unit_part_update after update of organisation_id, status, late on request_part"
						+ " for each row when (old.organisation_id is distinct from new.organisation_id or old.late <> new.late"
						+ " or (old.status = 'ENDED') <> (new.status = 'ENDED')) execute function request_unit_part()",
				"drop trigger if exists request_unit_request on request",
				"create trigger request_unit_request after update of status, resolved, region_path, created_at on request"
						+ " for each row when ((old.status = 'CLOSED' and old.resolved is true)"
						+ " is distinct from (new.status = 'CLOSED' and new.resolved is true)"
						+ " or old.region_path <> new.region_path or old.created_at <> new.created_at)"
						+ " execute function request_unit_request()",
				"drop trigger if exists request_unit_rating on request_rating",
				"create trigger request_unit_rating after insert or update or delete on request_rating for each row"
						+ " execute function request_unit_rating()")) {
			this.jdbc.sql(sql).update();
		}
	}

	/** What the rollup holds, counted afresh from the parts. */
	private String fresh() {
		return "select " + month("r.created_at") + " as month, request_unit_street(r.region_path) as street_path,"
				+ " p.organisation_id, count(*) as parts, count(*) filter (where not p.late) as on_time,"
				+ " count(*) filter (where r.status = 'CLOSED' and r.resolved is true) as resolved,"
				+ " count(x.stars) as rated, count(*) filter (where x.stars >= 4) as good"
				+ " from request_part p join request r on r.id = p.request_id left join request_rating x on x.part_id = p.id"
				+ " where p.organisation_id is not null and p.status <> 'ENDED' group by 1, 2, 3";
	}

	/** Rebuilds the rollup from the parts (after a bulk load, say). */
	public void rebuild() {
		this.tx.executeWithoutResult(status -> rebuildInside());
	}

	private void rebuildInside() {
		this.jdbc.sql("truncate request_unit_month").update();
		this.jdbc.sql("set local work_mem = '256MB'").update();
		this.jdbc.sql("insert into request_unit_month (month, street_path, organisation_id, parts, on_time, resolved,"
				+ " rated, good) " + fresh()).update();
		this.jdbc.sql("""
				insert into request_unit_month_state (id, zone) values (1, ?)
				on conflict (id) do update set zone = excluded.zone""").param(this.zone.getId()).update();
	}

	/** How many rows of the rollup differ from a fresh count of the parts: 0 when it is exact. */
	public long mismatches() {
		String stored = "select month, street_path, organisation_id, parts, on_time, resolved, rated, good"
				+ " from request_unit_month where parts <> 0 or rated <> 0";
		return this.jdbc.sql("select count(*) from ((" + stored + " except " + fresh() + ") union all (" + fresh()
				+ " except " + stored + ")) d").query(Long.class).single();
	}

	/**
	 * Every unit's month for the requests placed in it under a node: from the rollup for a street and above,
	 * counted directly below.
	 */
	List<Month> month(String nodePath, YearMonth month) {
		if (Scope.of(nodePath).depth() <= DEPTH) {
			return this.jdbc.sql("""
					select organisation_id, sum(parts), sum(on_time), sum(resolved), sum(rated), sum(good)
					from request_unit_month where month = ? and in_subtree(street_path, ?)
					group by organisation_id having sum(parts) > 0""")
				.params(month.atDay(1), nodePath)
				.query((rs, n) -> new Month(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6)))
				.list();
		}
		return this.jdbc.sql("""
				select p.organisation_id, count(*), count(*) filter (where not p.late),
				       count(*) filter (where r.status = 'CLOSED' and r.resolved is true), count(x.stars),
				       count(*) filter (where x.stars >= 4)
				from request_part p join request r on r.id = p.request_id
				left join request_rating x on x.part_id = p.id
				where in_subtree(r.region_path, ?) and r.created_at >= ? and r.created_at < ?
				  and p.organisation_id is not null and p.status <> 'ENDED'
				group by p.organisation_id""")
			.params(nodePath, Timestamp.from(month.atDay(1).atStartOfDay(this.zone).toInstant()),
					Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(this.zone).toInstant()))
			.query((rs, n) -> new Month(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6)))
			.list();
	}

}
