package com.clinigrad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Clinigrad: administration of clinical-medicine graduate programs (专业学位研究生与住院医师规范化培训并轨).
 * Every module may use {@code shared} (exceptions, change history, web support) without
 * declaring it.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ClinigradApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClinigradApplication.class, args);
	}

}
