// The degree committee meeting's vote table: while the secretary types, each row shows its
// ballots and the decision they make (more than half of ALL members in favour awards), and
// the bar above checks the quorum (two thirds of all members present), how many rows are
// entered and which rows hold more ballots than members present. The server checks the
// same rules again; this only shows them early.
(function () {
	var bar = document.getElementById('meeting-check');
	var table = document.getElementById('votes-table');
	var presentField = document.getElementById('membersPresent');
	if (!bar || !table || !presentField) {
		return;
	}
	var total = parseInt(bar.dataset.total, 10);
	var quorum = parseInt(bar.dataset.quorum, 10);
	var awardVotes = parseInt(bar.dataset.awardVotes, 10);

	function format(template, values) {
		return template.replace(/\{(\d+)\}/g, function (match, index) {
			return values[parseInt(index, 10)];
		});
	}

	function count(input) {
		var value = input.value.trim();
		return value === '' ? null : parseInt(value, 10);
	}

	function show(element, icon, tone, text) {
		element.textContent = '';
		var i = document.createElement('i');
		i.className = 'bi ' + icon + ' ' + tone;
		var span = document.createElement('span');
		span.className = tone;
		span.textContent = text;
		element.appendChild(i);
		element.appendChild(span);
	}

	function badge(cell, tone, text) {
		cell.textContent = '';
		var span = document.createElement('span');
		span.className = tone;
		span.textContent = text;
		cell.appendChild(span);
	}

	function update() {
		var present = count(presentField);
		var quorumCheck = document.getElementById('check-quorum');
		if (present === null || isNaN(present)) {
			show(quorumCheck, 'bi-people', 'text-warning', bar.dataset.textPresentMissing);
		}
		else if (present >= quorum && present <= total) {
			show(quorumCheck, 'bi-check-circle-fill', 'text-success', format(bar.dataset.textQuorumOk, [present, quorum, total]));
		}
		else {
			show(quorumCheck, 'bi-x-circle-fill', 'text-danger', format(bar.dataset.textQuorumShort, [present, quorum, total]));
		}
		var rows = table.querySelectorAll('tr.cg-vote-row');
		var entered = 0;
		var problems = 0;
		rows.forEach(function (row) {
			var values = [row.querySelector('.cg-for'), row.querySelector('.cg-against'), row.querySelector('.cg-abstain')].map(count);
			var ballotsCell = row.querySelector('.cg-ballots');
			var decisionCell = row.querySelector('.cg-decision');
			row.classList.remove('cg-problem');
			if (values.every(function (v) { return v === null; })) {
				ballotsCell.textContent = '';
				badge(decisionCell, 'text-muted small', bar.dataset.textPending);
				return;
			}
			entered++;
			var votes = values.map(function (v) { return (v === null || isNaN(v)) ? 0 : v; });
			var ballots = votes[0] + votes[1] + votes[2];
			ballotsCell.textContent = ballots;
			if (present !== null && !isNaN(present) && ballots > present) {
				problems++;
				row.classList.add('cg-problem');
				badge(decisionCell, 'text-danger small fw-semibold', format(bar.dataset.textTooMany, [ballots, present]));
				return;
			}
			var awards = votes[0] >= awardVotes;
			badge(decisionCell, 'badge ' + (awards ? 'text-bg-success' : 'text-bg-danger'),
				awards ? bar.dataset.textAward : bar.dataset.textNotAward);
		});
		show(document.getElementById('check-progress'), 'bi-list-check', entered === rows.length ? 'text-success' : 'text-body',
			format(bar.dataset.textProgress, [entered, rows.length]));
		var problemCheck = document.getElementById('check-problems');
		if (problems > 0) {
			show(problemCheck, 'bi-exclamation-triangle-fill', 'text-danger', format(bar.dataset.textProblems, [problems]));
		}
		else if (present === null || isNaN(present) || entered === 0) {
			// nothing to check yet: neither a pass nor a problem
			show(problemCheck, 'bi-dash-circle', 'text-muted', bar.dataset.textProblemsPending);
		}
		else {
			show(problemCheck, 'bi-check-circle', 'text-success', bar.dataset.textNoProblems);
		}
	}

	document.getElementById('votes-form').addEventListener('input', update);
	update();
})();
