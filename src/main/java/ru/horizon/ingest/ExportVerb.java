package ru.horizon.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.horizon.system.cli.CommandLineVerb;
import ru.horizon.system.security.Access;

/** {@code export --out DIR}: the whole graph in the import format. */
@Component
class ExportVerb implements CommandLineVerb {

	private final IngestService ingest;

	ExportVerb(IngestService ingest) {
		this.ingest = ingest;
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return "export --out DIR";
	}

	@Override
	public int run(List<String> args) throws Exception {
		VerbArguments arguments = new VerbArguments(args, Set.of("out"));
		if (!arguments.problems.isEmpty() || !arguments.positional.isEmpty() || !arguments.options.containsKey("out")) {
			arguments.problems.forEach((p) -> System.err.println("horizon export: " + p));
			System.err.println("usage: " + usage());
			return USAGE;
		}
		Path out = Path.of(arguments.options.get("out"));
		long started = System.nanoTime();
		Map<String, Long> rows = Access.asSystem(() -> this.ingest.export(out));
		System.out.printf("Exported %d rows to %s in %.1f s:%n",
				rows.values().stream().mapToLong(Long::longValue).sum(), out.toAbsolutePath().normalize(),
				(System.nanoTime() - started) / 1e9);
		rows.forEach((file, n) -> System.out.printf("  %-22s %9d rows%n", file + ".csv", n));
		return DONE;
	}

}
