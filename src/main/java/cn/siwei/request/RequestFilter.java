package cn.siwei.request;

import java.time.Instant;

import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * What the ledger is narrowed to; a null field does not narrow.
 *
 * @param status in this status
 * @param categoryId of this category
 * @param channel from this channel
 * @param urgency of this urgency
 * @param escalatedOnly only those escalated to the street
 * @param overdueAt only those with a step past its limit at this time
 * @param figure only those a figure counts
 * @param from placed at or after
 * @param to placed before
 * @param unitId only those an organisation took part in
 * @param text whose description contains this text
 */
public record RequestFilter(Status status, Long categoryId, Channel channel, Urgency urgency, boolean escalatedOnly,
		Instant overdueAt, RequestFigure figure, Instant from, Instant to, Long unitId, String text) {

	/** No narrowing. */
	public static final RequestFilter NONE = new RequestFilter(null, null, null, null, false, null, null, null, null,
			null, null);

}
