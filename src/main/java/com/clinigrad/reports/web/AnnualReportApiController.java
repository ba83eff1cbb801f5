package com.clinigrad.reports.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.clinigrad.admissions.AdmissionFigures;
import com.clinigrad.careers.DestinationKind;
import com.clinigrad.careers.EmploymentFigures;
import com.clinigrad.reports.AnnualFigures;
import com.clinigrad.reports.AnnualReport;
import com.clinigrad.reports.UnknownProgramException;
import com.clinigrad.shared.web.ApiLanguage;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.supervisors.AgeBand;
import com.clinigrad.supervisors.SupervisorCounts;
import com.clinigrad.supervisors.TitleLevel;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/annual?year=YYYY[&program=CODE]}: the annual report's
 * figures with the keys the exchange contract v1.1 fixes; graduate-school staff, 403 for
 * anyone else, 404 for an unknown program, 400 without a valid year.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
class AnnualReportApiController {

	/** The years a report may be asked for. */
	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2100;

	private final AnnualReport report;

	private final MessageSource messages;

	AnnualReportApiController(AnnualReport report, MessageSource messages) {
		this.report = report;
		this.messages = messages;
	}

	@GetMapping("/annual")
	Map<String, Object> annual(@RequestParam(required = false) String year,
			@RequestParam(required = false) String program) {
		int reportYear = parseYear(year);
		String programCode = (program == null || program.isBlank()) ? null : program.trim();
		AnnualFigures figures = this.report.figures(reportYear, programCode);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("year", figures.year());
		json.put("program", figures.programCode());
		json.put("admissions", admissions(figures.admissions()));
		json.put("supervisors", supervisors(figures.supervisors()));
		json.put("employment", employment(figures.employment()));
		return json;
	}

	private static Map<String, Object> admissions(AdmissionFigures figures) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("applicants", figures.applicants());
		json.put("admitted", figures.admitted());
		json.put("firstChoiceAdmitted", figures.firstChoiceAdmitted());
		Map<String, Long> bySource = new LinkedHashMap<>();
		for (SourceSchool source : SourceSchool.values()) {
			bySource.put(source.name(), figures.admittedBySource().getOrDefault(source, 0L));
		}
		json.put("admittedBySource", bySource);
		Map<String, Long> byType = new LinkedHashMap<>();
		for (AdmissionType type : AdmissionType.values()) {
			byType.put(type.name(), figures.admittedByType().getOrDefault(type, 0L));
		}
		json.put("admittedByType", byType);
		return json;
	}

	private static Map<String, Object> supervisors(SupervisorCounts counts) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("master", counts.master());
		json.put("doctoral", counts.doctoral());
		Map<String, Map<String, Long>> table = new LinkedHashMap<>();
		for (TitleLevel title : TitleLevel.values()) {
			Map<String, Long> bands = new LinkedHashMap<>();
			for (AgeBand band : AgeBand.values()) {
				bands.put(band.label(), counts.count(title, band));
			}
			table.put(title.name(), bands);
		}
		json.put("byTitleAndAge", table);
		return json;
	}

	private static Map<String, Object> employment(EmploymentFigures figures) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("graduates", figures.graduates());
		json.put("employed", figures.employed());
		json.put("rate", figures.rate().doubleValue());
		Map<String, Long> byDestination = new LinkedHashMap<>();
		for (DestinationKind kind : DestinationKind.values()) {
			byDestination.put(kind.name(), figures.byDestination().getOrDefault(kind, 0L));
		}
		json.put("byDestination", byDestination);
		json.put("byRegion", new LinkedHashMap<>(new java.util.TreeMap<>(figures.byRegion())));
		return json;
	}

	@ExceptionHandler(BadYearException.class)
	ResponseEntity<Map<String, Object>> badYear(BadYearException ex, HttpServletRequest request) {
		return error(HttpStatus.BAD_REQUEST, "api.error.year", request, ex.value, String.valueOf(FIRST_YEAR),
				String.valueOf(LAST_YEAR));
	}

	@ExceptionHandler(UnknownProgramException.class)
	ResponseEntity<Map<String, Object>> unknownProgram(UnknownProgramException ex, HttpServletRequest request) {
		return error(HttpStatus.NOT_FOUND, "api.error.programNotFound", request, ex.getProgramCode());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> forbidden(HttpServletRequest request) {
		return error(HttpStatus.FORBIDDEN, "api.error.forbidden", request);
	}

	private ResponseEntity<Map<String, Object>> error(HttpStatus status, String key, HttpServletRequest request,
			Object... arguments) {
		String message = this.messages.getMessage(key, arguments, key, ApiLanguage.of(request));
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("status", status.value(), "message", message));
	}

	private static int parseYear(String year) {
		if (year == null || !year.trim().matches("\\d{4}")) {
			throw new BadYearException(year);
		}
		int value = Integer.parseInt(year.trim());
		if (value < FIRST_YEAR || value > LAST_YEAR) {
			throw new BadYearException(year);
		}
		return value;
	}

	static class BadYearException extends RuntimeException {

		final String value;

		BadYearException(String value) {
			super("Bad year " + value);
			this.value = value;
		}

	}

}
