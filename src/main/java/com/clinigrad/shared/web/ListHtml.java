package com.clinigrad.shared.web;

import java.util.List;

import jakarta.servlet.ServletContext;
import org.unbescape.html.HtmlEscape;

import org.springframework.stereotype.Component;

/**
 * Writes the repeated parts of a list page ({@code fragments/list.html}), escaped as the
 * template's {@code th:text} would: the rows, each cell with its parts (plain text, a
 * link, a badge, a line of its own or a secondary line in small grey print), the filter
 * bar's fields with the options of its choices, the sortable column headers, the page
 * sizes and the pager. Written by the template, each of these elements was an iteration
 * with a handful of evaluated attributes: a page of 100 rows holds thousands of cell
 * parts, and even a page of 20 spent more on its loops (the options of a few choices, ten
 * headers, the pager) than on everything else it renders.
 */
@Component("listHtml")
public class ListHtml {

	/** The {@code data-*} attributes a row may carry, in the order they are written. */
	private static final List<String> DATA = List.of("student", "trigger", "level", "candidate", "rotation");

	private final String contextPath;

	ListHtml(ServletContext servletContext) {
		this.contextPath = servletContext.getContextPath();
	}

	/**
	 * @return the {@code <tr>} elements of the list's rows
	 */
	public String rows(ListView list) {
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

	/**
	 * @param all the label of the option that filters nothing, shown by the choices that
	 * offer it
	 * @return the filter bar's fields, each in its column with its label: the search box
	 * (wider), a text field or a choice that sends the form when changed
	 */
	public String filters(List<ListFilter> filters, String all) {
		StringBuilder html = new StringBuilder(filters.size() * 500);
		for (ListFilter filter : filters) {
			String id = escape("filter-" + filter.name());
			String idAndName = " id=\"" + id + "\" name=\"" + escape(filter.name()) + '"';
			html.append("<div class=\"")
				.append(filter.isSearch() ? "col-12 col-lg-3" : "col-6 col-md-4 col-lg")
				.append("\"><label class=\"form-label\" for=\"")
				.append(id)
				.append("\">")
				.append(escape(filter.label()))
				.append("</label>");
			if (filter.isChoice()) {
				html.append("<select class=\"form-select form-select-sm\"")
					.append(idAndName)
					.append(" data-autosubmit>")
					.append(options(filter, all))
					.append("</select>");
			}
			else {
				html.append("<input class=\"form-control form-control-sm\" type=\"")
					.append(filter.isSearch() ? "search" : "text")
					.append('"')
					.append(idAndName)
					.append(" value=\"")
					.append(escape(filter.value()))
					.append('"');
				if (filter.hint() != null) {
					html.append(" placeholder=\"").append(escape(filter.hint())).append('"');
				}
				html.append('>');
			}
			html.append("</div>");
		}
		return html.toString();
	}

	/**
	 * @param all the label of the option that filters nothing, shown when the choice
	 * offers it
	 * @return the {@code <option>} elements of a choice, the one in the URL selected
	 */
	private String options(ListFilter filter, String all) {
		StringBuilder html = new StringBuilder(filter.options().size() * 60 + 40);
		if (filter.offersAll()) {
			html.append("<option value=\"\">").append(escape(all)).append("</option>");
		}
		for (ListFilter.Option option : filter.options()) {
			html.append("<option value=\"").append(escape(option.value())).append('"');
			if (filter.chosen(option)) {
				html.append(" selected=\"selected\"");
			}
			html.append('>').append(escape(option.label())).append("</option>");
		}
		return html.toString();
	}

	/**
	 * @return the {@code <th>} elements of the list's columns: a link that sorts by the
	 * column (with the arrow of the order it is sorted in), or the plain header
	 */
	public String headers(ListView list) {
		StringBuilder html = new StringBuilder(list.headers().size() * 200);
		for (ListView.Header header : list.headers()) {
			String classes = ((header.numeric() ? "text-end" : "") + (header.nowrap() ? "" : " cg-wrap")).strip();
			html.append("<th");
			if (!classes.isEmpty()) {
				html.append(" class=\"").append(classes).append('"');
			}
			html.append(" scope=\"col\"");
			if (header.sorted() != null) {
				html.append(" aria-sort=\"").append(escape(header.sorted())).append('"');
			}
			html.append('>');
			if (header.sortUrl() != null) {
				html.append("<a class=\"link-dark text-decoration-none cg-sort\" href=\"")
					.append(escape(header.sortUrl()))
					.append("\"><span>")
					.append(escape(header.text()))
					.append("</span>");
				if (ListView.Header.ASCENDING.equals(header.sorted())) {
					html.append("<i class=\"bi bi-caret-up-fill\"></i>");
				}
				else if (ListView.Header.DESCENDING.equals(header.sorted())) {
					html.append("<i class=\"bi bi-caret-down-fill\"></i>");
				}
				else {
					html.append("<i class=\"bi bi-chevron-expand text-body-tertiary\"></i>");
				}
				html.append("</a>");
			}
			else {
				html.append("<span>").append(escape(header.text())).append("</span>");
			}
			html.append("</th>");
		}
		return html.toString();
	}

	/**
	 * @return the links choosing how many rows a page shows, the current one marked
	 */
	public String pageSizes(ListView list) {
		StringBuilder html = new StringBuilder(400);
		for (int size : list.query().pageSizes()) {
			html.append("<a class=\"btn ")
				.append((size == list.query().size()) ? "btn-secondary" : "btn-outline-secondary")
				.append("\" href=\"")
				.append(escape(list.query().sizeUrl(size)))
				.append("\">")
				.append(size)
				.append("</a>");
		}
		return html.toString();
	}

	/**
	 * @return the pager's items: the previous page, the numbered pages (a gap as an
	 * ellipsis), the next page
	 */
	public String pages(ListView list, String previous, String next) {
		StringBuilder html = new StringBuilder(1000);
		int current = list.page().getNumber();
		html.append("<li class=\"page-item")
			.append(list.page().isFirst() ? " disabled" : "")
			.append("\"><a class=\"page-link\" href=\"")
			.append(escape(list.query().pageUrl(current - 1)))
			.append("\" aria-label=\"")
			.append(escape(previous))
			.append("\"><i class=\"bi bi-chevron-left\"></i></a></li>");
		for (int number : list.pageNumbers()) {
			if (number < 0) {
				html.append("<li class=\"page-item disabled\"><span class=\"page-link\">…</span></li>");
			}
			else {
				html.append("<li class=\"page-item")
					.append((number == current) ? " active" : "")
					.append("\"><a class=\"page-link\" href=\"")
					.append(escape(list.query().pageUrl(number)))
					.append("\">")
					.append(number + 1)
					.append("</a></li>");
			}
		}
		html.append("<li class=\"page-item")
			.append(list.page().isLast() ? " disabled" : "")
			.append("\"><a class=\"page-link\" href=\"")
			.append(escape(list.query().pageUrl(current + 1)))
			.append("\" aria-label=\"")
			.append(escape(next))
			.append("\"><i class=\"bi bi-chevron-right\"></i></a></li>");
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
