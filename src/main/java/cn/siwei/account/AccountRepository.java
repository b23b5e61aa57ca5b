package cn.siwei.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.siwei.access.Role;
import cn.siwei.access.Scope;
import cn.siwei.platform.Like;

@Repository
class AccountRepository {

	private static final String COLUMNS = """
			id, username, password_hash, display_name, role, region_id, region_path, organisation_id, person_id,
			locale, failed_logins, locked_until, active, security_version""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return this.jdbc.sql("select " + COLUMNS + " from account where username = ?")
			.param(username)
			.query(AccountRepository::map)
			.optional();
	}

	Optional<Account> find(Scope scope, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from account where id = ? and in_subtree(region_path, ?)")
			.params(id, scope.regionPath())
			.query(AccountRepository::map)
			.optional();
	}

	List<Account> list(Scope scope, String search, int offset, int limit) {
		return this.jdbc.sql("select " + COLUMNS + " " + """
				 from account where in_subtree(region_path, :scope)
				   and (:q = '' or username ilike '%' || :q || '%' or display_name ilike '%' || :q || '%')
				 order by username offset :offset limit :limit""")
			.param("scope", scope.regionPath())
			.param("q", Like.escape(search))
			.param("offset", offset)
			.param("limit", limit)
			.query(AccountRepository::map)
			.list();
	}

	long count(Scope scope, String search) {
		return this.jdbc.sql("""
				select count(*) from account where in_subtree(region_path, :scope)
				   and (:q = '' or username ilike '%' || :q || '%' or display_name ilike '%' || :q || '%')""")
			.param("scope", scope.regionPath())
			.param("q", Like.escape(search))
			.query(Long.class)
			.single();
	}

	long insert(String username, String hash, String displayName, Role role, long regionId, String regionPath,
			Long organisationId, Long personId, Instant now) {
		return this.jdbc.sql("""
				insert into account (username, password_hash, display_name, role, region_id, region_path,
				                     organisation_id, person_id, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(username, hash, displayName, role.name(), regionId, regionPath, organisationId, personId,
					Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	void update(long id, String displayName, Role role, long regionId, String regionPath, Long organisationId,
			Long personId, Instant now) {
		this.jdbc.sql("""
				update account set display_name = ?, role = ?, region_id = ?, region_path = ?, organisation_id = ?,
				       person_id = ?, updated_at = ? where id = ?""")
			.params(displayName, role.name(), regionId, regionPath, organisationId, personId, Timestamp.from(now), id)
			.update();
	}

	void setPassword(long id, String hash, Instant now) {
		this.jdbc.sql("update account set password_hash = ?, updated_at = ? where id = ?")
			.params(hash, Timestamp.from(now), id)
			.update();
	}

	void setActive(long id, boolean active, Instant now) {
		this.jdbc.sql("update account set active = ?, updated_at = ? where id = ?")
			.params(active, Timestamp.from(now), id)
			.update();
	}

	void setLocale(long id, String locale) {
		this.jdbc.sql("update account set locale = ? where id = ?").params(locale, id).update();
	}

	/** Counts a failed login of the account (shown to administrators; pausing is {@link LoginThrottle}'s). */
	void countFailure(long id) {
		this.jdbc.sql("update account set failed_logins = failed_logins + 1 where id = ?").param(id).update();
	}

	void recordSuccess(long id) {
		this.jdbc.sql("update account set failed_logins = 0, locked_until = null where id = ?").param(id).update();
	}

	/** Raises the account's security version: its sessions end at their next request. */
	void endSessions(long id) {
		this.jdbc.sql("update account set security_version = security_version + 1 where id = ?").param(id).update();
	}

	/** The account's security version, or empty when it is gone or deactivated. */
	Optional<Integer> activeSecurityVersion(long id) {
		return this.jdbc.sql("select security_version from account where id = ? and active")
			.param(id)
			.query(Integer.class)
			.optional();
	}

	/** Moves accounts along with a moved region subtree. */
	void rewritePaths(String oldPrefix, String newPrefix) {
		this.jdbc.sql("update account set region_path = ? || substr(region_path, ?) where in_subtree(region_path, ?)")
			.params(newPrefix, oldPrefix.length() + 1, oldPrefix)
			.update();
	}

	static Account map(ResultSet rs, int n) throws SQLException {
		long org = rs.getLong("organisation_id");
		boolean noOrg = rs.wasNull();
		long person = rs.getLong("person_id");
		boolean noPerson = rs.wasNull();
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getLong("region_id"),
				rs.getString("region_path"), noOrg ? null : org, noPerson ? null : person, rs.getString("locale"),
				rs.getInt("failed_logins"), rs.getBoolean("active"), rs.getInt("security_version"));
	}

}
