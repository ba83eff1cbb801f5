package com.clinigrad.accounts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password authentication that counts each attempt with {@link LoginThrottle} before the
 * password is checked and stops answering for an account name once it is locked, for both
 * the login form and HTTP Basic. Identical credentials arriving while the same ones are
 * being checked (a script sending parallel requests) wait for that one check instead of
 * counting as further attempts: a burst of different guesses is limited, a burst of the
 * right password is not.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final Map<String, CompletableFuture<Authentication>> inFlight = new ConcurrentHashMap<>();

	private final SecretKeySpec fingerprintKey;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.fingerprintKey = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String key = fingerprint(username, String.valueOf(authentication.getCredentials()));
		CompletableFuture<Authentication> mine = new CompletableFuture<>();
		CompletableFuture<Authentication> running = this.inFlight.putIfAbsent(key, mine);
		if (running != null) {
			return sameAs(running);
		}
		try {
			Authentication result = check(authentication, username);
			mine.complete(result);
			return result;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.remove(key, mine);
		}
	}

	private Authentication check(Authentication authentication, String username) {
		if (!this.throttle.tryAttempt(username)) {
			throw new LockedException("Too many failed logins");
		}
		Authentication result = this.delegate.authenticate(authentication);
		this.throttle.succeeded(username);
		return result;
	}

	/**
	 * The outcome of the check already running for the same credentials, as a token of
	 * this request's own.
	 */
	private static Authentication sameAs(CompletableFuture<Authentication> running) {
		try {
			Authentication result = running.join();
			return UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(), null,
					result.getAuthorities());
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * Keys the running checks without keeping the password: a keyed hash with a secret
	 * that lives only in this process.
	 */
	private String fingerprint(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.fingerprintKey);
			mac.update(((username != null) ? username.trim().toLowerCase(Locale.ROOT) : "")
				.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
