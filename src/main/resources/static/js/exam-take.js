// The candidate's exam page (exams/take.html), without inline scripts:
// - every change of an answer is sent to the server at once (typing: after a pause and
//   when leaving the field); a save that fails is tried again every few seconds, so a
//   lost connection loses nothing once it is back, and a reload shows what was saved;
// - the countdown runs from the seconds the server gave; at zero the page sends what is
//   still waiting and submits itself (the server ends the attempt at its deadline anyway).
// The messages come from the page (data-msg-* on #exam-paper), in the page's language.
(function () {
	'use strict';

	var paper = document.getElementById('exam-paper');
	if (!paper) {
		return;
	}
	var problem = document.getElementById('save-problem');
	var countdown = document.getElementById('countdown');
	var timeoutForm = document.getElementById('timeout-form');
	var waiting = new Map();
	var timers = new Map();
	var inFlight = 0;
	var finished = false;

	function stateOf(form) {
		var box = form.closest('.cg-exam-item') || form.closest('.cg-exam-question');
		return box ? box.querySelector('.cg-save-state') : null;
	}

	function show(form, key) {
		var state = stateOf(form);
		if (state) {
			state.textContent = paper.getAttribute('data-msg-' + key) || '';
			state.setAttribute('data-state', key);
		}
	}

	function send(form) {
		waiting.delete(form);
		inFlight++;
		show(form, 'saving');
		return fetch(form.action, {
			method: 'POST',
			body: new FormData(form),
			credentials: 'same-origin',
			headers: { 'HX-Request': 'true' }
		}).then(function (response) {
			inFlight--;
			if (response.ok) {
				show(form, 'saved');
				problem.classList.add('d-none');
				return;
			}
			show(form, 'failed');
			return response.text().then(function (html) {
				var doc = new DOMParser().parseFromString(html, 'text/html');
				var message = doc.querySelector('p.lead');
				problem.textContent = message ? message.textContent.trim() : paper.getAttribute('data-msg-failed');
				problem.classList.remove('d-none');
			});
		}, function () {
			inFlight--;
			show(form, 'failed');
			waiting.set(form, true);
		});
	}

	paper.querySelectorAll('form.cg-answer').forEach(function (form) {
		form.addEventListener('change', function () {
			send(form);
		});
		form.addEventListener('input', function (event) {
			if (event.target.tagName !== 'TEXTAREA') {
				return;
			}
			clearTimeout(timers.get(form));
			timers.set(form, setTimeout(function () {
				send(form);
			}, 800));
		});
		form.addEventListener('submit', function (event) {
			event.preventDefault();
		});
	});

	setInterval(function () {
		waiting.forEach(function (unused, form) {
			send(form);
		});
	}, 3000);

	function flushThenSubmit() {
		if (finished) {
			return;
		}
		finished = true;
		var pending = [];
		paper.querySelectorAll('form.cg-answer').forEach(function (form) {
			if (timers.has(form) || waiting.has(form)) {
				clearTimeout(timers.get(form));
				pending.push(send(form));
			}
		});
		Promise.all(pending).then(function () {
			timeoutForm.submit();
		});
	}

	var left = parseInt(paper.getAttribute('data-seconds-left'), 10) || 0;
	var endsAt = Date.now() + left * 1000;

	function tick() {
		var seconds = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
		var minutes = Math.floor(seconds / 60);
		var rest = seconds % 60;
		countdown.textContent = minutes + ':' + (rest < 10 ? '0' : '') + rest;
		if (seconds <= 60) {
			countdown.classList.add('text-danger');
		}
		if (seconds === 0) {
			flushThenSubmit();
		}
	}

	tick();
	setInterval(tick, 1000);
}());
