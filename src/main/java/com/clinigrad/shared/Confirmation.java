package com.clinigrad.shared;

/**
 * The one check behind an irreversible action's confirmation: the form carries a required
 * checkbox naming what cannot be undone, and the server refuses the action without it, so
 * that a form sent some other way cannot skip it. The refusal goes back to the form like
 * any other (the web layer's error handling). An action whose caller may lack the scope
 * of the record checks the confirmation in its service, after the scope, so that a caller
 * of the wrong scope is refused as such whether or not the box was ticked.
 */
public final class Confirmation {

	private Confirmation() {
	}

	/**
	 * @param confirmed whether the form's confirmation was ticked
	 * @param messageKey what to tick, in words
	 * @throws BusinessRuleException when it was not
	 */
	public static void require(boolean confirmed, String messageKey, Object... arguments) {
		if (!confirmed) {
			throw new BusinessRuleException(messageKey, arguments);
		}
	}

}
