package com.clinigrad.calendar.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.clinigrad.calendar.CalendarFeeds;
import com.clinigrad.calendar.FeedLanguage;
import com.clinigrad.calendar.PersonalCalendar;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Everyone's own calendar: the month view ({@code ?month=2026-12}, today's month by
 * default), the feed's secret address made, reset or stopped, and the feed itself, which
 * answers to its token alone (no login: a calendar program cannot log in).
 */
@Controller
class PersonalCalendarController {

	private final PersonalCalendar calendar;

	private final CalendarFeeds feeds;

	PersonalCalendarController(PersonalCalendar calendar, CalendarFeeds feeds) {
		this.calendar = calendar;
		this.feeds = feeds;
	}

	@GetMapping("/calendar")
	@PreAuthorize("isAuthenticated()")
	String month(@RequestParam(required = false) String month, Locale locale, Model model) {
		model.addAttribute("view", this.calendar.month(parse(month), locale));
		model.addAttribute("feed", this.feeds.status().orElse(null));
		model.addAttribute("languages", FeedLanguage.values());
		model.addAttribute("pageLanguage", FeedLanguage.of(locale));
		return "calendar/month";
	}

	@PostMapping("/calendar/feed")
	@PreAuthorize("isAuthenticated()")
	String reset(@RequestParam(required = false) FeedLanguage language, @RequestParam(required = false) String month,
			RedirectAttributes redirect) {
		String token = this.feeds.reset(language);
		redirect.addFlashAttribute("feedUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/calendar/feed/" + token + ".ics")
					.toUriString());
		Flash.success(redirect, "mycal.feed.made");
		return "redirect:/calendar?month=" + parse(month);
	}

	@PostMapping("/calendar/feed/stop")
	@PreAuthorize("isAuthenticated()")
	String stop(@RequestParam(required = false) String month, RedirectAttributes redirect) {
		this.feeds.stop();
		Flash.success(redirect, "mycal.feed.stopped");
		return "redirect:/calendar?month=" + parse(month);
	}

	@GetMapping("/calendar/feed/{token:[A-Za-z0-9_-]+}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		String body = this.feeds.feed(token, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex")
			.body(body);
	}

	/**
	 * @return the month asked for, or today's when none or no valid one is
	 */
	private static YearMonth parse(String month) {
		if (month != null) {
			try {
				YearMonth parsed = YearMonth.parse(month);
				if (parsed.getYear() >= 2000 && parsed.getYear() <= 2100) {
					return parsed;
				}
			}
			catch (DateTimeParseException ex) {
				// an address typed by hand: today's month instead
			}
		}
		return YearMonth.from(SchoolTime.today());
	}

}
