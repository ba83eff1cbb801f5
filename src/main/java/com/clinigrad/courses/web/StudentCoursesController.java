package com.clinigrad.courses.web;

import java.nio.charset.StandardCharsets;

import com.clinigrad.courses.GradeBook;
import com.clinigrad.courses.StudentCourseRecord;
import com.clinigrad.courses.StudentCourses;
import com.clinigrad.courses.Transcript;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A student's courses page (credits against the program, every sitting, failed required
 * courses, grade history), the transcript page and its PDF — for whoever may see the
 * student (the service answers 404 to anyone else).
 */
@Controller
class StudentCoursesController {

	private final StudentCourses courses;

	private final GradeBook grades;

	StudentCoursesController(StudentCourses courses, GradeBook grades) {
		this.courses = courses;
		this.grades = grades;
	}

	@GetMapping("/students/{studentNo}/courses")
	String courses(@PathVariable String studentNo, Model model) {
		StudentCourseRecord record = this.courses.record(studentNo);
		model.addAttribute("student", record.student());
		model.addAttribute("credits", record.credits());
		model.addAttribute("sittings", record.sittings());
		model.addAttribute("failures", record.failures());
		model.addAttribute("history", this.grades.historyOfStudent(studentNo));
		return "courses/student";
	}

	@GetMapping(path = "/students/{studentNo}/courses", headers = "HX-Request=true")
	String summary(@PathVariable String studentNo, Model model) {
		StudentCourseRecord record = this.courses.record(studentNo);
		model.addAttribute("student", record.student());
		model.addAttribute("credits", record.credits());
		model.addAttribute("failures", record.failures());
		return "courses/student :: summary";
	}

	@GetMapping("/students/{studentNo}/transcript")
	String transcript(@PathVariable String studentNo, @RequestParam(defaultValue = "false") boolean all, Model model) {
		model.addAttribute("transcript", this.courses.transcript(studentNo, all));
		return "courses/transcript";
	}

	@GetMapping("/students/{studentNo}/transcript.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String studentNo, @RequestParam(defaultValue = "false") boolean all) {
		Transcript transcript = this.courses.transcript(studentNo, all);
		byte[] pdf = this.courses.transcriptPdf(transcript);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("transcript-" + studentNo + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(pdf);
	}

}
