/**
 * Reminders before deadlines (截止提醒), as the modules that own the deadlines answer them:
 * each module says which of its things fall due in a window of days and who must hear of
 * them; the notifications module applies the graduate school's rules and tells them.
 */
package com.clinigrad.shared.reminders;
