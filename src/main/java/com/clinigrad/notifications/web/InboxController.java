package com.clinigrad.notifications.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.notifications.NotificationKind;
import com.clinigrad.notifications.NotificationKind.Channel;
import com.clinigrad.notifications.Notifications;
import com.clinigrad.notifications.Notifications.Entry;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own inbox: their notifications, newest first, filtered by kind and read or
 * unread (all in the URL), each opened (and so marked read) or marked read, all at once;
 * and how they hear of each kind.
 */
@Controller
class InboxController {

	private static final String KIND = "kind";

	private static final String STATE = "state";

	private static final String CREATED = "created";

	/** The settings' choice "as is usual for my role": no choice of one's own. */
	static final String ROLE_DEFAULT = "ROLE_DEFAULT";

	/** The list's filters and sort column. */
	static final ListQuery.Definition LIST = ListQuery.define(KIND, STATE).sortable(CREATED).descendingByDefault();

	/** The export's most rows. */
	private static final int EXPORT_MAX = 10_000;

	private final Notifications notifications;

	private final MessageSource messages;

	InboxController(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping("/inbox")
	String inbox(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		Page<Entry> page = page(query, query.pageable(), locale);
		model.addAttribute("list", table(words).view(page, query));
		model.addAttribute("filters", filters(query, words));
		return "notifications/inbox";
	}

	@GetMapping(path = "/inbox", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("inbox.title"), table(words),
				page(query, PageRequest.of(0, EXPORT_MAX), locale).getContent(), words);
	}

	/**
	 * Opens a notification: marks it read and goes to the thing it is about.
	 */
	@GetMapping("/inbox/{id}")
	String open(@PathVariable long id) {
		String link = this.notifications.markRead(id);
		return "redirect:" + ((link != null && link.startsWith("/")) ? link : "/inbox");
	}

	@PostMapping("/inbox/{id}/read")
	String read(@PathVariable long id) {
		this.notifications.markRead(id);
		return "redirect:/inbox";
	}

	@PostMapping("/inbox/read-all")
	String readAll(RedirectAttributes redirect) {
		Flash.success(redirect, "inbox.allRead", String.valueOf(this.notifications.markAllRead()));
		return "redirect:/inbox";
	}

	@GetMapping("/inbox/settings")
	String settings(Model model) {
		model.addAttribute("settings", this.notifications.settings());
		model.addAttribute("roleDefaults", this.notifications.roleDefaults());
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("channels", Channel.values());
		return "notifications/settings";
	}

	@PostMapping("/inbox/settings")
	String saveSettings(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
		List<NotificationKind> byRole = new ArrayList<>();
		for (NotificationKind kind : NotificationKind.values()) {
			String value = params.get("channel_" + kind.name());
			if (ROLE_DEFAULT.equals(value)) {
				byRole.add(kind);
			}
			Arrays.stream(Channel.values())
				.filter((channel) -> channel.name().equals(value))
				.findFirst()
				.ifPresent((channel) -> channels.put(kind, channel));
		}
		this.notifications.save(new Notifications.Settings(params.get("email"), params.get("language"), channels));
		this.notifications.useRoleDefaults(byRole);
		Flash.success(redirect, "inbox.settings.saved");
		return "redirect:/inbox/settings";
	}

	private Page<Entry> page(ListQuery query, Pageable pageable, Locale locale) {
		NotificationKind kind = query.choice(KIND, NotificationKind.class);
		ReadState state = query.choice(STATE, ReadState.class);
		Boolean unread = (state == null) ? null : (state == ReadState.UNREAD);
		return this.notifications.inbox(kind, unread, query.search(), !query.descending(), pageable, locale);
	}

	/**
	 * The inbox's columns, for the page and the export alike.
	 */
	private static ListTable<Entry> table(Words words) {
		return new ListTable<Entry>()
			.column(words.get("inbox.column.title"),
					(e) -> (e.unread()
							? Cell.link(e.title(), "/inbox/" + e.id())
								.andBadge(words.get("inbox.unread"), "text-bg-primary")
							: Cell.link(e.title(), "/inbox/" + e.id()))
						.andSecondary(e.body()))
			.column(words.get("inbox.column.kind"), (e) -> Cell.text(words.get(e.kind().messageKey())))
			.nowrap()
			.column(words.get("inbox.column.created"), CREATED, (e) -> Cell.text(words.date(e.createdAt())))
			.nowrap()
			.column(words.get("inbox.column.read"), (e) -> Cell.text(words.date(e.readAt())))
			.nowrap()
			.rowData((e) -> Map.of("notification", String.valueOf(e.id()), "unread", String.valueOf(e.unread())));
	}

	private static List<ListFilter> filters(ListQuery query, Words words) {
		return List.of(ListFilter.search(query, words.get("inbox.search"), words.get("inbox.searchHint")),
				ListFilter.choice(query, KIND, words.get("inbox.column.kind"),
						Arrays.stream(NotificationKind.values())
							.map((k) -> new ListFilter.Option(k.name(), words.get(k.messageKey())))
							.toList()),
				ListFilter.choice(query, STATE, words.get("inbox.state"),
						Arrays.stream(ReadState.values())
							.map((s) -> new ListFilter.Option(s.name(), words.get("inbox.state." + s.name())))
							.toList()));
	}

	/**
	 * The read filter's choices.
	 */
	enum ReadState {

		UNREAD, READ

	}

}
