package dev.xmsgen.core.emit;

import dev.xmsgen.core.GeneratedFile;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.model.ApiModel;
import java.util.List;

/** Writes Java sources for a model. The only place JavaPoet types live. */
public final class JavaEmitter {
  private final GeneratorOptions options;

  public JavaEmitter(GeneratorOptions options) {
    this.options = options;
  }

  public List<GeneratedFile> emit(ApiModel model) {
    throw new UnsupportedOperationException("not yet: " + options.packageName());
  }
}
