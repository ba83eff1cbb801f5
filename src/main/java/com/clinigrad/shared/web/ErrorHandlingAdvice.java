package com.clinigrad.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.temporal.Temporal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.clinigrad.shared.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one way a refusal reaches a page. A change the rules refuse
 * ({@link BusinessRuleException}) sent from a page goes back to that page with the reason
 * and what was typed ({@link SubmittedForm}); without a page to go back to, and for
 * concurrent edits and integrity failures, the 409 page tells the user what happened and
 * what to do. Controllers do not catch refusals. Field errors stay with
 * {@code BindingResult} on the same view; a value a request parameter cannot hold goes
 * back to the page like a refusal.
 */
@ControllerAdvice
class ErrorHandlingAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandlingAdvice.class);

	private final MessageSource messages;

	ErrorHandlingAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView concurrentEdit(OptimisticLockingFailureException ex, HttpServletRequest request,
			HttpServletResponse response) {
		log.info("Concurrent edit refused at {}: {}", request.getRequestURI(), ex.getMessage());
		return conflict(response, "error.conflict.concurrent", new Object[0]);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView integrity(DataIntegrityViolationException ex, HttpServletRequest request,
			HttpServletResponse response) {
		log.warn("Integrity violation at {}: {}", request.getRequestURI(), ex.getMostSpecificCause().getMessage());
		return conflict(response, "error.conflict.integrity", new Object[0]);
	}

	@ExceptionHandler(BusinessRuleException.class)
	ModelAndView rule(BusinessRuleException ex, HttpServletRequest request, HttpServletResponse response) {
		String page = pageSentFrom(request);
		if (page == null) {
			return conflict(response, ex.getMessageKey(), ex.getArguments());
		}
		return backWith(request, page, ex.getMessageKey(), ex.getArguments());
	}

	/**
	 * A value the form's field cannot hold (letters where a number or a date belongs),
	 * sent from a page: back to that page saying which value and what it should be, with
	 * what was typed. Elsewhere (a typed URL, a read, an API call) it stays a bad
	 * request.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		String page = pageSentFrom(request);
		if (page == null) {
			// not handled here: answered 400 as before, in the caller's format
			throw ex;
		}
		if (ex.getValue() == null || String.valueOf(ex.getValue()).isBlank()) {
			return backWith(request, page, "error.missing", new Object[0]);
		}
		Class<?> type = (ex.getRequiredType() != null) ? ex.getRequiredType() : Object.class;
		String expected = Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)
				? "error.mismatch.number" : Temporal.class.isAssignableFrom(type) ? "error.mismatch.date"
						: type.isEnum() ? "error.mismatch.choice" : "error.mismatch.other";
		return backWith(request, page, "error.mismatch",
				new Object[] { String.valueOf(ex.getValue()), new DefaultMessageSourceResolvable(expected) });
	}

	/**
	 * A required field sent empty from a page (the browser's own check bypassed): back to
	 * that page saying so, with what was typed. Elsewhere it stays a bad request.
	 */
	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missing(MissingServletRequestParameterException ex, HttpServletRequest request)
			throws MissingServletRequestParameterException {
		String page = pageSentFrom(request);
		if (page == null) {
			throw ex;
		}
		return backWith(request, page, "error.missing", new Object[0]);
	}

	/**
	 * @return back to the page the form was sent from, saying why, with what was typed
	 */
	private static ModelAndView backWith(HttpServletRequest request, String page, String key, Object[] arguments) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("flashError", key);
		flash.put("flashArgs", Flash.storable(arguments));
		flash.put(SubmittedForm.ATTRIBUTE, SubmittedForm.of(request));
		return new ModelAndView("redirect:" + page);
	}

	/**
	 * @return the path and query of the page a form was sent from, on this server; or
	 * {@code null} for reads, htmx partials and requests that name no page
	 */
	private static String pageSentFrom(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (HttpMethod.GET.matches(request.getMethod()) || request.getHeader("HX-Request") != null || referer == null) {
			return null;
		}
		try {
			// only the path and query are kept: the way back never leaves this server
			URI uri = new URI(referer);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			String context = request.getContextPath();
			if (!context.isEmpty() && path.startsWith(context)) {
				path = path.substring(context.length());
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	@ExceptionHandler(InputCharactersInterceptor.UnacceptableInputException.class)
	ModelAndView unacceptableInput(InputCharactersInterceptor.UnacceptableInputException ex, HttpServletRequest request,
			HttpServletResponse response) {
		// the parameter's name is a code, not a word for the user: it goes to the log
		// only
		log.info("Control character refused in parameter '{}' at {}", ex.getField(), request.getRequestURI());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		ModelAndView view = new ModelAndView("error/400");
		view.addObject("badInputMessage",
				this.messages.getMessage("error.400.controlCharacter", null, LocaleContextHolder.getLocale()));
		view.setStatus(HttpStatus.BAD_REQUEST);
		return view;
	}

	private ModelAndView conflict(HttpServletResponse response, String key, Object[] args) {
		response.setStatus(HttpStatus.CONFLICT.value());
		ModelAndView view = new ModelAndView("error/409");
		view.addObject("conflictKey", key);
		view.addObject("conflictArgs", args);
		view.addObject("conflictMessage", this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
		view.setStatus(HttpStatus.CONFLICT);
		return view;
	}

}
