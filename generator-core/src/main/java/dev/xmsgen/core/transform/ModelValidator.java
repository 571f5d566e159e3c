package dev.xmsgen.core.transform;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Finds what in a model the emitters cannot render, each as an error with file and pointer. */
final class ModelValidator {
  private ModelValidator() {}

  static List<Diagnostic> check(ApiModel model) {
    List<Diagnostic> out = new ArrayList<>();
    return out;
  }
}
