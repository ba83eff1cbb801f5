package com.clinigrad.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookup by first path segment finds, for every path of every mapping of the
 * application and for paths that match none, the same handler with the same request
 * attributes as Spring MVC's lookup among all mappings, or the same refusal.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FirstSegmentHandlerMappingTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void theApplicationUsesTheLookupByFirstSegment() {
		assertThat(this.handlerMapping).isInstanceOf(FirstSegmentHandlerMapping.class);
	}

	@Test
	void everyPathOfEveryMappingFindsWhatSpringMvcFinds() throws Exception {
		FirstSegmentHandlerMapping mapping = (FirstSegmentHandlerMapping) this.handlerMapping;
		List<String[]> requests = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{\\*[^}]+}", "a/b").replaceAll("\\{[^}]+}", "M2023001");
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					requests.add(new String[] { method.name(), path });
					// another method on the same path: 405 or another mapping
					requests.add(new String[] { (method == RequestMethod.GET) ? "POST" : "GET", path });
				}
				requests.add(new String[] { "GET", path + "/more/segments" });
			}
		}
		int patterns = requests.size();
		for (String path : List.of("/", "/nothing/here", "/students/M1/nothing", "/api/v1/students/M1/nothing",
				"/api/v1/nothing", "/stu%64ents/M1", "/students;a=b/M1", "/STUDENTS/M1")) {
			requests.add(new String[] { "GET", path });
		}
		int found = 0;
		for (String[] request : requests) {
			Answer indexed = lookUp(mapping, request[0], request[1], true);
			Answer all = lookUp(mapping, request[0], request[1], false);
			assertThat(indexed).as(request[0] + " " + request[1]).isEqualTo(all);
			if (indexed.handler() != null) {
				found++;
			}
		}
		assertThat(patterns).isGreaterThan(300);
		assertThat(found).isGreaterThan(300);
	}

	private static Answer lookUp(FirstSegmentHandlerMapping mapping, String method, String path, boolean indexed) {
		MockHttpServletRequest request = new MockHttpServletRequest(HttpMethod.valueOf(method).name(), path);
		request.addHeader("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
		ServletRequestPathUtils.parseAndCache(request);
		String lookupPath = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
		try {
			HandlerMethod handler = indexed ? mapping.lookupHandlerMethod(lookupPath, request)
					: mapping.lookupAmongAll(lookupPath, request);
			return new Answer((handler != null) ? handler.getMethod().toString() : null,
					String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)),
					String.valueOf(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)),
					String.valueOf(request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE)), null);
		}
		catch (Exception ex) {
			return new Answer(null, null, null, null, ex.getClass().getName());
		}
	}

	record Answer(String handler, String pattern, String variables, String produces, String refusal) {
	}

}
