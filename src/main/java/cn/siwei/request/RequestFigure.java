package cn.siwei.request;

import cn.siwei.platform.Satisfaction;

/**
 * The counted figures of requests. Each is one SQL condition on a request {@code r}, used both to count it and
 * to list the requests it counts, so that a figure and its drill-down cannot disagree. Duplicates are linked to
 * their original and counted once, through it. The period is the one in which requests were placed.
 */
public enum RequestFigure {

	/** 受理/接收: every request placed, duplicates excepted. */
	RECEIVED("r.status <> 'DUPLICATE'"),
	/** 接单: taken by the community or compound. */
	ACCEPTED("r.status <> 'DUPLICATE' and r.accepted_at is not null"),
	/** Declined with a reason. */
	DECLINED("r.status = 'DECLINED'"),
	/** Taken or declined within the time limit of the first step. */
	RESPONDED_ON_TIME("r.status <> 'DUPLICATE' and r.responded_at is not null and r.responded_at <= r.accept_due_at"),
	/**
	 * 办结/已解决: closed by the resident's evaluation saying resolved (themselves, or on a call-back). A request the
	 * resident called resolved but was dissatisfied with is reopened, and does not count until it is closed.
	 */
	RESOLVED("r.status = 'CLOSED' and r.resolved is true"),
	/** Evaluated by the resident (themselves, or on a call-back). */
	EVALUATED("r.status <> 'DUPLICATE' and r.evaluated_at is not null"),
	/** 满意: satisfied or basically satisfied in the latest evaluation. */
	SATISFIED("r.status <> 'DUPLICATE' and r.satisfaction in " + Satisfaction.SATISFIED_SQL),
	/** Reopened at least once. */
	REOPENED("r.status <> 'DUPLICATE' and r.reopen_count > 0"),
	/** Escalated from the community to the street (吹哨). */
	ESCALATED("r.status <> 'DUPLICATE' and r.escalated"),
	/** 撤单: cancelled by the resident; received, never resolved. */
	CANCELLED("r.status = 'CANCELLED'");

	private final String condition;

	RequestFigure(String condition) {
		this.condition = condition;
	}

	/** The SQL condition on a request aliased {@code r}. */
	public String condition() {
		return this.condition;
	}

	public String messageKey() {
		return "request.figure." + name();
	}

}
