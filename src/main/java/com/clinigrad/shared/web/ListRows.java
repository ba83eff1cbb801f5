package com.clinigrad.shared.web;

import java.util.List;

import jakarta.servlet.ServletContext;
import org.unbescape.html.HtmlEscape;

import org.springframework.stereotype.Component;

/**
 * Writes the rows of a list page ({@code fragments/list.html}): each row's cells with
 * their parts — plain text, a link, a badge, a line of its own or a secondary line in
 * small grey print — escaped as the template's {@code th:text} would. A page of 100 rows
 * holds thousands of cell parts; written by the template, each part was a switch over
 * five elements, which cost more than everything else on the page together.
 */
@Component("listRows")
public class ListRows {

	/** The {@code data-*} attributes a row may carry, in the order they are written. */
	private static final List<String> DATA = List.of("student", "trigger", "level", "candidate");

	private final String contextPath;

	ListRows(ServletContext servletContext) {
		this.contextPath = servletContext.getContextPath();
	}

	/**
	 * @return the {@code <tr>} elements of the list's rows
	 */
	public String html(ListView list) {
		StringBuilder html = new StringBuilder(list.rows().size() * 600);
		List<ListView.Header> headers = list.headers();
		for (ListView.Row row : list.rows()) {
			html.append("<tr");
			for (String name : DATA) {
				String value = row.data().get(name);
				if (value != null) {
					html.append(" data-").append(name).append("=\"").append(escape(value)).append('"');
				}
			}
			html.append('>');
			for (int c = 0; c < row.cells().size(); c++) {
				String cellClass = (c < headers.size()) ? headers.get(c).cellClass().strip() : "";
				html.append(cellClass.isEmpty() ? "<td>" : "<td class=\"" + cellClass + "\">");
				for (Cell.Part part : row.cells().get(c).parts()) {
					part(html, part);
				}
				html.append("</td>");
			}
			html.append("</tr>\n");
		}
		return html.toString();
	}

	private void part(StringBuilder html, Cell.Part part) {
		String text = escape(part.text());
		if (part.secondary()) {
			html.append("<div class=\"small text-muted\">").append(text).append("</div>");
		}
		else if (part.line()) {
			html.append("<div class=\"cg-list-line\">").append(text).append("</div>");
		}
		else if (part.href() != null) {
			html.append("<a href=\"").append(escape(href(part.href()))).append('"');
			if (part.badge() != null) {
				html.append(" class=\"badge ").append(escape(part.badge())).append('"');
			}
			html.append('>').append(text).append("</a>");
		}
		else if (part.badge() != null) {
			html.append("<span class=\"badge ")
				.append(escape(part.badge()))
				.append("\">")
				.append(text)
				.append("</span>");
		}
		else {
			html.append("<span>").append(text).append("</span>");
		}
	}

	private String href(String path) {
		return (path.startsWith("/") && !path.startsWith("//")) ? this.contextPath + path : path;
	}

	private static String escape(String text) {
		return (text != null) ? HtmlEscape.escapeHtml4Xml(text) : "";
	}

}
