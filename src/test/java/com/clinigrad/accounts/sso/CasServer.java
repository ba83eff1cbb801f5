package com.clinigrad.accounts.sso;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A university's CAS server as far as CAS protocol 3.0 goes, on a free port:
 * {@code /login} sends the browser back to the service with a one-time service ticket for
 * the person logged in at the CAS server, {@code /p3/serviceValidate} answers the
 * protocol's XML (success with the user and the {@code staffNo} attribute, or
 * {@code INVALID_TICKET}), {@code /logout} ends the CAS session, sends every service the
 * person logged in to the protocol's back-channel {@code logoutRequest} (a SAML
 * {@code LogoutRequest} naming the service ticket) and returns to the service.
 */
final class CasServer implements AutoCloseable {

	private final HttpServer server;

	private final AtomicReference<String> loggedIn = new AtomicReference<>();

	private final Map<String, String> staffNumbers = new ConcurrentHashMap<>();

	/**
	 * Tickets not yet validated: ticket → the person and the service it was issued for.
	 */
	private final Map<String, String[]> tickets = new ConcurrentHashMap<>();

	final Map<String, Integer> validations = new ConcurrentHashMap<>();

	/**
	 * Tickets validated, by person: ticket → the service it logged in to (what a CAS
	 * server keeps under the ticket-granting ticket for the single logout).
	 */
	private final Map<String, Map<String, String>> loggedInServices = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private CasServer(HttpServer server) {
		this.server = server;
	}

	static CasServer start() throws IOException {
		CasServer cas = new CasServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
		cas.server.createContext("/cas/login", cas::login);
		cas.server.createContext("/cas/p3/serviceValidate", cas::serviceValidate);
		cas.server.createContext("/cas/logout", cas::logout);
		cas.server.start();
		return cas;
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/cas";
	}

	void addPerson(String username, String staffNo) {
		this.staffNumbers.put(username, staffNo);
	}

	/**
	 * The person the CAS server has logged in (its own login form is not Clinigrad's
	 * concern).
	 */
	void logIn(String username) {
		this.loggedIn.set(username);
	}

	String loggedIn() {
		return this.loggedIn.get();
	}

	private void login(HttpExchange exchange) throws IOException {
		String service = query(exchange).get("service");
		String person = this.loggedIn.get();
		if (service == null || person == null) {
			answer(exchange, 401, "text/plain", "not logged in at CAS");
			return;
		}
		String ticket = "ST-" + UUID.randomUUID();
		this.tickets.put(ticket, new String[] { person, service });
		exchange.getResponseHeaders()
			.add("Location", service + (service.contains("?") ? "&" : "?") + "ticket=" + ticket);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private void serviceValidate(HttpExchange exchange) throws IOException {
		Map<String, String> query = query(exchange);
		String ticket = query.get("ticket");
		this.validations.merge(String.valueOf(ticket), 1, Integer::sum);
		String[] issued = (ticket != null) ? this.tickets.remove(ticket) : null;
		String xml;
		if (issued == null || !issued[1].equals(query.get("service"))) {
			xml = """
					<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">
					  <cas:authenticationFailure code="INVALID_TICKET">Ticket %s not recognized</cas:authenticationFailure>
					</cas:serviceResponse>
					"""
				.formatted(ticket);
		}
		else {
			this.loggedInServices.computeIfAbsent(issued[0], (person) -> new ConcurrentHashMap<>())
				.put(ticket, issued[1]);
			xml = """
					<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">
					  <cas:authenticationSuccess>
					    <cas:user>%s</cas:user>
					    <cas:attributes>
					      <cas:staffNo>%s</cas:staffNo>
					      <cas:isFromNewLogin>true</cas:isFromNewLogin>
					    </cas:attributes>
					  </cas:authenticationSuccess>
					</cas:serviceResponse>
					""".formatted(issued[0], this.staffNumbers.getOrDefault(issued[0], ""));
		}
		answer(exchange, 200, "application/xml;charset=UTF-8", xml);
	}

	/**
	 * The tickets the person logged in to services with, since their last logout here.
	 */
	Map<String, String> ticketsOf(String person) {
		return Map.copyOf(this.loggedInServices.getOrDefault(person, Map.of()));
	}

	/**
	 * Sends the back-channel logout request for one ticket, as a CAS server does at the
	 * person's logout, to the given address (the service's own, or another node's behind
	 * the same name).
	 * @return the service's answer status
	 */
	int sendLogoutRequest(String ticket, String serviceUrl) throws IOException, InterruptedException {
		String message = """
				<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" \
				xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="LR-%s" Version="2.0" IssueInstant="%s">\
				<saml:NameID>@NOT_USED@</saml:NameID><samlp:SessionIndex>%s</samlp:SessionIndex>\
				</samlp:LogoutRequest>""".formatted(UUID.randomUUID(), Instant.now(), ticket);
		HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("logoutRequest=" + URLEncoder.encode(message, StandardCharsets.UTF_8)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private void logout(HttpExchange exchange) throws IOException {
		String person = this.loggedIn.getAndSet(null);
		Map<String, String> services = (person != null) ? this.loggedInServices.remove(person) : null;
		if (services != null) {
			for (Map.Entry<String, String> service : services.entrySet()) {
				try {
					sendLogoutRequest(service.getKey(), service.getValue());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
		String service = query(exchange).get("service");
		exchange.getResponseHeaders().add("Location", service);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> query(HttpExchange exchange) {
		Map<String, String> values = new HashMap<>();
		String raw = URI.create(exchange.getRequestURI().toString()).getRawQuery();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return values;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
