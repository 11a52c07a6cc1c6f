package ru.horizon.system.cli;

import java.util.List;

/**
 * A verb of the packaged program ({@code java -jar horizon.jar VERB ...}).
 * <p>
 * Implementations are Spring beans; the launcher starts the application without a web
 * server, finds the verb by {@link #name()}, runs it and exits with the returned code (0
 * done, 1 rejected, 2 usage).
 */
public interface CommandLineVerb {

	/** Exit code: the work was done. */
	int DONE = 0;

	/** Exit code: the input was rejected; the reasons were printed. */
	int REJECTED = 1;

	/** Exit code: the command line itself was wrong. */
	int USAGE = 2;

	String name();

	/** One line for the usage text. */
	String usage();

	int run(List<String> args) throws Exception;

}
