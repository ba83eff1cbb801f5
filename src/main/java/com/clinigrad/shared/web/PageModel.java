package com.clinigrad.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Something every rendered page's model holds (a menu entry's visibility, the language
 * switch), added after the controller only when a page is rendered: not for an API
 * answer, a download or a redirect, which would pay for it without showing it.
 */
public interface PageModel {

	/**
	 * @param model the page's model, to add to
	 * @param request the request the page answers
	 */
	void addTo(Map<String, Object> model, HttpServletRequest request);

}
