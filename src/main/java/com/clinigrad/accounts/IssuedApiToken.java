package com.clinigrad.accounts;

import java.io.Serializable;

/**
 * A token just created, with its secret: the only time the secret exists outside its
 * holder's hands (only its hash is kept).
 *
 * @param secret what the holder sends as {@code Authorization: Bearer <secret>}
 */
public record IssuedApiToken(ApiTokenView token, String secret) implements Serializable {

	@Override
	public String toString() {
		return "IssuedApiToken[" + this.token.name() + "]";
	}

}
