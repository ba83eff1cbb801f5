package com.clinigrad.notifications;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the JVM (GreenMail) for the dev profile and the tests
 * ({@code clinigrad.mail.embedded.enabled=true}): the outbox's mails go to it, and the
 * dev page {@code /dev/mails} shows what it caught. Port 0 takes a free port.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@ConditionalOnProperty(name = "clinigrad.mail.embedded.enabled", havingValue = "true")
class EmbeddedMailServer {

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail(@Value("${clinigrad.mail.embedded.port:0}") int port) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		return new GreenMail((port == 0) ? setup.dynamicPort() : setup);
	}

	@Bean
	JavaMailSenderImpl mailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		return sender;
	}

	@Bean
	CaughtMails caughtMails(GreenMail greenMail) {
		return () -> {
			List<CaughtMails.Mail> mails = new ArrayList<>();
			for (MimeMessage message : greenMail.getReceivedMessages()) {
				try {
					List<String> to = new ArrayList<>();
					Address[] recipients = message.getAllRecipients();
					if (recipients != null) {
						for (Address address : recipients) {
							to.add(address.toString());
						}
					}
					Object content = message.getContent();
					mails.add(new CaughtMails.Mail(String.join(", ", to), message.getSubject(), String.valueOf(content),
							message.getSentDate()));
				}
				catch (MessagingException | java.io.IOException ex) {
					throw new IllegalStateException(ex);
				}
			}
			return mails;
		};
	}

}
