package ru.horizon.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.horizon.ingest.internal.DemoCity;
import ru.horizon.ingest.internal.Validator;
import ru.horizon.system.cli.CommandLineVerb;

/**
 * {@code demo-data --out DIR [--scale N] [--seed S] [--as-of DATE]}: writes a synthetic
 * city in the import format. Starts no database.
 */
@Component
class DemoDataVerb implements CommandLineVerb {

	private final Clock clock;

	DemoDataVerb(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "demo-data";
	}

	@Override
	public String usage() {
		return "demo-data --out DIR [--scale N] [--seed S] [--as-of YYYY-MM-DD]";
	}

	@Override
	public int run(List<String> args) throws Exception {
		VerbArguments arguments = new VerbArguments(args, Set.of("out", "scale", "seed", "as-of"));
		if (!arguments.problems.isEmpty() || !arguments.positional.isEmpty() || !arguments.options.containsKey("out")) {
			return usage(arguments.problems.isEmpty() ? null : String.join("; ", arguments.problems));
		}
		int scale;
		long seed;
		try {
			scale = Integer.parseInt(arguments.options.getOrDefault("scale", "1"));
			seed = Long.parseLong(arguments.options.getOrDefault("seed", "1"));
		}
		catch (NumberFormatException ex) {
			return usage("--scale and --seed take whole numbers");
		}
		if (scale < 1) {
			return usage("--scale must be at least 1");
		}
		LocalDate asOf = LocalDate.now(this.clock);
		if (arguments.options.containsKey("as-of")) {
			asOf = Validator.parseDate(arguments.options.get("as-of"));
			if (asOf == null) {
				return usage("--as-of takes a date, YYYY-MM-DD");
			}
		}
		Path out = Path.of(arguments.options.get("out"));
		long started = System.nanoTime();
		DemoCity.Figures figures = new DemoCity(seed, asOf, scale).write(out);
		System.out.printf("Wrote a synthetic city (scale %d, seed %d, as of %s) to %s in %.1f s:%n", scale, seed, asOf,
				out.toAbsolutePath().normalize(), (System.nanoTime() - started) / 1e9);
		System.out.println("  " + describe(figures));
		return DONE;
	}

	static String describe(DemoCity.Figures f) {
		return ("%d organizations, %d teachers, %d young (%d mentored, %.0f%%), %d isolated on purpose, %d mentors "
				+ "(%d at capacity), %d pairs, %d groups, %d events, %d participations, %d schools outside horizontal "
				+ "learning; %d rows")
			.formatted(f.organizations(), f.teachers(), f.young(), f.mentoredYoung(),
					(f.young() > 0) ? 100.0 * f.mentoredYoung() / f.young() : 0.0, f.isolatedYoung(), f.mentors(),
					f.mentorsAtCapacity(), f.pairs(), f.groups(), f.events(), f.participations(), f.closedSchools(),
					f.rows());
	}

	private int usage(String problem) {
		if (problem != null) {
			System.err.println("horizon demo-data: " + problem);
		}
		System.err.println("usage: " + usage());
		return USAGE;
	}

}
