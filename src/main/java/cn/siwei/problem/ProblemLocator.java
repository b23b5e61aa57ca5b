package cn.siwei.problem;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.platform.Bindings;
import cn.siwei.platform.RecordLocator;

/** Where problems lie in the region tree, for {@link Bindings}; a meeting's agenda may point at one. */
@Component
class ProblemLocator implements RecordLocator {

	private final JdbcClient jdbc;

	ProblemLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return Problems.TYPE;
	}

	@Override
	public Optional<String> regionPathOf(long id) {
		return this.jdbc.sql("select region_path from problem where id = ?").param(id).query(String.class).optional();
	}

	@Override
	public boolean pointable() {
		return true;
	}

	@Override
	public Optional<Pointer> pointer(long id) {
		return this.jdbc.sql("select region_path, title from problem where id = ?")
			.param(id)
			.query((rs, n) -> new Pointer(kind(), id, rs.getString(1), "#" + id + " " + RecordLocator.shorten(rs.getString(2)),
					"/problems/" + id))
			.optional();
	}

}
