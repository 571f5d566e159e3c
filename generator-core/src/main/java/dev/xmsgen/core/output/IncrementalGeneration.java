package dev.xmsgen.core.output;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.generated.GeneratorIdentity;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.naming.JavaPackageName;
import dev.xmsgen.core.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Generates into an output folder only when something changed, and writes the result atomically
 * and without touching files the generator does not own. The one implementation behind the CLI and
 * the Maven plugin.
 *
 * <ol>
 *   <li>{@link UpToDateCheck} compares the folder's state with this request; when nothing changed
 *       the run ends there, without parsing (a few milliseconds).
 *   <li>Otherwise the generator runs, in memory. A {@link SpecException} ends the run with the
 *       folder untouched.
 *   <li>{@link OutputWriter} writes what changed and records the new state, including a digest of
 *       every spec file read.
 * </ol>
 */
public final class IncrementalGeneration {

  /** Turns options into generated files; {@link Generator#generate} in production. */
  @FunctionalInterface
  public interface Engine {
    GenerationResult generate(GeneratorOptions options) throws SpecException;
  }

  /**
   * One run's parameters.
   *
   * @param options what to generate
   * @param outputDirectory the source root to write into
   * @param report where to write the JSON report, or {@code null} for none
   * @param force generate even when the folder is up to date
   */
  public record Request(
      GeneratorOptions options, Path outputDirectory, Path report, boolean force) {

    public Request {
      Objects.requireNonNull(options, "options");
      Objects.requireNonNull(outputDirectory, "outputDirectory");
    }

    /**
     * What makes this request unusable before any generation: no spec, a spec file that does not
     * exist, an invalid package name (one under {@code java} or {@code javax} included), an output
     * folder that is a file, a report that is a folder, a spec or inside the output folder. One sentence each, naming
     * no CLI option or plugin parameter, so that both shells can show them as they are.
     */
    public List<String> problems() {
      List<String> problems = new ArrayList<>();
      if (options.specs().isEmpty()) {
        problems.add("no spec file given");
      }
      for (Path spec : options.specs()) {
        if (!Files.exists(spec)) {
          problems.add("spec file not found: " + spec);
        } else if (!Files.isRegularFile(spec)) {
          problems.add("spec is not a file: " + spec);
        }
      }
      String pkg = JavaPackageName.problem(options.packageName());
      if (pkg != null) {
        problems.add(
            "package name '" + options.packageName() + "' is not valid: " + pkg);
      }
      if (Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)) {
        problems.add("the output folder is a file: " + outputDirectory);
      }
      if (report != null) {
        problems.addAll(
            ReportFile.problems(
                report.toAbsolutePath().normalize(),
                outputDirectory.toAbsolutePath().normalize(),
                options.specs()));
      }
      return problems;
    }
  }

  private final Engine engine;
  private final String generatorVersion;
  private final OutputWriter writer;

  /** Runs the real generator. */
  public IncrementalGeneration() {
    this(new GeneratorEngine(), GeneratorIdentity.buildIdentity());
  }

  /**
   * {@link Generator#generate}; a class, not a lambda, since it is made before every up-to-date
   * check, where the first lambda of the process (which sets up {@code java.lang.invoke}) would
   * cost more than the check.
   */
  private static final class GeneratorEngine implements Engine {
    @Override
    public GenerationResult generate(GeneratorOptions options) throws SpecException {
      return new Generator().generate(options);
    }
  }

  /**
   * Writes reference pages ({@link Generator#docs}) instead of sources, with the same checks,
   * ownership and atomic swap; its state names a version of its own, so a folder of pages is never
   * taken for a folder of sources of the same specs.
   */
  public static IncrementalGeneration referencePages() {
    return new IncrementalGeneration(
        new DocsEngine(), GeneratorIdentity.buildIdentity() + "+docs");
  }

  /** {@link Generator#docs}. */
  private static final class DocsEngine implements Engine {
    @Override
    public GenerationResult generate(GeneratorOptions options) throws SpecException {
      return new Generator().docs(options);
    }
  }

  /**
   * Runs another engine, for example one returning a prepared result.
   *
   * @param generatorVersion the version recorded in, and compared with, the state
   */
  public IncrementalGeneration(Engine engine, String generatorVersion) {
    this(engine, generatorVersion, new OutputWriter());
  }

  IncrementalGeneration(Engine engine, String generatorVersion, OutputWriter writer) {
    this.engine = engine;
    this.generatorVersion = generatorVersion;
    this.writer = writer;
  }

  /**
   * Runs one request.
   *
   * @throws SpecException the specs cannot be generated from; nothing was written
   * @throws OutputException the files cannot be written without leaving the output folder or
   *     overwriting a file the generator does not own; nothing was written
   * @throws IOException reading or writing failed; the output folder is as it was
   * @throws IllegalArgumentException the request has {@linkplain Request#problems() problems}
   */
  public Outcome run(Request request) throws SpecException, IOException {
    long start = System.nanoTime();
    List<String> problems = request.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    Path root = request.outputDirectory().toAbsolutePath().normalize();
    Path report = request.report() == null ? null : request.report().toAbsolutePath().normalize();
    Fingerprint fingerprint = Fingerprint.of(request.options(), report, generatorVersion);
    // A run that died may have left a swap half done: finish it before judging the folder.
    writer.recover(root);
    UpToDateCheck.Verdict verdict = UpToDateCheck.check(root, fingerprint);
    if (verdict.upToDate() && !request.force()) {
      List<String> owned = List.copyOf(verdict.previous().outputs().keySet());
      return new Outcome(
          root,
          true,
          "",
          false,
          new WriteSummary(List.of(), owned, List.of()),
          null,
          System.nanoTime() - start);
    }
    String reason = verdict.upToDate() ? "regeneration was forced" : verdict.reason();

    GenerationResult result = engine.generate(request.options());

    SortedMap<String, FileStamp> inputs = new TreeMap<>();
    for (Path input : inputsOf(request.options(), result)) {
      inputs.put(input.toString(), FileStamp.of(input));
    }
    byte[] reportBytes = report == null ? null : ReportWriter.toBytes(result, request.options());
    GenerationState next =
        new GenerationState(
            generatorVersion, true, fingerprint.options(), inputs, new TreeMap<>(), null);
    WriteSummary summary =
        writer.write(
            root, result.files(), next, report, reportBytes, GeneratedSources.of(result));
    return new Outcome(
        root,
        false,
        reason,
        verdict.previous() == null,
        summary,
        result,
        System.nanoTime() - start);
  }

  /** The files read: what the result says, and the requested specs in any case. */
  private static List<Path> inputsOf(GeneratorOptions options, GenerationResult result) {
    TreeMap<String, Path> all = new TreeMap<>();
    for (Path p : result.inputs()) {
      Path normal = p.toAbsolutePath().normalize();
      all.put(normal.toString(), normal);
    }
    for (Path p : options.specs()) {
      Path normal = p.toAbsolutePath().normalize();
      all.put(normal.toString(), normal);
    }
    return List.copyOf(all.values());
  }
}
