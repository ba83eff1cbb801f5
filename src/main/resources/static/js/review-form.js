// The blind-review form: a running total of the five scores, the length of the comments
// against its 20-character minimum, a hint when a total under 60 is given a verdict other
// than "disagree", and one confirmation before submitting, because a submitted review
// cannot be changed by the expert. The server checks the same rules again.
(function () {
	var form = document.getElementById('review-form');
	if (!form) {
		return;
	}
	var scores = form.querySelectorAll('input.score');
	var comments = document.getElementById('comments');
	var totalField = document.getElementById('review-total');
	var hint = document.getElementById('review-total-hint');
	var counter = document.getElementById('comments-count');
	var dialog = document.getElementById('confirm-review');
	var confirmed = false;

	function format(template, values) {
		return template.replace(/\{(\d+)\}/g, function (match, index) {
			return values[parseInt(index, 10)];
		});
	}

	function total() {
		var sum = 0;
		var complete = true;
		scores.forEach(function (input) {
			var value = parseFloat(input.value);
			if (isNaN(value)) {
				complete = false;
			}
			else {
				sum += value;
			}
		});
		return { sum: Math.round(sum * 10) / 10, complete: complete };
	}

	function verdict() {
		return form.querySelector('input[name=verdict]:checked');
	}

	function update() {
		var t = total();
		totalField.textContent = format(form.dataset.textTotal, [t.sum]);
		var chosen = verdict();
		var low = t.complete && t.sum < 60 && chosen && chosen.dataset.disagrees !== 'true';
		hint.textContent = low ? form.dataset.textLow : '';
		hint.className = 'small ' + (low ? 'text-danger' : '');
		var length = comments.value.trim().length;
		counter.textContent = format(form.dataset.textCount, [length]);
		counter.className = length < 20 ? 'text-danger' : 'text-success';
	}

	form.addEventListener('input', update);
	form.addEventListener('change', update);

	form.addEventListener('submit', function (event) {
		if (confirmed || !dialog || !window.bootstrap) {
			return;
		}
		event.preventDefault();
		var chosen = verdict();
		var label = chosen ? form.querySelector('label[for="' + chosen.id + '"]').textContent : '';
		document.getElementById('confirm-review-summary').textContent = format(form.dataset.textSummary, [total().sum, label]);
		window.bootstrap.Modal.getOrCreateInstance(dialog).show();
	});

	document.getElementById('confirm-review-submit').addEventListener('click', function () {
		confirmed = true;
		window.bootstrap.Modal.getOrCreateInstance(dialog).hide();
		if (form.requestSubmit) {
			form.requestSubmit();
		}
		else {
			form.submit();
		}
	});

	update();
})();
