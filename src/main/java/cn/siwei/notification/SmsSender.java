package cn.siwei.notification;

/**
 * Sends a text message. The default writes it to the log; a site plugs in its SMS gateway by defining a bean
 * of this type.
 */
public interface SmsSender {

	/**
	 * Sends one text message. It may be called again with the same key (after a crash the event behind it is
	 * delivered again): a gateway passes the key on as its idempotency key, or drops a key it has sent.
	 * @param personId the person whose phone receives it
	 * @param text the message
	 * @param key what makes this message unique, or null
	 */
	void send(long personId, String text, String key);

}
