package com.clinigrad.shared.web;

import java.io.Serializable;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.datetime.standard.DateTimeFormatterRegistrar;
import org.springframework.format.number.NumberFormatAnnotationFormatterFactory;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.ui.Model;
import org.springframework.validation.DataBinder;

/**
 * What a user typed into a form the rules refused, carried back to the form's page so
 * that nothing has to be typed again. Secrets (any field whose name contains "password"
 * or "secret") and the CSRF token are never carried.
 */
public final class SubmittedForm implements Serializable {

	private static final long serialVersionUID = 1L;

	/** The flash attribute that holds it on the page a refusal leads back to. */
	public static final String ATTRIBUTE = "submitted";

	private static final SubmittedForm NONE = new SubmittedForm(Map.of());

	/**
	 * Reads typed values as the pages send them: numbers, and dates and times in ISO form
	 * (what {@code <input type="date">} and {@code datetime-local} send).
	 */
	private static final FormattingConversionService CONVERSION = conversionService();

	private final Map<String, List<String>> values;

	private SubmittedForm(Map<String, List<String>> values) {
		this.values = values;
	}

	static SubmittedForm of(HttpServletRequest request) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, given) -> {
			if (carried(name)) {
				values.put(name, List.of(given));
			}
		});
		return new SubmittedForm(values);
	}

	private static boolean carried(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return !lower.startsWith("_csrf") && !lower.contains("password") && !lower.contains("secret");
	}

	/**
	 * @return the form refused on the way to this page, or an empty one
	 */
	public static SubmittedForm in(Model model) {
		return (model.getAttribute(ATTRIBUTE) instanceof SubmittedForm form) ? form : NONE;
	}

	/**
	 * Writes the refused values onto a freshly built form object, so that a page that
	 * builds its form from the record shows what was typed instead.
	 * @param form the form object the page would show
	 * @return the same object
	 */
	public <T> T restore(T form) {
		if (!this.values.isEmpty()) {
			MutablePropertyValues properties = new MutablePropertyValues();
			this.values.forEach((name, given) -> properties.add(name, (given.size() == 1) ? given.get(0) : given));
			DataBinder binder = new DataBinder(form);
			binder.setConversionService(CONVERSION);
			binder.setIgnoreUnknownFields(true);
			binder.setIgnoreInvalidFields(true);
			binder.bind(properties);
		}
		return form;
	}

	private static FormattingConversionService conversionService() {
		DefaultFormattingConversionService service = new DefaultFormattingConversionService(false);
		service.addFormatterForFieldAnnotation(new NumberFormatAnnotationFormatterFactory());
		DateTimeFormatterRegistrar dates = new DateTimeFormatterRegistrar();
		dates.setUseIsoFormat(true);
		dates.registerFormatters(service);
		return service;
	}

	public boolean isPresent() {
		return !this.values.isEmpty();
	}

	/**
	 * @return the first value typed for {@code name}, or {@code null}
	 */
	public String value(String name) {
		List<String> given = this.values.get(name);
		return (given == null || given.isEmpty()) ? null : given.get(0);
	}

	/**
	 * @return the value typed for {@code name}, or {@code fallback} if the form was not
	 * refused
	 */
	public String value(String name, Object fallback) {
		if (this.values.containsKey(name)) {
			return value(name);
		}
		return (fallback != null) ? fallback.toString() : null;
	}

	public boolean contains(String name, Object value) {
		List<String> given = this.values.get(name);
		return given != null && value != null && given.contains(value.toString());
	}

	@Override
	public String toString() {
		return "SubmittedForm" + Arrays.toString(this.values.keySet().toArray());
	}

}
