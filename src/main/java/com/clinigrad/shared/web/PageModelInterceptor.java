package com.clinigrad.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Lets every {@link PageModel} add to the model of a page about to be rendered; answers
 * without a view (JSON, files) and redirects are left alone.
 */
class PageModelInterceptor implements HandlerInterceptor {

	private static final String REDIRECT = "redirect:";

	private final List<PageModel> contributions;

	PageModelInterceptor(List<PageModel> contributions) {
		this.contributions = List.copyOf(contributions);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || view.getView() instanceof RedirectView
				|| (view.getViewName() != null && view.getViewName().startsWith(REDIRECT))) {
			return;
		}
		for (PageModel contribution : this.contributions) {
			contribution.addTo(view.getModel(), request);
		}
	}

}
