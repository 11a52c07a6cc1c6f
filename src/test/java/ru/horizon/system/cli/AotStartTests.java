package ru.horizon.system.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When {@code java -jar horizon.jar} starts again with the build's AOT cache, and when it
 * starts as always: the decision on a hand-made folder beside a jar.
 */
class AotStartTests {

	private static final String VM = "25.0.3+9-LTS";

	private static final String[] SERVE = { "--server.port=9090" };

	@TempDir
	Path dir;

	private Path jar;

	private Path folder;

	@BeforeEach
	void aJarWithItsCache() throws IOException {
		this.jar = Files.write(this.dir.resolve("horizon.jar"), new byte[1234]);
		Files.setLastModifiedTime(this.jar, FileTime.fromMillis(1_700_000_000_000L));
		this.folder = this.dir.resolve("horizon-aot");
		Files.createDirectories(this.folder.resolve("app"));
		Files.write(this.folder.resolve("app/horizon.jar"), new byte[10]);
		Files.write(this.folder.resolve("horizon.aot"), new byte[10]);
		writeProperties(1234, 1_700_000_000_000L, VM);
	}

	private void writeProperties(long size, long modified, String vm) throws IOException {
		writeProperties(size, modified, vm, "true");
	}

	private void writeProperties(long size, long modified, String vm, String compressedOops) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("jar.size", Long.toString(size));
		properties.setProperty("jar.modified", Long.toString(modified));
		properties.setProperty("java.vm.version", vm);
		properties.setProperty("vm.UseCompressedOops", compressedOops);
		try (OutputStream out = Files.newOutputStream(this.folder.resolve("aot.properties"))) {
			properties.store(out, null);
		}
	}

	private AotStart.Decision decide(List<String> jvm, int jdk, String... args) {
		return AotStart.decide(this.jar, jvm, "/jdk/bin/java", jvm(jdk), args);
	}

	private static AotStart.Jvm jvm(int jdk) {
		return new AotStart.Jvm(jdk, VM, Map.of("UseCompressedOops", "true"));
	}

	@Test
	void theFolderIsBesideTheJar() {
		assertThat(AotStart.folder(Path.of("target", "horizon.jar")))
			.isEqualTo(Path.of("target", "horizon-aot").toAbsolutePath());
		assertThat(AotStart.folder(Path.of("/opt/x/app-1.0.jar"))).isEqualTo(Path.of("/opt/x/app-1.0-aot"));
	}

	@Test
	void aMatchingCacheStartsTheExtractedJarWithItAndEverythingGiven() {
		AotStart.Decision decision = decide(List.of("-Xmx1g", "-Dx=y"), 25, "import", "/data/city");
		assertThat(decision.relaunch()).isTrue();
		assertThat(decision.message()).isNull();
		assertThat(decision.command()).containsExactly("/jdk/bin/java",
				"-XX:AOTCache=" + this.folder.resolve("horizon.aot").toAbsolutePath(), "-Xlog:aot*=error", "-Xmx1g",
				"-Dx=y", "-Dhorizon.aot.launcher=" + ProcessHandle.current().pid(), "-jar",
				this.folder.resolve("app/horizon.jar").toAbsolutePath().toString(), "import", "/data/city");
	}

	@Test
	void aRenamedJarIsFoundUnderItsOwnName() throws IOException {
		Path renamed = Files.copy(this.jar, this.dir.resolve("horizon-1.2.jar"));
		Files.setLastModifiedTime(renamed, FileTime.fromMillis(1_700_000_000_000L));
		Path folder = Files.createDirectories(this.dir.resolve("horizon-1.2-aot/app"));
		Files.write(folder.resolve("horizon-1.2.jar"), new byte[10]);
		Files.copy(this.folder.resolve("horizon.aot"), folder.resolveSibling("horizon.aot"));
		Files.copy(this.folder.resolve("aot.properties"), folder.resolveSibling("aot.properties"));
		AotStart.Decision decision = AotStart.decide(renamed, List.of(), "/jdk/bin/java", jvm(25), SERVE);
		assertThat(decision.command()).contains(folder.resolve("horizon-1.2.jar").toAbsolutePath().toString());
	}

	@Test
	void noCacheNoRelaunchAndNothingSaid() throws IOException {
		Files.delete(this.folder.resolve("horizon.aot"));
		AotStart.Decision decision = decide(List.of(), 25, SERVE);
		assertThat(decision.relaunch()).isFalse();
		assertThat(decision.message()).isNull();
	}

	@Test
	void aCacheOfAnotherBuildIsNotUsedAndSaysSo() throws IOException {
		writeProperties(999, 1_700_000_000_000L, VM);
		AotStart.Decision bySize = decide(List.of(), 25, SERVE);
		assertThat(bySize.relaunch()).isFalse();
		assertThat(bySize.message()).contains("another build").contains("aot-cache").doesNotContain("\n");
		writeProperties(1234, 1_700_000_000_001L, VM);
		assertThat(decide(List.of(), 25, SERVE).message()).contains("another build");
	}

	@Test
	void aCacheOfAnotherJvmIsNotUsedAndSaysSo() throws IOException {
		writeProperties(1234, 1_700_000_000_000L, "25.0.1+8-LTS");
		AotStart.Decision decision = decide(List.of(), 25, SERVE);
		assertThat(decision.relaunch()).isFalse();
		assertThat(decision.message()).contains("25.0.1+8-LTS").contains(VM);
	}

	@Test
	void aCacheMadeWithOtherVmFlagsIsNotUsedAndSaysSo() throws IOException {
		// e.g. made with the default heap, started with -Xmx40g: no compressed pointers
		writeProperties(1234, 1_700_000_000_000L, VM, "false");
		AotStart.Decision decision = decide(List.of(), 25, SERVE);
		assertThat(decision.relaunch()).isFalse();
		assertThat(decision.message()).contains("UseCompressedOops=false").contains("has true");
	}

	@Test
	void unreadablePropertiesAreAMismatch() throws IOException {
		Files.delete(this.folder.resolve("aot.properties"));
		assertThat(decide(List.of(), 25, SERVE).message()).contains("aot.properties");
	}

	@Test
	void startsAsAlwaysWhenAskedOrWhenTheJvmIsGivenACacheAnAgentARecordingOrAJmxPort() {
		assertThat(decide(List.of(), 25, "--horizon.aot-start=false").relaunch()).isFalse();
		assertThat(decide(List.of(), 25, "--horizon.aot-start=FALSE").relaunch()).isFalse();
		assertThat(decide(List.of(), 25, "aot-cache").relaunch()).isFalse();
		for (String option : List.of("-XX:AOTCache=/x.aot", "-XX:AOTCacheOutput=/x.aot", "-Xshare:off",
				"-XX:SharedArchiveFile=/x.jsa", "-XX:StartFlightRecording", "-agentlib:jdwp=transport=dt_socket",
				"-javaagent:/a.jar", "-Xrunjdwp:transport=dt_socket", "-Dcom.sun.management.jmxremote.port=9010",
				"-Dhorizon.aot.launcher=1")) {
			AotStart.Decision decision = decide(List.of("-Xmx1g", option), 25, SERVE);
			assertThat(decision.relaunch()).as(option).isFalse();
			assertThat(decision.message()).as(option).isNull();
		}
	}

	@Test
	void beforeJdk25OrWithoutAJarNothingHappens() {
		assertThat(decide(List.of(), 21, SERVE).relaunch()).isFalse();
		assertThat(decide(List.of(), 21, SERVE).message()).isNull();
		assertThat(AotStart.decide(null, List.of(), "/jdk/bin/java", jvm(25), SERVE).relaunch()).isFalse();
	}

	@Test
	void onlyJavaJarOfAnExistingJarIsALaunchedJar() {
		String jar = this.jar.toString();
		assertThat(AotStart.launchedJar(jar, jar + " --server.port=1")).isEqualTo(this.jar);
		assertThat(AotStart.launchedJar(jar, jar)).isEqualTo(this.jar);
		// the class path of a build or of spring-boot:run, a main class named
		assertThat(
				AotStart.launchedJar(jar + java.io.File.pathSeparator + "/x/classes", "ru.horizon.HorizonApplication"))
			.isNull();
		assertThat(AotStart.launchedJar("/x/classes", "ru.horizon.HorizonApplication")).isNull();
		assertThat(AotStart.launchedJar(jar, "ru.horizon.HorizonApplication")).isNull();
		assertThat(AotStart.launchedJar(this.dir.resolve("gone.jar").toString(), this.dir.resolve("gone.jar") + ""))
			.isNull();
	}

}
