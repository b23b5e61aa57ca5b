package cn.siwei.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed settings under {@code siwei.*}.
 *
 * @param demo whether demo data and the demo logins are loaded (never in production)
 * @param embeddedDb settings of the embedded PostgreSQL used when no external database is configured
 * @param security login protection settings
 * @param zone the time zone in which days, deadlines and times shown are reckoned
 */
@ConfigurationProperties("siwei")
public record SiweiProperties(@DefaultValue("false") boolean demo, @DefaultValue EmbeddedDb embeddedDb,
		@DefaultValue Security security, @DefaultValue("Asia/Shanghai") ZoneId zone) {

	/**
	 * @param dataDirectory where the database files, the unpacked binaries and the generated password live
	 * @param port TCP port on the loopback interface, 0 for a free one chosen at each start
	 * @param startupWait how long to wait for the server, including crash recovery after a kill
	 */
	public record EmbeddedDb(@DefaultValue("data") Path dataDirectory, @DefaultValue("0") int port,
			@DefaultValue("120s") Duration startupWait) {
	}

	/**
	 * @param maxFailedLogins failed logins of one name from one source address within {@code lockout} after which
	 * that name is paused from that source (a source is paused after four times as many over all names)
	 * @param lockout how long the failures are counted, and how long a pause lasts
	 * @param hsts whether to send Strict-Transport-Security (only behind HTTPS)
	 */
	public record Security(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
			@DefaultValue("false") boolean hsts) {
	}

}
