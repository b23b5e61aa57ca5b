package cn.siwei;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Siwei (四微): the community service and grassroots-governance platform.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SiweiApplication {

	public static void main(String[] args) {
		SpringApplication.run(SiweiApplication.class, args);
	}

}
