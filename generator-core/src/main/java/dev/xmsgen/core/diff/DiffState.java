package dev.xmsgen.core.diff;

import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
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
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.AccessorNames;
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

/** One comparison's state, shared by its parts ({@link DiffPart}). */
final class DiffState {
  final ApiModel oldApi;
  final ApiModel newApi;
  final ApiSignatures os;
  final ApiSignatures ns;
  final OperationSignatures oc;
  final OperationSignatures nc;
  final List<ApiChange> changes = new ArrayList<>();
  final Map<String, String> renames = new TreeMap<>();
  final Set<String> moved = new HashSet<>();
  /** Matches the renamed types' old names in signature text; {@code null} without renames. */
  Pattern renamePattern;
  /** The model types that requests carry, worked out on first use. */
  Set<String> requestTypes;

  DiffState(ApiModel oldApi, ApiModel newApi, String clientPackage, String modelPackage) {
    this.oldApi = oldApi;
    this.newApi = newApi;
    this.os = new ApiSignatures(oldApi, clientPackage, modelPackage);
    this.ns = new ApiSignatures(newApi, clientPackage, modelPackage);
    this.oc = new OperationSignatures(oldApi, clientPackage, modelPackage);
    this.nc = new OperationSignatures(newApi, clientPackage, modelPackage);
  }
}
