package cn.siwei;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.siwei.platform.DatabaseBackup;

/**
 * Siwei (四微): the community service and grassroots-governance platform.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SiweiApplication {

	public static void main(String[] args) {
		if (DatabaseBackup.isCommand(args)) {
			// java -jar siwei.jar backup|restore DIR: a tool beside the running platform, not a second platform
			System.exit(DatabaseBackup.command(args));
		}
		SpringApplication.run(SiweiApplication.class, args);
	}

}
