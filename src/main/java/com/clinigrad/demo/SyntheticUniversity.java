package com.clinigrad.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.clinigrad.students.StudentStatus;
import com.clinigrad.supervisors.TitleLevel;

/**
 * Generates a plausible clinical-medicine graduate school as rows of the exchange format
 * ({@code hospitals}, {@code departments}, {@code supervisors}, {@code students}): the
 * same seed and size always give the same university.
 */
public final class SyntheticUniversity {

	/** The demo university of {@code ./mvnw spring-boot:run}. */
	public static final Size DEMO = new Size(3, 60, 300);

	/** The benchmark university of the issues' performance targets. */
	public static final Size BENCHMARK = new Size(8, 1500, 10_000);

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
			"何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘",
			"于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪",
			"范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷",
			"侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "欧阳", "司马" };

	static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宇浩然子涵梓轩欣怡思远博文嘉怡晨曦雨桐一鸣佳琪俊杰雅婷诗涵天佑沐辰若曦";

	static final String[][] HOSPITALS = { { "华和医科大学附属第一医院", "First Affiliated Hospital of Huahe Medical University" },
			{ "华和医科大学附属第二医院", "Second Affiliated Hospital of Huahe Medical University" },
			{ "华和医科大学附属肿瘤医院", "Cancer Hospital of Huahe Medical University" },
			{ "华和医科大学附属儿童医院", "Children's Hospital of Huahe Medical University" },
			{ "华和医科大学附属第三医院", "Third Affiliated Hospital of Huahe Medical University" },
			{ "华和医科大学附属口腔与眼科医院", "Eye and Stomatology Hospital of Huahe Medical University" },
			{ "东江市人民医院（教学医院）", "Dongjiang People's Hospital (teaching hospital)" },
			{ "北城区中心医院（规培基地）", "Beicheng Central Hospital (residency training base)" } };

	/**
	 * Department code, name, third-level sub-specialty (empty outside one), typical beds.
	 */
	static final String[][] DEPARTMENTS = { { "CARD", "心血管内科", "心血管病", "60" }, { "HEMA", "血液内科", "血液病", "40" },
			{ "RESP", "呼吸与危重症医学科", "呼吸系病", "56" }, { "GAST", "消化内科", "消化系病", "48" },
			{ "ENDO", "内分泌科", "内分泌与代谢病", "36" }, { "NEPH", "肾内科", "肾病", "40" }, { "RHEU", "风湿免疫科", "风湿病", "28" },
			{ "INFE", "感染内科", "感染病", "32" }, { "GSUR", "普通外科", "普通外科", "80" }, { "ORTH", "骨科", "骨外科", "72" },
			{ "CTSU", "胸心外科", "胸心外科", "44" }, { "UROL", "泌尿外科", "泌尿外科", "40" }, { "NSUR", "神经外科", "神经外科", "48" },
			{ "EMER", "急诊科", "", "30" }, { "ANES", "麻醉科", "", "20" }, { "RADI", "放射科", "", "20" },
			{ "NEUR", "神经内科", "", "50" }, { "PEDI", "儿科", "", "60" }, { "OBGY", "妇产科", "", "56" },
			{ "ONCO", "肿瘤内科", "", "52" } };

	static final String[] EXTERNAL_INSTITUTIONS = { "中国医学科学院", "东江大学医学院", "南海医科大学", "北城区疾病预防控制中心" };

	static final String[] OTHER_DISCIPLINES = { "105102", "105104", "105107", "105115", "105118", "105121", "105123" };

	private SyntheticUniversity() {
	}

