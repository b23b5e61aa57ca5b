package cn.siwei.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.siwei.request.Request.Category;
import cn.siwei.request.Request.Limit;
import cn.siwei.request.Request.Template;
import cn.siwei.request.RequestTerms.Step;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * The SQL of the request dictionaries: categories, reply templates and the time limit of each step.
 */
@Repository
class RequestDictionary {

	private final JdbcClient jdbc;

	RequestDictionary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Category> categories(boolean english) {
		return this.jdbc.sql("select id, code, case when ? then name_en else name_zh end, description, grp, keywords,"
				+ " attributes::text from request_category where active order by sort, id")
			.param(english)
			.query((rs, n) -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	List<Template> templates(Long categoryId) {
		return this.jdbc.sql("select id, category_id, title, body from request_reply_template where active"
				+ " and (category_id is null or category_id = ?) order by category_id nulls last, id")
			.param(categoryId == null ? -1 : categoryId)
			.query((rs, n) -> new Template(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4)))
			.list();
	}

	List<Template> allTemplates() {
		return this.jdbc.sql("select id, category_id, title, body from request_reply_template where active order by category_id nulls first, id")
			.query((rs, n) -> new Template(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4)))
			.list();
	}

	long addTemplate(Long categoryId, String title, String body) {
		return this.jdbc.sql("insert into request_reply_template (category_id, title, body) values (?, ?, ?) returning id")
			.params(categoryId, title, body)
			.query(Long.class)
			.single();
	}

	boolean deactivateTemplate(long id) {
		return this.jdbc.sql("update request_reply_template set active = false where id = ? and active").param(id).update() == 1;
	}

	/** The working days of a step: the most specific rule for the category and urgency. */
	int limit(long categoryId, Urgency urgency, Step step) {
		return this.jdbc.sql("""
				select working_days from request_time_limit
				where step = ? and (category_id is null or category_id = ?) and (urgency is null or urgency = ?)
				order by (category_id is not null) desc, (urgency is not null) desc limit 1""")
			.params(step.name(), categoryId, urgency.name())
			.query(Integer.class)
			.optional()
			.orElse(1);
	}

	List<Limit> limits(boolean english) {
		return this.jdbc.sql("""
				select l.id, l.category_id, case when ? then c.name_en else c.name_zh end, l.urgency, l.step, l.working_days
				from request_time_limit l left join request_category c on c.id = l.category_id
				order by l.category_id nulls first, l.urgency nulls first, l.step""")
			.param(english)
			.query((rs, n) -> new Limit(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
					rs.getString(4) == null ? null : Urgency.valueOf(rs.getString(4)), Step.valueOf(rs.getString(5)),
					rs.getInt(6)))
			.list();
	}

	void setLimit(Long categoryId, Urgency urgency, Step step, int days, Instant now) {
		this.jdbc.sql("""
				insert into request_time_limit (category_id, urgency, step, working_days, updated_at) values (?, ?, ?, ?, ?)
				on conflict (coalesce(category_id, 0), coalesce(urgency, ''), step)
				do update set working_days = excluded.working_days, updated_at = excluded.updated_at""")
			.params(categoryId, urgency == null ? null : urgency.name(), step.name(), days, Timestamp.from(now))
			.update();
	}

}
