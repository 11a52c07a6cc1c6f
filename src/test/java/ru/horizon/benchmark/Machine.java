package ru.horizon.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on, and how busy it was. */
final class Machine {

	private Machine() {
	}

	static int cores() {
		return Runtime.getRuntime().availableProcessors();
	}

	/** Total memory in GiB, from /proc/meminfo (0 when unknown). */
	static double memoryGiB() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0 / 1024.0;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: the report says unknown
		}
		return 0;
	}

	static String cpuModel() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).trim();
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return System.getProperty("os.arch");
	}

	static String jdk() {
		return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
				+ System.getProperty("java.vendor") + ")";
	}

	static String os() {
		String pretty = null;
		try {
			for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
				if (line.startsWith("PRETTY_NAME=")) {
					pretty = line.substring(12).replace("\"", "");
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return System.getProperty("os.name") + " " + System.getProperty("os.version")
				+ ((pretty != null) ? " (" + pretty + ")" : "");
	}

	static String maxHeap() {
		return "%.1f GiB".formatted(Runtime.getRuntime().maxMemory() / 1024.0 / 1024 / 1024);
	}

	static String jvmArguments() {
		return String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
	}

	/** The 1, 5 and 15 minute load averages. */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/** The busiest processes other than this one, from {@code top}, for the report. */
	static List<String> busiestProcesses() {
		try {
			Process top = new ProcessBuilder("top", "-b", "-n", "1", "-o", "%CPU").redirectErrorStream(true).start();
			List<String> lines = new String(top.getInputStream().readAllBytes()).lines().toList();
			top.waitFor(10, TimeUnit.SECONDS);
			int header = 0;
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).trim().startsWith("PID")) {
					header = i;
					break;
				}
			}
			return lines.subList(header, Math.min(lines.size(), header + 6));
		}
		catch (IOException | InterruptedException ex) {
			return List.of("top: " + ex.getMessage());
		}
	}

}
