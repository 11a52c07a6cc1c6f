package ru.horizon.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of a verb: its own options ({@code --out DIR} or {@code --out=DIR}) and
 * positional arguments. Spring settings ({@code --name=value} with a dot in the name)
 * travel on the same command line and are left to Spring.
 */
final class VerbArguments {

	final Map<String, String> options = new HashMap<>();

	final List<String> positional = new ArrayList<>();

	final List<String> problems = new ArrayList<>();

	VerbArguments(List<String> args, Set<String> known) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				this.positional.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (!known.contains(name)) {
				if (!name.contains(".")) {
					this.problems.add("unknown option --" + name);
				}
				continue;
			}
			if (value == null) {
				if (i + 1 >= args.size()) {
					this.problems.add("--" + name + " needs a value");
					continue;
				}
				value = args.get(++i);
			}
			this.options.put(name, value);
		}
	}

}
