// The grade grid (courses/grades.html), without inline scripts so that the
// Content-Security-Policy can refuse them:
// - pasting a column (or a block) copied from Excel fills the cells downwards from the
//   focused one; a block whose first column holds the class's student numbers fills each
//   student's cell from the row's last column, whatever the order;
// - each cell is checked by the one score rule the server applies (0–100, at most one
//   decimal, never rounded) and an invalid one is marked with the reason;
// - Enter moves down (Shift+Enter up), the arrow keys move between score cells;
// - the toolbar counts the filled, empty and invalid cells, the footer says when there
//   are unsaved changes (and then the sheet cannot be submitted before saving).
// The messages come from the page (data-msg-* on the table), in the page's language.
(function () {
	'use strict';

	var table = document.getElementById('grade-table');
	if (!table || table.getAttribute('data-editable') !== 'true') {
		return;
	}
	var passFail = table.getAttribute('data-grading') === 'PASS_FAIL';
	var cells = Array.prototype.slice.call(table.querySelectorAll('.cg-cell'));
	var form = document.getElementById('grade-sheet');
	var notice = document.getElementById('grid-notice');
	var unsaved = document.getElementById('grid-unsaved');
	var submitLink = document.getElementById('submit-grades');
	var submitDirty = document.getElementById('submit-dirty');
	var submitWaits = document.getElementById('submit-waits');
	var submitting = false;
	var SCORE = /^[+-]?(\d+)(?:\.(\d+))?$/;

	function message(name, argument) {
		var text = table.getAttribute('data-msg-' + name) || '';
		return (argument === undefined) ? text : text.replace('{0}', String(argument));
	}

	/** The server's rule (Scores.check): range first, then the decimals. */
	function scoreProblem(text) {
		var match = SCORE.exec(text);
		if (!match) {
			return message('not-number');
		}
		var value = parseFloat(text);
		if (value < 0 || value > 100) {
			return message('range');
		}
		if ((match[2] || '').replace(/0+$/, '').length > 1) {
			return message('decimals');
		}
		return null;
	}

	function studentOf(cell) {
		return cell.closest('tr').getAttribute('data-student');
	}

	function recorded(cell) {
		return cell.getAttribute('data-recorded') || '';
	}

	function problemOf(cell) {
		var value = cell.value.trim();
		if (cell.getAttribute('data-pasted-invalid')) {
			return '“' + cell.getAttribute('data-pasted-invalid') + '” ' + message('pass-fail');
		}
		if (value === '') {
			return recorded(cell) ? message('blanked') : null;
		}
		return passFail ? null : scoreProblem(value);
	}

	function mark(cell, problem) {
		var td = cell.closest('td');
		cell.classList.toggle('is-invalid', !!problem);
		td.classList.toggle('cg-invalid', !!problem);
		td.querySelector('.cg-cell-error').textContent = problem || '';
		var failing = false;
		if (!problem && !passFail && cell.value.trim() !== '') {
			failing = parseFloat(cell.value) < parseFloat(cell.getAttribute('data-pass-mark'));
		}
		else if (!problem && passFail) {
			failing = cell.value === 'FAIL';
		}
		cell.classList.toggle('cg-failing', failing);
		cell.classList.toggle('cg-changed', cell.value.trim() !== recorded(cell));
	}

	function check(cell, keepServerError) {
		var problem = problemOf(cell);
		if (!problem && keepServerError && cell.classList.contains('is-invalid')) {
			return;
		}
		mark(cell, problem);
	}

	function update() {
		var filled = 0;
		var empty = 0;
		var invalid = 0;
		var failing = 0;
		var dirty = false;
		cells.forEach(function (cell) {
			if (cell.classList.contains('is-invalid')) {
				invalid++;
			}
			else if (cell.value.trim() === '') {
				empty++;
			}
			else {
				filled++;
			}
			if (cell.classList.contains('cg-failing')) {
				failing++;
			}
			if (cell.value.trim() !== recorded(cell)) {
				dirty = true;
			}
		});
		document.getElementById('count-filled').textContent = filled;
		document.getElementById('count-empty').textContent = empty;
		document.getElementById('count-invalid').textContent = invalid;
		document.getElementById('count-failing').textContent = failing;
		document.getElementById('grid-counts').classList.toggle('cg-has-invalid', invalid > 0);
		unsaved.hidden = !dirty;
		if (submitLink) {
			submitLink.classList.toggle('disabled', dirty);
			submitLink.setAttribute('aria-disabled', dirty ? 'true' : 'false');
		}
		if (submitLink || submitWaits) {
			// what the server counted holds for the saved grades only
			submitDirty.hidden = !dirty;
			if (submitWaits) {
				submitWaits.hidden = dirty;
			}
		}
		table.setAttribute('data-dirty', dirty ? 'true' : 'false');
	}

	function say(texts) {
		notice.textContent = texts.filter(function (text) {
			return text;
		}).join(' ');
	}

	/** A pass/fail cell takes the option's value or its words, in any case. */
	function choose(select, text) {
		var wanted = text.trim().toLowerCase();
		select.removeAttribute('data-pasted-invalid');
		if (wanted === '') {
			select.value = '';
			return;
		}
		for (var i = 0; i < select.options.length; i++) {
			var option = select.options[i];
			if (option.value !== '' && (option.value.toLowerCase() === wanted
					|| option.textContent.trim().toLowerCase() === wanted)) {
				select.value = option.value;
				return;
			}
		}
		select.setAttribute('data-pasted-invalid', text.trim());
	}

	function fill(cell, text) {
		if (passFail) {
			choose(cell, text);
		}
		else {
			// as typed: never rounded, an invalid value stays visible and marked
			cell.value = text.trim();
		}
		check(cell, false);
	}

	/** Excel puts a tab between cells and a line break after each row. */
	function parse(text) {
		var lines = text.replace(/\r\n?/g, '\n').split('\n');
		while (lines.length > 0 && lines[lines.length - 1].trim() === '') {
			lines.pop();
		}
		return lines.map(function (line) {
			return line.split('\t');
		});
	}

	function byStudentNo(rows) {
		if (rows.every(function (row) {
			return row.length < 2;
		})) {
			return null;
		}
		var index = {};
		cells.forEach(function (cell) {
			index[studentOf(cell)] = cell;
		});
		var matched = rows.filter(function (row) {
			return index.hasOwnProperty(row[0].trim());
		});
		return (matched.length > 0) ? index : null;
	}

	table.addEventListener('paste', function (event) {
		var start = event.target.closest ? event.target.closest('.cg-cell') : null;
		var clipboard = event.clipboardData || window.clipboardData;
		if (!start || !clipboard) {
			return;
		}
		var rows = parse(clipboard.getData('text/plain') || clipboard.getData('text') || '');
		if (rows.length === 0) {
			return;
		}
		event.preventDefault();
		var index = byStudentNo(rows);
		var filled = 0;
		if (index) {
			var unknown = 0;
			rows.forEach(function (row) {
				var cell = index[row[0].trim()];
				if (cell) {
					fill(cell, row[row.length - 1]);
					filled++;
				}
				else {
					unknown++;
				}
			});
			say([message('by-student-no', filled), unknown ? message('unknown-students', unknown) : '']);
		}
		else {
			var from = cells.indexOf(start);
			var overflow = 0;
			rows.forEach(function (row, i) {
				var cell = cells[from + i];
				if (cell) {
					fill(cell, row[0]);
					filled++;
				}
				else {
					overflow++;
				}
			});
			var wide = rows.some(function (row) {
				return row.length > 1;
			});
			say([overflow ? message('overflow', overflow) : '', wide ? message('extra-columns') : '']);
		}
		update();
	});

	table.addEventListener('input', function (event) {
		if (event.target.classList && event.target.classList.contains('cg-cell')) {
			check(event.target, false);
			update();
		}
	});

	table.addEventListener('change', function (event) {
		if (event.target.classList && event.target.classList.contains('cg-cell')) {
			event.target.removeAttribute('data-pasted-invalid');
			check(event.target, false);
			update();
		}
	});

	function move(cell, step) {
		var next = cells[cells.indexOf(cell) + step];
		if (next) {
			next.focus();
			if (next.select) {
				next.select();
			}
		}
	}

	table.addEventListener('keydown', function (event) {
		var cell = event.target;
		if (!cell.classList || !cell.classList.contains('cg-cell')) {
			return;
		}
		if (event.key === 'Enter') {
			// Enter moves down as in a spreadsheet instead of sending the form
			event.preventDefault();
			move(cell, event.shiftKey ? -1 : 1);
		}
		else if (!passFail && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
			event.preventDefault();
			move(cell, (event.key === 'ArrowDown') ? 1 : -1);
		}
	});

	if (submitLink) {
		submitLink.addEventListener('click', function (event) {
			if (submitLink.classList.contains('disabled')) {
				event.preventDefault();
			}
		});
	}

	form.addEventListener('submit', function (event) {
		// a pasted word that is no result leaves its select blank: the server would see
		// an ungraded student, not the mistake, so the grid is not sent until it is chosen
		var unchosen = table.querySelector('[data-pasted-invalid]');
		if (unchosen) {
			event.preventDefault();
			unchosen.focus();
			return;
		}
		submitting = true;
	});

	window.addEventListener('beforeunload', function (event) {
		if (!submitting && table.getAttribute('data-dirty') === 'true') {
			event.preventDefault();
			event.returnValue = '';
		}
	});

	cells.forEach(function (cell) {
		check(cell, true);
	});
	update();
}());
