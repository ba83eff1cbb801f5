package com.clinigrad.awards.web;

import java.util.Locale;

import com.clinigrad.awards.EvaluationLine;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes an evaluation line in the page's language; an argument starting with {@code #}
 * is a message key whose words stand in its place.
 */
@Component("awardWords")
class AwardWords {

	private final MessageSource messages;

	AwardWords(MessageSource messages) {
		this.messages = messages;
	}

	public String line(EvaluationLine line) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] args = line.argArray();
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof String text && text.startsWith("#")) {
				args[i] = this.messages.getMessage(text.substring(1), null, text, locale);
			}
			else if (args[i] instanceof EvaluationLine.Words words) {
				args[i] = words.in("en".equals(locale.getLanguage()));
			}
			else if (args[i] instanceof java.time.LocalDate day) {
				args[i] = day.toString();
			}
		}
		return this.messages.getMessage(line.key(), args, line.key(), locale);
	}

}
