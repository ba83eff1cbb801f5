package com.clinigrad.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.selection.ScoreCard.DerivedSuspension;
import com.clinigrad.selection.SupervisorRecord.Grant;
import com.clinigrad.selection.SupervisorRecord.Graduation;
import com.clinigrad.selection.SupervisorRecord.Lapse;
import com.clinigrad.selection.SupervisorRecord.Publication;
import com.clinigrad.selection.SupervisorRecord.Review;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.theses.ReviewVerdict;

/**
 * A university's scoring scheme for a year's enrollment selection, as stored: the
 * weighted criteria with their parameters, the scheme's own parameters
 * ({@code exemptionYears}, {@code minScore}, {@code satisfactionMin},
 * {@code suspendNoFunding}, {@code suspendFailedReview}) and the most places a person may
 * get per level. Pure: the day is passed in.
 *
 * <p>
 * Criterion parameters: {@code FUNDING full} (yuan running for the full share);
 * {@code PUBLICATIONS full, years}; {@code BLIND_REVIEW years, agree, revise, disagree}
 * (points out of 100 per verdict); {@code ON_TIME_GRADUATION years} (students due within
 * so many years); {@code SATISFACTION lag} (the survey year: the round's year minus lag);
 * {@code PROCESS_LAPSES deduct} (share lost per overdue check); and for every criterion
 * {@code none}, the share given when there is no data (default 0).
 */
