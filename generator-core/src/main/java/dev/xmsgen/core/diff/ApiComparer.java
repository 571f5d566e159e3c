package dev.xmsgen.core.diff;

import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.naming.AccessorNames;
import dev.xmsgen.core.emit.ApiSignatures;
import dev.xmsgen.core.emit.JavaMember;
import dev.xmsgen.core.emit.client.OperationSignatures;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares two APIs as the generated Java code shows them. Types are matched by name, then the
 * unmatched ones by shape (a model renamed keeps its properties); operations by HTTP method and
 * path, groups by name, then by their operations. Whether a change breaks callers is read off the
 * generated signatures ({@link ApiSignatures}): a change breaks source when a method a caller could
 * call is gone or returns another type; some changes break behaviour while the source still
 * compiles, and say so.
 */
public final class ApiComparer {
  private final GeneratorOptions options;

  /** A comparer for APIs generated with {@code options} (package and flat-package matter). */
  public ApiComparer(GeneratorOptions options) {
    this.options = options;
  }

  /**
   * The changes from the API of {@code oldSpecs} to that of {@code newSpecs}, each set read as
   * generation reads it.
   */
  public ApiDiff compare(List<Path> oldSpecs, List<Path> newSpecs) throws SpecException {
    Generator generator = new Generator();
    return compare(
        generator.model(oldSpecs, options.readRoots()),
        fileNames(oldSpecs),
        generator.model(newSpecs, options.readRoots()),
        fileNames(newSpecs));
  }

  private static List<String> fileNames(List<Path> specs) {
    return specs.stream().map(p -> p.getFileName().toString()).toList();
  }

  /** The changes from {@code oldApi} to {@code newApi}. */
  public ApiDiff compare(ApiModel oldApi, List<String> oldSpecs, ApiModel newApi, List<String> newSpecs) {
    DiffState state =
        new DiffState(oldApi, newApi, options.packageName(), options.modelPackage());
    ClientChanges client = new ClientChanges(state);
    client.client();
    new TypeChanges(state).types();
    new OperationChanges(state).groups();
    client.builder();
    return new ApiDiff(
        new ApiDiff.Side(oldApi.client().name(), oldApi.client().apiVersion(), oldSpecs),
        new ApiDiff.Side(newApi.client().name(), newApi.client().apiVersion(), newSpecs),
        state.changes);
  }
}
