package cn.siwei.region;

/**
 * The code and name of a node being created or renamed.
 */
public class RegionForm {

	private String code;

	private String name;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
