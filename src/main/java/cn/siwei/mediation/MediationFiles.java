package cn.siwei.mediation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.mediation.MediationLoop.Act;
import cn.siwei.mediation.MediationTerms.EventKind;
import cn.siwei.platform.Attachments;
import cn.siwei.platform.Attachments.Attachment;
import cn.siwei.platform.Attachments.Content;
import cn.siwei.platform.Attachments.Owner;
import cn.siwei.platform.Photos;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Timeline;

/**
 * A case's file: its evidence (photos and PDF documents, each with what it shows) and the whole file exported as
 * one bundle (卷宗) — the case sheet with its timeline, the agreement and every piece of evidence in one ZIP, the
 * parties' phones masked as on the page. Each export is written into the case's timeline (who, when).
 */
@Service
public class MediationFiles {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MediationQueries queries;

	private final Attachments attachments;

	private final Timeline timeline;

	private final MessageSource messages;

	private final Clock clock;

	MediationFiles(MediationQueries queries, Attachments attachments, JdbcClient jdbc, MessageSource messages,
			Clock clock) {
		this.queries = queries;
		this.attachments = attachments;
		this.timeline = new Timeline(jdbc, "mediation_event");
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Attachment> evidence(Actor actor, long id) {
		return this.attachments.of(owner(this.queries.get(actor, id)));
	}

	@Transactional(readOnly = true)
	public Content content(Actor actor, long id, long fileId) {
		return this.attachments.content(owner(this.queries.get(actor, id)), fileId);
	}

	/** Adds a piece of evidence with what it shows; written into the timeline. */
	@Transactional
	public long add(Actor actor, long id, byte[] data, String caption) {
		actor.require(MediationPermissions.HANDLE);
		Mediation m = this.queries.get(actor, id);
		MediationLoop.refusal(Act.EVIDENCE, m.status(), m.mediator() != null, actor).ifPresent(key -> {
			throw "error.forbidden".equals(key) ? new AccessDenied(MediationPermissions.HANDLE) : Rejected.because(key);
		});
		long fileId = this.attachments.addEvidence(actor, owner(m), data, caption);
		this.timeline.write(new Timeline.Line(id, null, EventKind.EVIDENCE.name(), caption.strip(), true, false),
				this.clock.instant(), actor.accountId(), actor.displayName());
		return fileId;
	}

	/**
	 * Checks that the actor may export the case (it lies in their region and they handle cases) before anything
	 * is written to the answer.
	 */
	@Transactional(readOnly = true)
	public Mediation exportable(Actor actor, long id) {
		actor.require(MediationPermissions.HANDLE);
		return this.queries.get(actor, id);
	}

	/** Writes the case's bundle as a ZIP to {@code out}, and the export into its timeline. */
	@Transactional
	public void bundle(Actor actor, long id, java.util.Locale locale, OutputStream out) throws IOException {
		Mediation m = exportable(actor, id);
		ZoneId zone = this.clock.getZone();
		Instant now = this.clock.instant();
		this.timeline.write(new Timeline.Line(id, null, EventKind.EXPORTED.name(), null, false, false), now,
				actor.accountId(), actor.displayName());
		List<String> index = new ArrayList<>();
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		try {
			int[] n = { 0 };
			this.attachments.each(owner(m), (a, data) -> {
				n[0]++;
				String name = String.format("证据/%02d-%s.%s", n[0], safe(a.caption()), Photos.extension(a.contentType()));
				index.add(name + "　（" + a.uploaderName() + "，" + AT.format(a.uploadedAt().atZone(zone)) + "）");
				zip.putNextEntry(new ZipEntry(name));
				zip.write(data);
				zip.closeEntry();
			});
			zip.putNextEntry(new ZipEntry("案卷.txt"));
			zip.write(sheet(m, index, zone, locale, now).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			if (m.agreementText() != null) {
				zip.putNextEntry(new ZipEntry("调解协议书.txt"));
				zip.write(m.agreementText().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		finally {
			zip.finish();
		}
	}

	private String sheet(Mediation raw, List<String> index, ZoneId zone, java.util.Locale locale, Instant now) {
		Mediation m = raw.masked();
		StringBuilder b = new StringBuilder();
		b.append("矛盾纠纷调解卷宗　第 ").append(m.id()).append(" 号\n\n");
		line(b, "纠纷类型", msg(m.kind().messageKey(), locale));
		line(b, "来源", msg(m.source().messageKey(), locale));
		line(b, "地点", m.regionName());
		line(b, "申请人", m.applicant() + (m.applicantPhone() == null ? "" : "　" + m.applicantPhone()));
		line(b, "被申请人", m.respondent() + (m.respondentPhone() == null ? "" : "　" + m.respondentPhone()));
		line(b, "纠纷事实", m.facts());
		line(b, "调解员", m.mediator());
		line(b, "状态", msg(m.status().messageKey(), locale));
		line(b, "接待时间", AT.format(m.createdAt().atZone(zone)));
		line(b, "受理时间", m.acceptedAt() == null ? null : AT.format(m.acceptedAt().atZone(zone)));
		line(b, "办理期限", m.dueAt() == null ? null : AT.format(m.dueAt().atZone(zone))
				+ (m.extendedDays() > 0 ? "（经双方同意延长 " + m.extendedDays() + " 个工作日）" : ""));
		line(b, "协议内容", m.terms());
		line(b, "履行方式", m.performanceHow());
		line(b, "调解不成的引导", m.guidance());
		line(b, "司法确认申请期限", m.confirmationDue() == null ? null : m.confirmationDue().toString());
		line(b, "司法确认申请日", m.confirmationApplied() == null ? null : m.confirmationApplied().toString());
		line(b, "回访结果", m.performance() == null ? null : msg(m.performance().messageKey(), locale));
		b.append("\n办理经过\n");
		for (Timeline.Entry e : this.timeline.read(m.id(), false)) {
			b.append("  ").append(AT.format(e.at().atZone(zone))).append("　").append(e.actorName()).append("　")
				.append(msg("mediation.event." + e.kind(), locale));
			if (e.note() != null) {
				b.append("：").append(e.note());
			}
			b.append('\n');
		}
		b.append("\n证据目录（").append(index.size()).append(" 件）\n");
		index.forEach(i -> b.append("  ").append(i).append('\n'));
		b.append("\n导出时间：").append(AT.format(now.atZone(zone))).append('\n');
		return b.toString();
	}

	private static void line(StringBuilder b, String label, String value) {
		if (value != null) {
			b.append(label).append("：").append(value).append('\n');
		}
	}

	private String msg(String key, java.util.Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** A caption as part of a file name: no path separators, nothing a file system refuses, at most 40 characters. */
	static String safe(String caption) {
		String s = caption == null ? "" : caption.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		if (s.startsWith(".")) {
			s = "_" + s.substring(1);
		}
		return s.isEmpty() ? "证据" : s.codePointCount(0, s.length()) > 40 ? s.substring(0, s.offsetByCodePoints(0, 40)) : s;
	}

	private static Owner owner(Mediation m) {
		return new Owner(Mediations.TYPE, m.id(), m.regionPath());
	}

}
