package com.clinigrad.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The controllers' request mappings, looked up among those whose first path segment can
 * match the request's. Spring MVC finds a literal path ({@code /students}) at once, but
 * for a path with a variable ({@code /students/M2023001},
 * {@code /api/v1/students/M2023001/audit}) it tries the conditions of every one of the
 * application's four hundred mappings on every request. Here the candidates are the
 * mappings whose patterns start with the request's first segment, plus those starting
 * with a variable or wildcard; the best of the candidates that match is chosen exactly as
 * Spring MVC chooses (its comparator, then the same attributes on the request). Whenever
 * the shortcut could differ, Spring MVC's own lookup answers: a literal path, a first
 * segment with an encoded character or a path parameter, a CORS pre-flight, no candidate
 * matching (so that 404, 405, 406 and 415 stay Spring MVC's), and two equally good
 * matches (its ambiguity error).
 */
class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

	private volatile Index index;

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		List<Candidate> candidates = index().candidates(lookupPath);
		if (candidates == null || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		List<Candidate> matches = new ArrayList<>(2);
		for (Candidate candidate : candidates) {
			RequestMappingInfo matched = getMatchingMapping(candidate.mapping(), request);
			if (matched != null) {
				matches.add(new Candidate(matched, candidate.handlerMethod()));
			}
		}
		if (matches.isEmpty()) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		Candidate best = matches.get(0);
		if (matches.size() > 1) {
			Comparator<RequestMappingInfo> comparator = getMappingComparator(request);
			matches.sort((a, b) -> comparator.compare(a.mapping(), b.mapping()));
			best = matches.get(0);
			if (comparator.compare(best.mapping(), matches.get(1).mapping()) == 0) {
				return super.lookupHandlerMethod(lookupPath, request);
			}
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handlerMethod());
		handleMatch(best.mapping(), lookupPath, request);
		return best.handlerMethod();
	}

	/**
	 * Spring MVC's own lookup among all mappings, to compare with.
	 */
	HandlerMethod lookupAmongAll(String lookupPath, HttpServletRequest request) throws Exception {
		return super.lookupHandlerMethod(lookupPath, request);
	}

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		this.index = null;
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		this.index = null;
	}

	private Index index() {
		Index current = this.index;
		if (current == null) {
			PathPatternParser parser = getPatternParser();
			current = new Index(getHandlerMethods(), parser != null && parser.isCaseSensitive());
			this.index = current;
		}
		return current;
	}

	/**
	 * The mappings by the first segment of their patterns.
	 */
	static final class Index {

		private final Set<String> literalPaths = new HashSet<>();

		private final Map<String, List<Candidate>> byFirstSegment = new HashMap<>();

		private final List<Candidate> anyFirstSegment = new ArrayList<>();

		private final boolean usable;

		Index(Map<RequestMappingInfo, HandlerMethod> mappings, boolean caseSensitive) {
			boolean usable = caseSensitive;
			Map<String, List<Candidate>> literal = new HashMap<>();
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.entrySet()) {
				RequestMappingInfo mapping = entry.getKey();
				Candidate candidate = new Candidate(mapping, entry.getValue());
				if (mapping.getPathPatternsCondition() == null) {
					// not parsed patterns: left to Spring MVC
					usable = false;
					continue;
				}
				this.literalPaths.addAll(mapping.getDirectPaths());
				Set<String> segments = new HashSet<>();
				boolean any = false;
				for (String pattern : mapping.getPatternValues()) {
					String segment = firstSegment(pattern);
					if (segment == null || segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0
							|| segment.indexOf('?') >= 0) {
						any = true;
					}
					else {
						segments.add(segment);
					}
				}
				if (any || segments.isEmpty()) {
					this.anyFirstSegment.add(candidate);
				}
				else {
					for (String segment : segments) {
						literal.computeIfAbsent(segment, (s) -> new ArrayList<>()).add(candidate);
					}
				}
			}
			this.usable = usable;
			literal.forEach((segment, candidates) -> {
				List<Candidate> all = new ArrayList<>(candidates);
				all.addAll(this.anyFirstSegment);
				this.byFirstSegment.put(segment, List.copyOf(all));
			});
		}

		/**
		 * @return the mappings that may match this path, or {@code null} when Spring
		 * MVC's own lookup should answer
		 */
		List<Candidate> candidates(String lookupPath) {
			if (!this.usable || this.literalPaths.contains(lookupPath)) {
				return null;
			}
			String segment = firstSegment(lookupPath);
			if (segment == null || segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0) {
				return null;
			}
			List<Candidate> candidates = this.byFirstSegment.get(segment);
			return (candidates != null) ? candidates : this.anyFirstSegment;
		}

		/**
		 * @return what comes between the leading slash and the next, {@code null} for a
		 * path that does not start with a slash
		 */
		static String firstSegment(String path) {
			if (path.isEmpty()) {
				return "";
			}
			if (path.charAt(0) != '/') {
				return null;
			}
			int end = path.indexOf('/', 1);
			return (end < 0) ? path.substring(1) : path.substring(1, end);
		}

	}

	record Candidate(RequestMappingInfo mapping, HandlerMethod handlerMethod) {
	}

}
