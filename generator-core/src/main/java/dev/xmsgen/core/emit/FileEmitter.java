package dev.xmsgen.core.emit;

import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import java.util.List;

/**
 * Writes the Java files of one part of an API beside the models and enums: the clients. {@link
 * JavaEmitter} calls it once per generation; files should be rendered through {@link
 * JavaSourceFile#client} so every file has the same header and layout.
 */
@FunctionalInterface
public interface FileEmitter {

  /**
   * The files for {@code api}.
   *
   * @param types the Java type of every model type ({@link JavaTypes#modelPackage()}) and the
   *     package the clients go to ({@link JavaTypes#clientPackage()})
   */
  List<GeneratedFile> emit(ApiModel api, JavaTypes types);
}
