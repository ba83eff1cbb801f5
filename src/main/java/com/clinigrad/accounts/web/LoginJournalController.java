package com.clinigrad.accounts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.accounts.LoginEventKind;
import com.clinigrad.accounts.LoginJournal;
import com.clinigrad.accounts.LoginJournal.Entry;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' journal of logins, failed logins, logouts and ended sessions, on
 * every node: filtered by kind and user name in the URL, exported as shown.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class LoginJournalController {

	private static final String KIND = "kind";

	private static final String AT = "at";

	static final ListQuery.Definition LIST = ListQuery.define(KIND).sortable(AT).descendingByDefault();

	private static final int EXPORT_MAX = 10_000;

	private final LoginJournal journal;

	private final MessageSource messages;

	LoginJournalController(LoginJournal journal, MessageSource messages) {
		this.journal = journal;
		this.messages = messages;
	}

	@GetMapping("/admin/logins")
	String journal(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		model.addAttribute("list", table(words).view(page(query, query.pageable()), query));
		model.addAttribute("filters", filters(query, words));
		return "accounts/logins";
	}

	@GetMapping(path = "/admin/logins", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("loginJournal.title"), table(words),
				page(query, PageRequest.of(0, EXPORT_MAX)).getContent(), words);
	}

	private Page<Entry> page(ListQuery query, Pageable pageable) {
		return this.journal.search(query.choice(KIND, LoginEventKind.class), query.search(), !query.descending(),
				pageable);
	}

	private static ListTable<Entry> table(Words words) {
		return new ListTable<Entry>()
			.column(words.get("loginJournal.column.at"), AT, (e) -> Cell.text(words.dateTime(e.at())))
			.nowrap()
			.column(words.get("loginJournal.column.kind"),
					(e) -> Cell.badge(words.get(e.kind().messageKey()), badge(e.kind())))
			.nowrap()
			.column(words.get("loginJournal.column.username"), (e) -> Cell.text(e.username()))
			.column(words.get("loginJournal.column.address"), (e) -> Cell.text(e.remoteAddress()))
			.column(words.get("loginJournal.column.agent"), (e) -> Cell.text(e.browser()))
			.column(words.get("loginJournal.column.node"), (e) -> Cell.text(e.node()))
			.column(words.get("loginJournal.column.actor"), (e) -> Cell.text(e.actor()));
	}

	private static String badge(LoginEventKind kind) {
		return switch (kind) {
			case LOGIN_FAILED, LOGIN_LOCKED -> "text-bg-danger";
			case SESSION_ENDED, SINGLE_LOGOUT -> "text-bg-warning";
			case LOGIN -> "text-bg-success";
			case LOGOUT -> "text-bg-secondary";
		};
	}

	private static List<ListFilter> filters(ListQuery query, Words words) {
		return List.of(ListFilter.search(query, words.get("loginJournal.search"), words.get("loginJournal.searchHint")),
				ListFilter.choice(query, KIND, words.get("loginJournal.column.kind"),
						Arrays.stream(LoginEventKind.values())
							.map((k) -> new ListFilter.Option(k.name(), words.get(k.messageKey())))
							.toList()));
	}

}
