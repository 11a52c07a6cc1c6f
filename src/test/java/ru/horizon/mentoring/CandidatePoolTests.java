package ru.horizon.mentoring;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.horizon.teacher.Category;
import ru.horizon.teacher.Teacher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prepared pool scores exactly as {@link MentorScoring} (bit for bit, also with
 * weights whose sums round) and ranks as a full sort by score, then id, would.
 */
class CandidatePoolTests {

	private static final String[] CODES = { "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "mentoring" };

	private static final String[] SUBJECTS = { "math", "phys", "rus", "hist", "bio" };

	private static final String[] LEVELS = { "LOW", "MEDIUM", "HIGH", null };

	private final MentorScoring scoring = new MentorScoring(new MentoringProperties(5, 3, 36, 12,
			new MentoringProperties.Weights(0.23, 0.17, 0.13, 0.11, 0.07, 0.19, 0.1, 0.09, 0.03),
			new MentoringProperties.DeficitLevels(0.7, 1.3, 2.9), List.of("групповая"), Contour.PREFER_INTERNAL, 0.1),
			new MentoringMessages(), new Positions());

	private static final String[] POSITIONS = { "учитель математики", "Учитель нач. классов", "воспитатель",
			"муз. руководитель", "педагог-психолог", "старший воспитатель", "методист", "заведующий", null };

	private static final String[] KINDS = { "SCHOOL", "PRESCHOOL", "SUPPLEMENTARY", "METHOD_CENTER", null };

	@Test
	void scoresEqualTheReferenceAndRanksEqualAFullSort() {
		Random random = new Random(20261123);
		for (int round = 0; round < 200; round++) {
			List<TeacherProfile> candidates = new ArrayList<>();
			int n = 1 + random.nextInt(60);
			Set<String> unique = new LinkedHashSet<>();
			while (unique.size() < n) {
				unique.add("t" + (1000 + random.nextInt(5000)));
			}
			for (String id : unique) {
				candidates.add(profile(random, id, false, List.of()));
			}
			candidates.sort(Comparator.comparing(TeacherProfile::id));
			List<String> ids = candidates.stream().map(TeacherProfile::id).toList();
			TeacherProfile mentee = profile(random, random.nextBoolean() ? ids.get(random.nextInt(n)) : "m1", true,
					ids);
			CandidatePool pool = new CandidatePool(candidates, this.scoring);
			CandidatePool.Mentee prepared = pool.mentee(mentee);
			List<Integer> expected = new ArrayList<>();
			for (int c = 0; c < n; c++) {
				TeacherProfile candidate = candidates.get(c);
				assertThat(pool.score(prepared, c)).isEqualTo(score(mentee, candidate));
				assertThat(prepared.eligible(c)).isEqualTo(eligible(mentee, candidate));
				if (eligible(mentee, candidate) && inContour(Contour.EXTERNAL, mentee, candidate)) {
					expected.add(c);
				}
			}
			expected.sort(Comparator.comparingInt((Integer c) -> tier(mentee, candidates.get(c)))
				.thenComparingDouble((c) -> -score(mentee, candidates.get(c)))
				.thenComparing((c) -> candidates.get(c).id()));
			List<Integer> preferred = new ArrayList<>();
			for (int c = 0; c < n; c++) {
				if (eligible(mentee, candidates.get(c))) {
					preferred.add(c);
				}
			}
			preferred.sort(Comparator.comparingInt((Integer c) -> tier(mentee, candidates.get(c)))
				.thenComparingDouble((c) -> -(score(mentee, candidates.get(c))
						+ (inContour(Contour.INTERNAL, mentee, candidates.get(c)) ? 0.1 : 0)))
				.thenComparing((c) -> candidates.get(c).id()));
			int limit = 1 + random.nextInt(12);
			int[] internal = pool.best(prepared, Contour.INTERNAL, n);
			assertThat(internal).hasSize((int) candidates.stream()
				.filter((c) -> eligible(mentee, c) && inContour(Contour.INTERNAL, mentee, c))
				.count());
			for (int c : internal) {
				assertThat(inContour(Contour.INTERNAL, mentee, candidates.get(c))).isTrue();
			}
			assertThat(pool.best(prepared, Contour.EXTERNAL, limit))
				.containsExactly(expected.subList(0, Math.min(limit, expected.size()))
					.stream()
					.mapToInt(Integer::intValue)
					.toArray());
			assertThat(pool.best(prepared, Contour.PREFER_INTERNAL, limit))
				.containsExactly(preferred.subList(0, Math.min(limit, preferred.size()))
					.stream()
					.mapToInt(Integer::intValue)
					.toArray());
		}
	}

	/** Same-level candidates (or all, when the mentee's level is unknown) first. */
	private static int tier(TeacherProfile mentee, TeacherProfile candidate) {
		return (mentee.level() == null || mentee.level() == candidate.level()) ? 0 : 1;
	}

	/** The reference filters of model.md: not the mentee, not already their mentor. */
	private static boolean eligible(TeacherProfile mentee, TeacherProfile candidate) {
		return !candidate.id().equals(mentee.id()) && !mentee.mentors().contains(candidate.id());
	}

	private static boolean inContour(Contour contour, TeacherProfile mentee, TeacherProfile candidate) {
		boolean internal = Objects.equals(mentee.organizationId(), candidate.organizationId());
		return switch (contour) {
			case ANY, PREFER_INTERNAL -> true;
			case INTERNAL -> internal;
			case EXTERNAL -> !internal;
		};
	}

	/** The reference: the explained factors, summed. */
	private double score(TeacherProfile mentee, TeacherProfile candidate) {
		return MentorScoring.sum(this.scoring.factors(mentee, candidate, null, Map.of()));
	}

	private static TeacherProfile profile(Random random, String id, boolean mentee, List<String> others) {
		Map<String, String> deficits = new LinkedHashMap<>();
		if (mentee) {
			for (String code : some(random, CODES, 4)) {
				deficits.put(code, LEVELS[random.nextInt(LEVELS.length)]);
			}
		}
		Set<String> groups = some(random, new String[] { "g1", "g2", "g3", "g4" }, 2);
		Set<String> reach = new LinkedHashSet<>();
		groups.forEach((g) -> reach.add("g:" + g));
		reach.addAll(some(random, new String[] { "o:o1", "o:o2", "o:o3", "o:o4", "o:o5" }, 3));
		Set<String> neighbours = new LinkedHashSet<>();
		Set<String> mentors = new LinkedHashSet<>();
		for (String other : others) {
			if (random.nextInt(5) == 0) {
				neighbours.add(other);
			}
			if (random.nextInt(15) == 0) {
				mentors.add(other);
			}
		}
		List<Integer> satisfactions = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			satisfactions.add(1 + random.nextInt(10));
		}
		Teacher teacher = new Teacher(id, "Teacher " + id, POSITIONS[random.nextInt(POSITIONS.length)],
				Category.values()[random.nextInt(Category.values().length)], LocalDate.of(2000, 9, 1),
				random.nextBoolean() ? null : 18.0 + random.nextInt(30), 1980);
		return new TeacherProfile(teacher, "o" + (1 + random.nextInt(mentee ? 6 : 4)),
				KINDS[random.nextInt(KINDS.length)], random.nextInt(4) == 0 ? null : "d" + (1 + random.nextInt(3)),
				"m1", some(random, SUBJECTS, 2), some(random, CODES, 4), deficits, groups, reach, random.nextInt(4),
				random.nextInt(6), satisfactions, random.nextBoolean(), random.nextInt(5) == 0, neighbours, mentors,
				random.nextInt(400), null);
	}

	private static Set<String> some(Random random, String[] values, int max) {
		Set<String> result = new LinkedHashSet<>();
		for (int i = random.nextInt(max + 1); i > 0; i--) {
			result.add(values[random.nextInt(values.length)]);
		}
		return result;
	}

}
