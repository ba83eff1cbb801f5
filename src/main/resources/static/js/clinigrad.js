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
// data-copy-from: a button that copies the value of the field with that id (a token shown once).
document.addEventListener('click', function (event) {
	var button = event.target.closest ? event.target.closest('[data-copy-from]') : null;
	if (!button) {
		return;
	}
	var field = document.getElementById(button.getAttribute('data-copy-from'));
	if (!field) {
		return;
	}
	field.select();
	var done = function () {
		var label = button.querySelector('span');
		if (label && button.getAttribute('data-copied-text')) {
			label.textContent = button.getAttribute('data-copied-text');
		}
	};
	if (navigator.clipboard && window.isSecureContext) {
		navigator.clipboard.writeText(field.value).then(done, function () {
			document.execCommand('copy');
			done();
		});
	}
	else {
		document.execCommand('copy');
		done();
	}
});
