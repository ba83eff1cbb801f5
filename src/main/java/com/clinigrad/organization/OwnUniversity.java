package com.clinigrad.organization;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The university this installation serves (本校), whose name heads its students'
 * transcripts. The shipped programs carry the names of the universities whose rules they
 * follow (北京协和医学院, 天津医科大学, 浙江大学), which are not the students' own: the name comes from
 * the configuration ({@code CLINIGRAD_UNIVERSITY_NAME}, {@code _EN}). Without one, the
 * program's university is taken, as for a university that runs programs of its own.
 */
@Component
public class OwnUniversity {

	private final String name;

	private final String nameEn;

	OwnUniversity(@Value("${clinigrad.university.name:}") String name,
			@Value("${clinigrad.university.name-en:}") String nameEn) {
		this.name = name.strip();
		this.nameEn = nameEn.strip();
	}

	/**
	 * @param program the student's program
	 * @return the configured university, else the program's
	 */
	public UniversityRef of(ProgramRef program) {
		if (this.name.isEmpty()) {
			return new UniversityRef(program.university(), program.universityEn());
		}
		return new UniversityRef(this.name, this.nameEn.isEmpty() ? this.name : this.nameEn);
	}

}
