package dev.xmsgen.core.transform;

import dev.xmsgen.core.model.ApiModel;
import java.util.List;

/**
 * The transform stage: the passes between parse and emit, in the order they run. Each works on the
 * whole model; together they turn what the specs say into what the emitters render, and the last
 * one makes sure nothing the emitters cannot render gets through.
 */
public final class Passes {
  private Passes() {}

  /**
   * Member names: property names unique with the inherited ones, method names unique within a
   * group, parameter names unique within an operation and within the client.
   */
  public static final Pass NAMING = Pass.rewrite("naming", MemberNames::apply);

  /** One enum of every place that defines an enum of the same name. */
  public static final Pass ENUM_MERGING = Pass.rewrite("enum merging", EnumMerger::mergeAll);

  /** {@code x-ms-client-flatten} worked out into each class's flattened properties. */
  public static final Pass FLATTENING =
      Pass.rewrite("flattening", model -> new FlatteningResolver().resolve(model));

  /** A model class for each {@code x-ms-parameter-grouping} group. */
  public static final Pass PARAMETER_GROUPING = new ParameterGroups();

  /** Every spec problem the emitters would trip on, as an error with file and pointer. */
  public static final Pass VALIDATION = Pass.check("validation", ModelValidator::check);

  /** Every pass, in order. */
  public static final List<Pass> ALL =
      List.of(NAMING, ENUM_MERGING, FLATTENING, PARAMETER_GROUPING, VALIDATION);

  /**
   * Runs {@code passes} in order on {@code model}, stopping at the first pass that reports errors.
   */
  public static Pass.Outcome run(List<Pass> passes, ApiModel model) {
    Pass.Outcome outcome = new Pass.Outcome(model, List.of());
    for (Pass pass : passes) {
      outcome = pass.run(outcome.model());
      if (!outcome.errors().isEmpty()) {
        return outcome;
      }
    }
    return outcome;
  }
}
