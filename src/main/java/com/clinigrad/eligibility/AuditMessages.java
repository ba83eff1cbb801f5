package com.clinigrad.eligibility;

import java.util.Locale;
import java.util.Set;

import com.clinigrad.eligibility.rules.CheckResult;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a check's message key and arguments into a sentence in the reader's language;
 * milestone and certificate codes among the arguments are named, not shown as codes.
 */
@Component
public class AuditMessages {

	private static final Set<String> MILESTONE_TYPES = Set.of("PROPOSAL", "MIDTERM", "STAGE_ASSESSMENT",
			"THESIS_PROGRESS", "PRE_DEFENSE", "CLINICAL_COMPETENCY", "DEFENSE");

	private final MessageSource messages;

	AuditMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String message(CheckResult check, Locale locale) {
		Object[] arguments = check.messageArgs().stream().map((argument) -> named(argument, locale)).toArray();
		return this.messages.getMessage(check.messageKey(), arguments, check.messageKey(), locale);
	}

	public String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	public String ruleName(String code, Locale locale) {
		return this.messages.getMessage("rule." + code + ".name", null, code, locale);
	}

	private Object named(Object argument, Locale locale) {
		if (argument instanceof String text && MILESTONE_TYPES.contains(text)) {
			return this.messages.getMessage("milestoneType." + text, null, text, locale);
		}
		return argument;
	}

}
