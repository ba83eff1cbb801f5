package com.clinigrad;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the module boundaries (no cycles, only declared dependencies, no access to
 * another module's internals) and writes the module diagrams and canvases to
 * {@code target/spring-modulith-docs} for the README.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ClinigradApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).isFile();
	}

}
