package cn.siwei.request;

import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * A request as a resident or a worker fills it in.
 */
public class RequestForm {

	private Long categoryId;

	private String description;

	private Long regionId;

	private String address;

	private Urgency urgency = Urgency.NORMAL;

	private Channel channel;

	private Long reporterPersonId;

	private String reporterName;

	private String reporterPhone;

	/** A filled-in form, for tests and demo data. */
	public static RequestForm of(long categoryId, String description, Long regionId, Channel channel) {
		RequestForm f = new RequestForm();
		f.setCategoryId(categoryId);
		f.setDescription(description);
		f.setRegionId(regionId);
		f.setChannel(channel);
		return f;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getRegionId() {
		return this.regionId;
	}

	public void setRegionId(Long regionId) {
		this.regionId = regionId;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Urgency getUrgency() {
		return this.urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public Long getReporterPersonId() {
		return this.reporterPersonId;
	}

	public void setReporterPersonId(Long reporterPersonId) {
		this.reporterPersonId = reporterPersonId;
	}

	public String getReporterName() {
		return this.reporterName;
	}

	public void setReporterName(String reporterName) {
		this.reporterName = reporterName;
	}

	public String getReporterPhone() {
		return this.reporterPhone;
	}

	public void setReporterPhone(String reporterPhone) {
		this.reporterPhone = reporterPhone;
	}

}
