package cn.siwei.platform;

/**
 * A capability's share of the demo data. The demo module builds the world (the seed's places, organisations,
 * people, teams and logins) and then asks every contribution, in {@link org.springframework.core.annotation.Order
 * order}, to add its records through the capability's own services, in the demo's one transaction, so that the
 * audit trail shows how they came to be. A new capability adds its demo records by declaring one such bean in its
 * own package.
 */
public interface DemoContribution {

	/** Adds the capability's demo records. */
	void contribute(World world);

	/**
	 * The demo world's records, by the names and codes the seed gives them ({@code docs/demo.md} lists them).
	 */
	interface World {

		/** A region node's id by its code ({@code 650203001001} is 永安社区). */
		long region(String code);

		/** An organisation's id by its name. */
		long organisation(String name);

		/** A person's id by name. */
		long person(String name);

		/** A team's id by name. */
		long team(String name);

	}

}
