package dev.xmsgen.core.emit;

import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.TypeDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes Java sources for a model: a class per model, an enum or open-enum class per enum, and the
 * files of the {@link FileEmitter} it is given for the rest (the clients, from {@code
 * emit.client}, which builds on this package and is therefore handed in rather than known here).
 * The only place JavaPoet types live.
 */
public final class JavaEmitter {
  private final String clientPackage;
  private final String modelPackage;
  private final FileEmitter clients;

  /**
   * An emitter of models and enums, and of what {@code clients} writes beside or above them.
   *
   * @param clientPackage the package of the clients
   * @param modelPackage the package of the models and enums (may equal {@code clientPackage})
   * @param clients writes the clients; {@code null} for none
   */
  public JavaEmitter(String clientPackage, String modelPackage, FileEmitter clients) {
    this.clientPackage = Objects.requireNonNull(clientPackage, "clientPackage");
    this.modelPackage = Objects.requireNonNull(modelPackage, "modelPackage");
    this.clients = clients;
  }

  /**
   * The generated sources, sorted by path: clients in the client package, models and enums in
   * the model package. The model must have been through every pass of {@code transform.Passes}:
   * the emitters render, they do not check the specs, and a model the validation pass would refuse
   * ends in an {@link IllegalStateException} here (the message names the spec location).
   */
  public List<GeneratedFile> emit(ApiModel model) {
    JavaTypes types = JavaTypes.of(model, clientPackage, modelPackage);
    ModelEmitter models = ModelEmitter.of(model, types);
    EnumEmitter closedEnums = new EnumEmitter(types);
    OpenEnumEmitter openEnums = new OpenEnumEmitter(types);

    // Every file is written independently of the others, so they are written in parallel; the
    // clients, the longest task, first.
    List<Supplier<List<GeneratedFile>>> tasks = new ArrayList<>();
    if (clients != null) {
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
        throw new IllegalStateException(
            "two generated types would both be " + file.relativePath());
      }
    }
    return List.copyOf(files);
  }
}
