package com.clinigrad.organization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The university on a student's transcript: the one configured for the installation, not
 * the one whose rules the program follows; without one, the program's.
 */
class OwnUniversityTests {

	private static final ProgramRef TIANJIN_RULES = new ProgramRef("TMU-PRO-DOCTOR", "临床医学专业学位博士",
			"Clinical Medicine Professional Doctorate", "PRO_DOCTOR", "天津医科大学", "Tianjin Medical University", "1051",
			3);

	@Test
	void theConfiguredUniversityHeadsTheTranscriptWhateverTheProgram() {
		UniversityRef own = new OwnUniversity(" 华和医科大学 ", "Huahe Medical University").of(TIANJIN_RULES);
		assertThat(own).isEqualTo(new UniversityRef("华和医科大学", "Huahe Medical University"));
		assertThat(own.displayName(true)).isEqualTo("Huahe Medical University");
	}

	@Test
	void withoutAnEnglishNameTheChineseOneServesBoth() {
		assertThat(new OwnUniversity("华和医科大学", "").of(TIANJIN_RULES).nameEn()).isEqualTo("华和医科大学");
	}

	@Test
	void withoutConfigurationTheProgramsUniversityIsTaken() {
		assertThat(new OwnUniversity("", "").of(TIANJIN_RULES))
			.isEqualTo(new UniversityRef("天津医科大学", "Tianjin Medical University"));
	}

}