	/**
	 * @param seed the seed; the same seed and size give the same university
	 * @param size how big
	 * @return the university as exchange-format rows, by dataset, in load order
	 */
	public static University generate(long seed, Size size) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Map<String, String>> hospitals = new ArrayList<>();
		List<Map<String, String>> departments = new ArrayList<>();
		for (int h = 0; h < size.hospitals(); h++) {
			String code = "H%02d".formatted(h + 1);
			String[] names = HOSPITALS[h % HOSPITALS.length];
			String suffix = (h < HOSPITALS.length) ? "" : "（" + (h / HOSPITALS.length + 1) + "）";
			hospitals.add(row("code", code, "name", names[0] + suffix, "name_en", names[1] + suffix));
			int count = departmentsPerHospital(size, h);
			for (int d = 0; d < count; d++) {
				String[] department = DEPARTMENTS[d % DEPARTMENTS.length];
				int beds = Integer.parseInt(department[3]) + random.nextInt(-8, 9);
				Map<String, String> row = row("hospital_code", code, "code", department[0], "name", department[1],
						"subspecialty", department[2], "beds", Integer.toString(beds), "capacity",
						(random.nextInt(5) == 0) ? Integer.toString(Math.max(1, beds / 5)) : "");
				departments.add(row);
			}
		}
		List<Map<String, String>> supervisors = new ArrayList<>();
		List<Supervisor> pool = new ArrayList<>();
		for (int s = 0; s < size.supervisors(); s++) {
			String staffNo = "S%05d".formatted(s + 1);
			int roll = random.nextInt(100);
			TitleLevel title = (roll < 45) ? TitleLevel.FULL_SENIOR
					: (roll < 85) ? TitleLevel.ASSOCIATE_SENIOR : TitleLevel.INTERMEDIATE;
			boolean doctoral = title == TitleLevel.FULL_SENIOR && random.nextInt(100) < 75;
			boolean master = title != TitleLevel.INTERMEDIATE || random.nextInt(100) < 40;
			boolean external = random.nextInt(100) < 8;
			String hospital = "H%02d".formatted(random.nextInt(size.hospitals()) + 1);
			int birthYear = switch (title) {
				case FULL_SENIOR -> 1958 + random.nextInt(22);
				case ASSOCIATE_SENIOR -> 1968 + random.nextInt(18);
				case INTERMEDIATE -> 1980 + random.nextInt(11);
			};
			supervisors.add(row("staff_no", staffNo, "name", name(random), "title_level", title.name(),
					"doctoral_supervisor", Boolean.toString(doctoral), "master_supervisor",
					Boolean.toString(master || !doctoral), "institution",
					external ? EXTERNAL_INSTITUTIONS[random.nextInt(EXTERNAL_INSTITUTIONS.length)] : "",
					"hospital_code", hospital, "degree_committee_member",
					Boolean.toString(doctoral && random.nextInt(100) < 20), "birth_year", Integer.toString(birthYear)));
			pool.add(new Supervisor(staffNo, hospital, doctoral));
		}
		List<Map<String, String>> students = new ArrayList<>();
		Map<String, Integer> sequence = new LinkedHashMap<>();
		for (int i = 0; i < size.students(); i++) {
			int roll = random.nextInt(100);
			Program program = (roll < 55) ? Program.PUMC_MASTER
					: (roll < 75) ? Program.TMU_DOCTOR : (roll < 90) ? Program.ZJU_DOCTOR : Program.POSTDOC;
			int cohort = 2019 + random.nextInt(7);
			String prefix = program.prefix + cohort;
			int number = sequence.merge(prefix, 1, Integer::sum);
			String studentNo = prefix + "%04d".formatted(number);
			int disciplineRoll = random.nextInt(100);
			String discipline = (disciplineRoll < 40) ? "105101"
					: (disciplineRoll < 70) ? "105111" : OTHER_DISCIPLINES[random.nextInt(OTHER_DISCIPLINES.length)];
			String hospital = "H%02d".formatted(random.nextInt(size.hospitals()) + 1);
			Supervisor supervisor = pickSupervisor(random, pool, hospital, program.doctoral);
			Supervisor co = (random.nextInt(100) < 30) ? pickSupervisor(random, pool, hospital, false) : null;
			students.add(row("student_no", studentNo, "name", name(random), "degree_type", program.degreeType,
					"program_code", program.code, "cohort_year", Integer.toString(cohort), "discipline_code",
					discipline, "admission_type", program.admission(random), "source_school",
					(random.nextInt(100) < 60) ? "OWN" : "OTHER", "hospital_code", hospital, "supervisor_staff_no",
					supervisor.staffNo(), "co_supervisor_staff_no",
					(co != null && !co.staffNo().equals(supervisor.staffNo())) ? co.staffNo() : "", "status",
					status(random, cohort, program).name()));
		}
		fieldsOf(supervisors, students);
		return new University(hospitals, departments, supervisors, students);
	}

	private static int departmentsPerHospital(Size size, int hospital) {
		if (size.hospitals() <= 3) {
			return (hospital == 0) ? 14 : 13;
		}
		return DEPARTMENTS.length;
	}

	private static Supervisor pickSupervisor(SplittableRandom random, List<Supervisor> pool, String hospital,
			boolean doctoral) {
		for (int attempt = 0; attempt < 20; attempt++) {
			Supervisor candidate = pool.get(random.nextInt(pool.size()));
			if ((!doctoral || candidate.doctoral()) && (attempt > 10 || candidate.hospital().equals(hospital))) {
				return candidate;
			}
		}
		return pool.stream().filter((s) -> !doctoral || s.doctoral()).findFirst().orElse(pool.get(0));
	}

	/**
	 * Older cohorts have mostly graduated; every status of the exchange format occurs.
	 */
	private static StudentStatus status(SplittableRandom random, int cohort, Program program) {
		int roll = random.nextInt(100);
		int yearsIn = 2026 - cohort;
		if (yearsIn >= program.years + 1) {
			return (roll < 80) ? StudentStatus.GRADUATED : (roll < 88) ? StudentStatus.COMPLETED_NO_DEGREE
					: (roll < 94) ? StudentStatus.TRANSFERRED_ACADEMIC : StudentStatus.WITHDRAWN;
		}
		if (yearsIn >= program.years) {
			return (roll < 55) ? StudentStatus.GRADUATED : (roll < 80) ? StudentStatus.DELAYED
					: (roll < 90) ? StudentStatus.ENROLLED : StudentStatus.COMPLETED_NO_DEGREE;
		}
		return (roll < 93) ? StudentStatus.ENROLLED : (roll < 96) ? StudentStatus.DELAYED
				: (roll < 98) ? StudentStatus.TRANSFERRED_ACADEMIC : StudentStatus.WITHDRAWN;
	}

	private static String name(SplittableRandom random) {
		String surname = SURNAMES[random.nextInt(SURNAMES.length)];
		int length = (random.nextInt(100) < 70) ? 2 : 1;
		StringBuilder name = new StringBuilder(surname);
		for (int i = 0; i < length; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	private static Map<String, String> row(String... keyValues) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			row.put(keyValues[i], keyValues[i + 1]);
		}
		return row;
	}

	/**
	 * Gives each supervisor the field most of their students are in (ties: the lowest
	 * code), without drawing from the random sequence.
	 */
	private static void fieldsOf(List<Map<String, String>> supervisors, List<Map<String, String>> students) {
		Map<String, Map<String, Integer>> counts = new HashMap<>();
		for (Map<String, String> student : students) {
			counts.computeIfAbsent(student.get("supervisor_staff_no"), (no) -> new java.util.TreeMap<>())
				.merge(student.get("discipline_code"), 1, Integer::sum);
		}
		for (Map<String, String> supervisor : supervisors) {
			Map<String, Integer> fields = counts.get(supervisor.get("staff_no"));
			if (fields != null && !fields.isEmpty()) {
				supervisor.put("discipline_code",
						java.util.Collections.max(fields.entrySet(), Map.Entry.comparingByValue()).getKey());
			}
		}
	}

	/**
	 * How big a university to generate.
	 */
	public record Size(int hospitals, int supervisors, int students) {
	}

	/**
	 * A generated university as exchange-format rows.
	 */
	public record University(List<Map<String, String>> hospitals, List<Map<String, String>> departments,
			List<Map<String, String>> supervisors, List<Map<String, String>> students) {
	}

	private record Supervisor(String staffNo, String hospital, boolean doctoral) {
	}

	private enum Program {

		PUMC_MASTER("PUMC-PRO-MASTER", "PRO_MASTER", "M", false, 3),
		TMU_DOCTOR("TMU-PRO-DOCTOR", "PRO_DOCTOR", "D", true, 3),
		ZJU_DOCTOR("ZJU-DOCTOR", "ACADEMIC_DOCTOR", "Z", true, 4), POSTDOC("PUMCH-POSTDOC", "POSTDOC", "P", true, 3);

		final String code;

		final String degreeType;

		final String prefix;

		final boolean doctoral;

		final int years;

		Program(String code, String degreeType, String prefix, boolean doctoral, int years) {
			this.code = code;
			this.degreeType = degreeType;
			this.prefix = prefix;
			this.doctoral = doctoral;
			this.years = years;
		}

		String admission(SplittableRandom random) {
			return switch (this) {
				case PUMC_MASTER -> (random.nextInt(100) < 35) ? "EXEMPT" : "EXAM";
				case POSTDOC -> "GENERAL";
				default -> {
					int roll = random.nextInt(100);
					yield (roll < 25) ? "DIRECT_PHD" : (roll < 55) ? "MASTER_TO_PHD" : "GENERAL";
				}
			};
		}

	}

}