public record SelectionScheme(long id, String university, int year, Map<String, String> params,
		List<WeightedCriterion> criteria, Map<DegreeLevel, Integer> caps, long version) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public SelectionScheme {
		params = Map.copyOf(params);
		criteria = List.copyOf(criteria);
		caps = Map.copyOf(caps);
	}

	/**
	 * Scores one supervisor on the selection day.
	 * @param roundYear the year of the selection (the satisfaction survey's year follows
	 * from it)
	 */
	public ScoreCard score(SupervisorRecord record, LocalDate asOf, int roundYear) {
		List<CriterionScore> scores = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (WeightedCriterion weighted : this.criteria) {
			Measure measure = measure(weighted.criterion(), weighted.params(), record, asOf);
			BigDecimal points = weighted.weight().multiply(measure.fraction()).setScale(2, RoundingMode.HALF_UP);
			total = total.add(points);
			scores.add(new CriterionScore(weighted.criterion(), weighted.weight(), measure.fraction(), points,
					measure.hasData(), measure.summary(), measure.evidence()));
		}
		LocalDate exemptUntil = exemptUntil(record.firstGrantedOn());
		List<DerivedSuspension> suspensions = exempt(exemptUntil, asOf) ? List.of() : suspensions(record, asOf);
		return new ScoreCard(record.supervisorId(), total, scores, suspensions, exemptUntil);
	}

	/**
	 * @return the day the two-year exemption (DOMAIN §8) ends for a supervisor first
	 * granted on this day, or {@code null} without a grant
	 */
	public LocalDate exemptUntil(LocalDate firstGrantedOn) {
		return (firstGrantedOn != null) ? firstGrantedOn.plusYears(integer("exemptionYears", 2)) : null;
	}

	/**
	 * @return whether performance conditions are exempt on this day
	 */
	public static boolean exempt(LocalDate exemptUntil, LocalDate asOf) {
		return exemptUntil != null && asOf.isBefore(exemptUntil);
	}

	/**
	 * @return the lowest score that still gets places (an exempt supervisor gets them
	 * whatever the score)
	 */
	public BigDecimal minScore() {
		return decimal(this.params, "minScore", BigDecimal.ZERO);
	}

	/**
	 * @return the survey year a round of this year reads
	 */
	public int surveyYear(int roundYear) {
		return this.criteria.stream()
			.filter((c) -> c.criterion() == Criterion.SATISFACTION)
			.findFirst()
			.map((c) -> roundYear - (int) decimal(c.params(), "lag", BigDecimal.ONE).longValue())
			.orElse(roundYear - 1);
	}

	public int cap(DegreeLevel level) {
		return this.caps.getOrDefault(level, 0);
	}

	public BigDecimal totalWeight() {
		return this.criteria.stream().map(WeightedCriterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private List<DerivedSuspension> suspensions(SupervisorRecord record, LocalDate asOf) {
		List<DerivedSuspension> suspensions = new ArrayList<>();
		if (bool("suspendNoFunding") && record.grants().stream().noneMatch((g) -> g.runningOn(asOf))) {
			suspensions.add(new DerivedSuspension(SuspensionReason.NO_FUNDING,
					List.of(Line.of("selection.evidence.noGrant", asOf))));
		}
		if (bool("suspendFailedReview")) {
			Map<String, String> reviewParams = paramsOf(Criterion.BLIND_REVIEW);
			LocalDate from = asOf.minusYears(integer(reviewParams, "years", 3));
			List<Line> failed = record.reviews()
				.stream()
				.filter((r) -> r.verdict() == ReviewVerdict.DISAGREE && within(r.submittedOn(), from, asOf))
				.map(SelectionScheme::reviewLine)
				.toList();
			if (!failed.isEmpty()) {
				suspensions.add(new DerivedSuspension(SuspensionReason.FAILED_BLIND_REVIEW, failed));
			}
		}
		BigDecimal satisfactionMin = decimal(this.params, "satisfactionMin", null);
		if (satisfactionMin != null && record.satisfaction() != null
				&& record.satisfaction().score().compareTo(satisfactionMin) < 0) {
			suspensions.add(new DerivedSuspension(SuspensionReason.LOW_SATISFACTION,
					List.of(Line.of("selection.evidence.lowSatisfaction", plain(record.satisfaction().score()),
							plain(satisfactionMin), record.satisfaction().roundName(),
							record.satisfaction().answers()))));
		}
		return suspensions;
	}

	private Map<String, String> paramsOf(Criterion criterion) {
		return this.criteria.stream()
			.filter((c) -> c.criterion() == criterion)
			.findFirst()
			.map(WeightedCriterion::params)
			.orElse(Map.of());
	}

	/**
	 * Measures one criterion: the share earned and what it came from.
	 */
	static Measure measure(Criterion criterion, Map<String, String> params, SupervisorRecord record, LocalDate asOf) {
		BigDecimal none = decimal(params, "none", BigDecimal.ZERO);
		return switch (criterion) {
			case FUNDING -> {
				BigDecimal full = decimal(params, "full", BigDecimal.ONE);
				List<Grant> running = record.grants().stream().filter((g) -> g.runningOn(asOf)).toList();
				BigDecimal sum = running.stream().map(Grant::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
				yield new Measure(share(sum, full), true, Line.of("selection.measure.FUNDING", money(sum), money(full)),
						running.stream()
							.map((g) -> Line.of("selection.evidence.grant", g.title(), money(g.amount()), g.startOn(),
									g.endOn()))
							.toList());
			}
			case PUBLICATIONS -> {
				int years = integer(params, "years", 5);
				BigDecimal full = decimal(params, "full", BigDecimal.ONE);
				LocalDate from = asOf.minusYears(years);
				List<Publication> counted = record.publications()
					.stream()
					.filter((p) -> within(p.publishedOn(), from, asOf))
					.toList();
				yield new Measure(share(BigDecimal.valueOf(counted.size()), full), true,
						Line.of("selection.measure.PUBLICATIONS", counted.size(), years, plain(full)),
						counted.stream()
							.map((p) -> Line.of("selection.evidence.publication", p.title(), p.journal(),
									Line.KEY + "achievement.indexing." + p.indexing(), p.publishedOn(), p.studentNo()))
							.toList());
			}
			case BLIND_REVIEW -> {
				int years = integer(params, "years", 3);
				LocalDate from = asOf.minusYears(years);
				List<Review> counted = record.reviews()
					.stream()
					.filter((r) -> within(r.submittedOn(), from, asOf))
					.toList();
				if (counted.isEmpty()) {
					yield new Measure(none, false, Line.of("selection.measure.BLIND_REVIEW.none", years, percent(none)),
							List.of());
				}
				BigDecimal sum = BigDecimal.ZERO;
				for (Review review : counted) {
					sum = sum.add(decimal(params, switch (review.verdict()) {
						case AGREE -> "agree";
						case AGREE_AFTER_REVISION -> "revise";
						case DISAGREE -> "disagree";
					}, BigDecimal.ZERO));
				}
				BigDecimal mean = sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
				yield new Measure(share(mean, HUNDRED), true,
						Line.of("selection.measure.BLIND_REVIEW", counted.size(), years, plain(mean)),
						counted.stream().map(SelectionScheme::reviewLine).toList());
			}
			case ON_TIME_GRADUATION -> {
				int years = integer(params, "years", 3);
				LocalDate from = asOf.minusYears(years);
				List<Graduation> due = record.graduations()
					.stream()
					.filter((g) -> within(g.dueOn(), from, asOf))
					.toList();
				if (due.isEmpty()) {
					yield new Measure(none, false,
							Line.of("selection.measure.ON_TIME_GRADUATION.none", years, percent(none)), List.of());
				}
				long onTime = due.stream().filter(Graduation::onTime).count();
				yield new Measure(share(BigDecimal.valueOf(onTime), BigDecimal.valueOf(due
					.size())), true, Line.of("selection.measure.ON_TIME_GRADUATION", onTime, due.size(), years), due
						.stream()
						.map((g) -> g.onTime()
								? Line.of("selection.evidence.onTime", g.studentNo(), g.dueOn(), g.graduatedOn())
								: (g.graduatedOn() != null)
										? Line.of("selection.evidence.late", g.studentNo(), g.dueOn(), g.graduatedOn())
										: Line.of("selection.evidence.notGraduated", g.studentNo(), g.dueOn()))
						.toList());
			}
			case SATISFACTION -> {
				if (record.satisfaction() == null) {
					yield new Measure(none, false, Line.of(record.surveys() ? "selection.measure.SATISFACTION.none"
							: "selection.measure.SATISFACTION.noSurvey", percent(none)), List.of());
				}
				BigDecimal score = record.satisfaction().score();
				yield new Measure(share(score, HUNDRED), true,
						Line.of("selection.measure.SATISFACTION", plain(score), record.satisfaction().answers()),
						List.of(Line.of("selection.evidence.survey", record.satisfaction().roundName(), plain(score),
								record.satisfaction().answers())));
			}
			case PROCESS_LAPSES -> {
				BigDecimal deduct = decimal(params, "deduct", BigDecimal.ZERO);
				List<Lapse> lapses = record.lapses();
				BigDecimal fraction = BigDecimal.ONE.subtract(deduct.multiply(BigDecimal.valueOf(lapses.size())))
					.max(BigDecimal.ZERO)
					.setScale(4, RoundingMode.HALF_UP);
				yield new Measure(fraction, true,
						Line.of("selection.measure.PROCESS_LAPSES", lapses.size(), percent(deduct)),
						lapses.stream()
							.map((l) -> Line.of("selection.evidence.lapse", l.studentNo(),
									Line.KEY + "rule." + l.ruleCode() + ".name", l.dueOn()))
							.toList());
			}
		};
	}

	private static Line reviewLine(Review review) {
		// the review's code stays out: the supervisor reads these lines, and blind review
		// is
		// anonymous both ways (the third argument is kept empty for the lines stored
		// before)
		return Line.of("selection.evidence.review", review.studentNo(), review.roundNo(), "",
				Line.KEY + review.verdict().messageKey(), review.submittedOn());
	}

	/**
	 * @return whether the day lies in {@code (from, to]}
	 */
	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return day != null && day.isAfter(from) && !day.isAfter(to);
	}

	private static BigDecimal share(BigDecimal value, BigDecimal full) {
		if (full.signum() <= 0) {
			return BigDecimal.ONE.setScale(4);
		}
		return value.divide(full, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE).max(BigDecimal.ZERO);
	}

	private boolean bool(String key) {
		return Boolean.parseBoolean(this.params.getOrDefault(key, "false").trim());
	}

	private int integer(String key, int fallback) {
		return integer(this.params, key, fallback);
	}

	private static int integer(Map<String, String> params, String key, int fallback) {
		BigDecimal value = decimal(params, key, null);
		return (value != null) ? value.intValue() : fallback;
	}

	static BigDecimal decimal(Map<String, String> params, String key, BigDecimal fallback) {
		String value = params.get(key);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleException("selection.error.parameter", key, value);
		}
	}

	static String money(BigDecimal amount) {
		return String.format(Locale.ROOT, "%,.0f", amount);
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	static String percent(BigDecimal fraction) {
		return plain(fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP));
	}

	/**
	 * Parameters are stored as {@code key=value;key=value}, as in the rule sets.
	 */
	public static Map<String, String> parse(String params) {
		Map<String, String> map = new LinkedHashMap<>();
		if (params == null || params.isBlank()) {
			return map;
		}
		for (String pair : params.split(";")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
			}
		}
		return map;
	}

	public static String format(Map<String, String> params) {
		return String.join(";", params.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).toList());
	}

	/**
	 * Checks that every parameter the scheme reads is a number where one is expected, so
	 * that a stored scheme can always be computed.
	 */
	public void validate() {
		for (String key : List.of("exemptionYears", "minScore", "satisfactionMin")) {
			decimal(this.params, key, null);
		}
		for (WeightedCriterion weighted : this.criteria) {
			if (weighted.weight() == null || weighted.weight().signum() < 0
					|| weighted.weight().compareTo(HUNDRED) > 0) {
				throw new BusinessRuleException("selection.error.weight");
			}
			for (Map.Entry<String, String> entry : weighted.params().entrySet()) {
				decimal(weighted.params(), entry.getKey(), null);
			}
		}
	}

	/**
	 * @return the weights by criterion, for pages
	 */
	public Map<Criterion, BigDecimal> weights() {
		Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
		this.criteria.forEach((c) -> weights.put(c.criterion(), c.weight()));
		return weights;
	}

	/**
	 * One criterion of the scheme with its weight (points at full share) and parameters.
	 */
	public record WeightedCriterion(Criterion criterion, BigDecimal weight, Map<String, String> params) {

		public WeightedCriterion {
			params = Map.copyOf(params);
		}

		public String paramsText() {
			return format(new java.util.TreeMap<>(this.params));
		}

	}

}
