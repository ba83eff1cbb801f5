package com.clinigrad.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.unbescape.html.HtmlEscape;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reads a list page of the list pattern as a user sees it — the table's headers and the
 * words of each cell — and its exports, to check that an export holds exactly what the
 * filtered pages show.
 */
public final class ListPages {

	private static final String CHINESE_SEPARATOR = "、";

	private final MockMvc mvc;

	private final RequestPostProcessor user;

	private ListPages(MockMvc mvc, RequestPostProcessor user) {
		this.mvc = mvc;
		this.user = user;
	}

	public static ListPages as(MockMvc mvc, RequestPostProcessor user) {
		return new ListPages(mvc, user);
	}

	/**
	 * @return the page's HTML
	 */
	public String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(this.user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * @return the export's bytes
	 */
	public byte[] export(String url) throws Exception {
		return this.mvc.perform(get(url).with(this.user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/**
	 * Every page of the list at the URL (20 rows a page), then both exports of the same
	 * URL: the exports' header and rows equal the table's headers and the rows of all
	 * pages, in order, word for word.
	 * @param separator how the page's language joins the parts of a cell (、 or ", ")
	 * @return the rows shown, for further assertions
	 */
	public List<List<String>> assertExportsEqualPages(String url, String tableId, String separator) throws Exception {
		String first = page(url);
		List<String> headers = headers(first, tableId);
		List<List<String>> shown = new ArrayList<>();
		List<List<String>> previous = null;
		for (int page = 0; page < 100; page++) {
			List<List<String>> rows = rows(page(url + (url.contains("?") ? "&" : "?") + "page=" + page), tableId,
					separator);
			if (rows.isEmpty() || rows.equals(previous)) {
				break;
			}
			shown.addAll(rows);
			previous = rows;
			if (rows.size() < 20) {
				break;
			}
		}
		String join = url.contains("?") ? "&" : "?";
		List<List<String>> xlsx = xlsx(export(url + join + "export=xlsx"));
		List<List<String>> csv = csv(export(url + join + "export=csv"));
		assertThat(xlsx.get(0)).as("workbook headers").isEqualTo(headers);
		assertThat(xlsx.subList(1, xlsx.size())).as("workbook rows").isEqualTo(shown);
		assertThat(csv.get(0)).as("CSV headers").isEqualTo(headers);
		assertThat(csv.subList(1, csv.size())).as("CSV rows").isEqualTo(shown);
		return shown;
	}

	/**
	 * @return the texts of the table's headers
	 */
	public static List<String> headers(String html, String tableId) {
		Element table = table(html, tableId);
		List<String> headers = new ArrayList<>();
		for (Element th : elements(child(child(table, "thead"), "tr"), "th")) {
			headers.add(text(th));
		}
		return headers;
	}

	/**
	 * @return each row's cells, a cell's parts (links, badges, lines) joined with the
	 * separator (lines of their own with a semicolon), without the "nothing matches" row
	 */
	public static List<List<String>> rows(String html, String tableId, String separator) {
		Element table = table(html, tableId);
		List<List<String>> rows = new ArrayList<>();
		for (Element tr : elements(child(table, "tbody"), "tr")) {
			if (String.valueOf(tr.getAttributeValue("class")).contains("cg-list-empty")) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			for (Element td : elements(tr, "td")) {
				StringBuilder cell = new StringBuilder();
				boolean previousLine = false;
				for (INode node : td.getChildren()) {
					if (node instanceof Element part && !text(part).isEmpty()) {
						boolean line = String.valueOf(part.getAttributeValue("class")).contains("cg-list-line");
						if (!cell.isEmpty()) {
							cell.append((line && previousLine) ? lineSeparator(separator) : separator);
						}
						cell.append(text(part));
						previousLine = line;
					}
				}
				cells.add(cell.toString());
			}
			rows.add(cells);
		}
		return rows;
	}

	/**
	 * @return how the language separates lines of a cell (groups of a list)
	 */
	private static String lineSeparator(String separator) {
		return CHINESE_SEPARATOR.equals(separator) ? "；" : "; ";
	}

	/**
	 * @return the first sheet's rows, cells as Excel shows them
	 */
	public static List<List<String>> xlsx(byte[] file) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			int columns = sheet.getRow(0).getLastCellNum();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < columns; i++) {
					cells.add((row.getCell(i) != null) ? formatter.formatCellValue(row.getCell(i)) : "");
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the CSV's rows; fails unless it starts with the UTF-8 byte order mark
	 */
	public static List<List<String>> csv(byte[] file) {
		assertThat(Arrays.copyOf(file, 3)).as("UTF-8 byte order mark")
			.isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (CSVParser parser = CSVParser.parse(
				new InputStreamReader(new ByteArrayInputStream(file, 3, file.length - 3), StandardCharsets.UTF_8),
				CSVFormat.RFC4180)) {
			List<List<String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(record.toList());
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the element's text, entities decoded, white space collapsed
	 */
	public static String text(INode node) {
		StringBuilder text = new StringBuilder();
		collect(node, text);
		return HtmlEscape.unescapeHtml(text.toString()).replaceAll("\\s+", " ").strip();
	}

	private static void collect(INode node, StringBuilder text) {
		if (node instanceof Text t) {
			text.append(t.getContent());
		}
		else if (node instanceof INestableNode parent) {
			for (INode child : parent.getChildren()) {
				collect(child, text);
			}
		}
	}

	private static Element table(String html, String tableId) {
		try {
			Document document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html);
			Element table = find(document, tableId);
			assertThat(table).as("table #%s", tableId).isNotNull();
			return table;
		}
		catch (ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Element find(INestableNode parent, String id) {
		for (INode node : parent.getChildren()) {
			if (node instanceof Element element) {
				if (id.equals(element.getAttributeValue("id"))) {
					return element;
				}
				Element found = find(element, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Element child(Element parent, String name) {
		return elements(parent, name).get(0);
	}

	private static List<Element> elements(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (INode node : parent.getChildren()) {
			if (node instanceof Element element && name.equalsIgnoreCase(element.getElementName())) {
				found.add(element);
			}
		}
		return found;
	}

}
