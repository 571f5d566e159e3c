package dev.xmsgen.core.emit;

import dev.xmsgen.core.GeneratedFile;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.emit.client.ClientEmitter;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.TypeDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes Java sources for a model: a class per model, an enum or open-enum class per enum, and,
 * when {@link GeneratorOptions#clients()} is set, the clients. The only place JavaPoet types live.
 */
public final class JavaEmitter {
  private final GeneratorOptions options;
  private final FileEmitter clients;

  /** An emitter with the project's client emitter. */
  public JavaEmitter(GeneratorOptions options) {
    this(options, clientEmitter());
  }

  /**
   * An emitter with the given client emitter.
   *
   * @param clients writes the clients; called only when {@link GeneratorOptions#clients()} is set
   */
  public JavaEmitter(GeneratorOptions options, FileEmitter clients) {
    this.options = options;
    this.clients = clients;
  }

  /** The project's client emitter: group clients and the top-level client with its builder. */
  static FileEmitter clientEmitter() {
    return (api, types) -> new ClientEmitter(types).emit(api);
  }

  /**
   * The generated sources, sorted by path: clients in {@link GeneratorOptions#packageName()},
   * models and enums in {@link GeneratorOptions#modelPackage()}.
   *
   * @throws IllegalArgumentException if the model cannot be written as compiling Java (the message
   *     names the spec location)
   */
  public List<GeneratedFile> emit(ApiModel model) {
    JavaTypes types =
        new JavaTypes(
            options.packageName(),
            options.modelPackage(),
            model.types().stream().map(TypeDef::name).toList());
    TypeIndex index = new TypeIndex(model);
    ModelEmitter models = new ModelEmitter(index, types, new FlatteningPlan(model, index));
    EnumEmitter closedEnums = new EnumEmitter(types);
    OpenEnumEmitter openEnums = new OpenEnumEmitter(types);

    // Every file is written independently of the others, so they are written in parallel; the
    // clients, the longest task, first.
    List<Supplier<List<GeneratedFile>>> tasks = new ArrayList<>();
    if (options.clients()) {
      tasks.add(() -> clients.emit(model, types));
    }
    for (TypeDef type : model.types()) {
      if (type instanceof ObjectModel o) {
        tasks.add(() -> List.of(JavaSourceFile.model(types, models.emit(o), o.source())));
      } else if (type instanceof EnumModel e) {
        tasks.add(
            () ->
                List.of(
                    JavaSourceFile.model(
                        types, e.open() ? openEnums.emit(e) : closedEnums.emit(e), e.source())));
      }
    }
    List<GeneratedFile> files = new ArrayList<>();
    InParallel.run(tasks).forEach(files::addAll);
    files.sort(Comparator.comparing(GeneratedFile::relativePath));
    Set<String> paths = new HashSet<>();
    for (GeneratedFile file : files) {
      if (!paths.add(file.relativePath())) {
        throw new IllegalArgumentException(
            "two generated types would both be " + file.relativePath());
      }
    }
    return List.copyOf(files);
  }
}
