package com.clinigrad.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.clinigrad.shared.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps concurrent edits and integrity failures to the 409 page, which tells the user what
 * happened and what to do, instead of a 500.
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
	ModelAndView rule(BusinessRuleException ex, HttpServletResponse response) {
		return conflict(response, ex.getMessageKey(), ex.getArguments());
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
