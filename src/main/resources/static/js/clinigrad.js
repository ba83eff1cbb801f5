// Page behaviour without inline scripts, so that the Content-Security-Policy can refuse them.
// data-autosubmit: a filter field sends its form when it changes.
// data-history-back: a link that goes back one page.
// data-narrows: a choice that narrows another one (the element of that id) to its option groups whose
// data-narrow-key is the chosen value; a choice of a group no longer offered is cleared.
document.addEventListener('change', function (event) {
	var field = event.target;
	if (field.matches && field.matches('[data-autosubmit]') && field.form) {
		field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
	}
	if (field.matches && field.matches('[data-narrows]')) {
		narrowChoices(field);
	}
});
function narrowChoices(select) {
	var target = document.getElementById(select.getAttribute('data-narrows'));
	if (!target) {
		return;
	}
	target.querySelectorAll('optgroup[data-narrow-key]').forEach(function (group) {
		var offered = group.getAttribute('data-narrow-key') === select.value;
		group.hidden = !offered;
		group.disabled = !offered;
	});
	var chosen = target.options[target.selectedIndex];
	if (chosen && chosen.parentNode.disabled) {
		target.value = '';
	}
}
document.addEventListener('DOMContentLoaded', function () {
	document.querySelectorAll('[data-narrows]').forEach(narrowChoices);
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
