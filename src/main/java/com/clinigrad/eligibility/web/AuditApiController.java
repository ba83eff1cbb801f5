package com.clinigrad.eligibility.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.eligibility.AuditMessages;
import com.clinigrad.eligibility.DegreeAudit;
import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.ApiLanguage;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/students/{student_no}/audit?asOf=YYYY-MM-DD}: the degree audit as
 * the exchange contract fixes it. Messages follow {@code Accept-Language} (English for
 * {@code en}, Chinese otherwise).
 */
@RestController
@RequestMapping(path = "/api/v1/students", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditApiController {

	private final DegreeAudit degreeAudit;

	private final AuditMessages auditMessages;

	private final MessageSource messages;

	AuditApiController(DegreeAudit degreeAudit, AuditMessages auditMessages, MessageSource messages) {
		this.degreeAudit = degreeAudit;
		this.auditMessages = auditMessages;
		this.messages = messages;
	}

	@GetMapping("/{studentNo}/audit")
	AuditJson audit(@PathVariable String studentNo, @RequestParam(required = false) String asOf,
			HttpServletRequest request) {
		LocalDate day = parse(asOf);
		AuditOutcome outcome = this.degreeAudit.audit(studentNo, day);
		Locale locale = ApiLanguage.of(request);
		return new AuditJson(outcome.studentNo(), outcome.programCode(), outcome.ruleSetVersion(),
				outcome.asOf().toString(), outcome.eligibleToDefend(), outcome.eligibleForDegree(),
				outcome.checks()
					.stream()
					.map((check) -> new CheckJson(check.rule(), check.status().name(), check.required(), check.actual(),
							this.auditMessages.message(check, locale)))
					.toList());
	}

	@ExceptionHandler(BadDateException.class)
	ResponseEntity<Map<String, Object>> badDate(BadDateException ex, HttpServletRequest request) {
		return error(HttpStatus.BAD_REQUEST, "api.error.asOf", request, ex.value);
	}

	@ExceptionHandler(DegreeAudit.AuditedStudentNotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request) {
		return error(HttpStatus.NOT_FOUND, "api.error.studentNotFound", request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> forbidden(HttpServletRequest request) {
		return error(HttpStatus.FORBIDDEN, "api.error.forbidden", request);
	}

	@ExceptionHandler(BusinessRuleException.class)
	ResponseEntity<Map<String, Object>> businessRule(BusinessRuleException ex, HttpServletRequest request) {
		return error(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessageKey(), request, ex.getArguments());
	}

	private ResponseEntity<Map<String, Object>> error(HttpStatus status, String key, HttpServletRequest request,
			Object... arguments) {
		String message = this.messages.getMessage(key, arguments, key, ApiLanguage.of(request));
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("status", status.value(), "message", message));
	}

	private static LocalDate parse(String asOf) {
		if (asOf == null || asOf.isBlank()) {
			return SchoolTime.today();
		}
		try {
			return LocalDate.parse(asOf.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BadDateException(asOf);
		}
	}

	record AuditJson(String studentNo, String program, String ruleSetVersion, String asOf, boolean eligibleToDefend,
			boolean eligibleForDegree, List<CheckJson> checks) {
	}

	record CheckJson(String rule, String status, String required, String actual, String message) {
	}

	static class BadDateException extends RuntimeException {

		final String value;

		BadDateException(String value) {
			super("Bad date " + value);
			this.value = value;
		}

	}

}
