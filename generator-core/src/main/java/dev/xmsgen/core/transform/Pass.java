package dev.xmsgen.core.transform;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One named step of the transform stage: a rewrite of the whole model ({@code ApiModel ->
 * ApiModel}) or a check that finds what the specs got wrong. A pass reads nothing but the model it is given,
 * and never the spec files.
 */
public interface Pass {

  /** A short name for people: {@code naming}, {@code enum merging}, ... */
  String name();

  /** Runs the pass on {@code model}. */
  Outcome run(ApiModel model);

  /**
   * What a pass gives back.
   *
   * @param model the model for the next pass; its warnings include the pass's, sorted, no
   *     duplicates
   * @param errors what stops generation, sorted; when not empty the model must not be emitted
   */
  record Outcome(ApiModel model, List<Diagnostic> errors) {
    public Outcome {
      errors = List.copyOf(errors);
    }
  }

  /** A pass that rewrites the model and cannot fail. */
  static Pass rewrite(String name, UnaryOperator<ApiModel> rewrite) {
    return new Pass() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Outcome run(ApiModel model) {
        return new Outcome(rewrite.apply(model), List.of());
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /**
   * A pass that leaves the model as it is and reports what it finds: warnings join the model's,
   * errors stop generation.
   */
  static Pass check(String name, Function<ApiModel, List<Diagnostic>> check) {
    return new Pass() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Outcome run(ApiModel model) {
        List<Diagnostic> warnings = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (Diagnostic d : check.apply(model)) {
          (d.severity() == Diagnostic.Severity.ERROR ? errors : warnings).add(d);
        }
        errors.sort(null);
        return new Outcome(withWarnings(model, warnings), errors);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /** {@code model} with {@code more} warnings, all of them sorted and without duplicates. */
  static ApiModel withWarnings(ApiModel model, List<Diagnostic> more) {
    if (more.isEmpty()) {
      return model;
    }
    TreeSet<Diagnostic> all = new TreeSet<>(model.warnings());
    all.addAll(more);
    return model.withWarnings(new ArrayList<>(all));
  }
}
