// Page behaviour without inline scripts, so that the Content-Security-Policy can refuse them.
// data-autosubmit: a filter field sends its form when it changes.
// data-history-back: a link that goes back one page.
document.addEventListener('change', function (event) {
	var field = event.target;
	if (field.matches && field.matches('[data-autosubmit]') && field.form) {
		field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
	}
});
document.addEventListener('click', function (event) {
	var link = event.target.closest ? event.target.closest('[data-history-back]') : null;
	if (link && window.history.length > 1) {
		event.preventDefault();
		window.history.back();
	}
});
