package cn.siwei.notification;

/**
 * Sends a text message. The default writes it to the log; a site plugs in its SMS gateway by defining a bean
 * of this type.
 */
public interface SmsSender {

	/**
	 * @param personId the person whose phone receives it
	 * @param text the message
	 */
	void send(long personId, String text);

}
