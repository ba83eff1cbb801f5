package com.clinigrad.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notification tests' view of the embedded SMTP server: a person gives an address and
 * a language on their settings page, and the mails that reached an address.
 */
public final class Mailbox {

	private Mailbox() {
	}

	/**
	 * Saves {@code <username>@example.org} and the language on the person's settings
	 * page.
	 * @return the address
	 */
	public static String register(MockMvc mvc, UserDetails who, String language) throws Exception {
		String email = who.getUsername() + "@example.org";
		mvc.perform(
				post("/inbox/settings").with(user(who)).with(csrf()).param("email", email).param("language", language))
			.andExpect(status().is3xxRedirection());
		return email;
	}

	/**
	 * @return the mails the server received for the address so far
	 */
	public static List<MimeMessage> received(GreenMail server, String recipient) throws Exception {
		List<MimeMessage> mails = new ArrayList<>();
		for (MimeMessage message : server.getReceivedMessages()) {
			for (var address : message.getRecipients(Message.RecipientType.TO)) {
				if (address.toString().equalsIgnoreCase(recipient)) {
					mails.add(message);
				}
			}
		}
		return mails;
	}

	/**
	 * @return the one mail the address received (waiting up to 10 s for it)
	 */
	public static MimeMessage single(GreenMail server, String recipient) throws Exception {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !received(server, recipient).isEmpty());
		List<MimeMessage> mails = received(server, recipient);
		assertThat(mails).as(recipient).hasSize(1);
		return mails.get(0);
	}

}
