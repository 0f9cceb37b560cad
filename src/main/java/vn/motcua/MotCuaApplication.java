package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * MotCua: one-stop e-government for Vietnamese local administrations. A modular monolith whose
 * modules are the direct sub-packages of {@code vn.motcua}.
 */
@Modulithic(systemName = "MotCua", sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class MotCuaApplication {

	public static void main(String[] args) {
		SpringApplication.run(MotCuaApplication.class, args);
	}

}
