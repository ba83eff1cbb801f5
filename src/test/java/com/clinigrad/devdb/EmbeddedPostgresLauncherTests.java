package com.clinigrad.devdb;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dev database refuses to start on a port another server holds, instead of silently
 * using that server's data.
 */
class EmbeddedPostgresLauncherTests {

	@Test
	void aPortInUseIsRefusedNamingTheSettingToChange() throws Exception {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> EmbeddedPostgresLauncher.requireFree(port))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Port " + port)
				.hasMessageContaining("CLINIGRAD_DEV_DB_PORT");
		}
	}

	@Test
	void aFreePortOrAnyPortIsAccepted() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket()) {
			probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			port = probe.getLocalPort();
		}
		assertThatCode(() -> EmbeddedPostgresLauncher.requireFree(port)).doesNotThrowAnyException();
		assertThatCode(() -> EmbeddedPostgresLauncher.requireFree(0)).doesNotThrowAnyException();
	}

}
