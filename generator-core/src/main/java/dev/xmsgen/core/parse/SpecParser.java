package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.model.TypeDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * Reads Swagger 2.0 spec files, loaded together as one API, into the intermediate model. This
 * package is the only place swagger-parser types live, and it only reads: what the model becomes
 * next (member names made unique, enums merged, flattening resolved, the model checked) is the
 * work of the passes in {@code transform}.
 *
 * <p>Each file is read once into a JSON tree; swagger-parser's Swagger 2.0 deserializer checks its
 * structure and reads its header, and everything that can hold a {@code $ref} is read from the tree,
 * with references resolved across files relative to the referring file. Files reached through
 * references are loaded as needed (examples under {@code x-ms-examples} never are).
 *
 * <p>What is generated: every definition of the given files, every definition they reach, the
 * subtypes of reached polymorphic models, and every operation of the given files. Types and
 * operation groups come out sorted by name, so the model does not depend on the order of the files
 * given, except that the first file with operations describes the client.
 */
public final class SpecParser {
  private final List<Path> readRoots;

  /** A parser whose {@code $ref}s may read spec files anywhere. */
  public SpecParser() {
    this(List.of());
  }

  /**
   * A parser whose {@code $ref}s read only files inside one of {@code readRoots} (none: anywhere);
   * the spec files given to {@link #parse} are read wherever they are.
   */
  public SpecParser(List<Path> readRoots) {
    this.readRoots = List.copyOf(readRoots);
  }

  /**
   * Parses {@code specs} as one API.
   *
   * @throws SpecException when a file is missing, is not valid JSON or not Swagger 2.0, or a
   *     reference does not resolve: every such error, each with file and JSON pointer
   */
  public ParsedApi parse(List<Path> specs) throws SpecException {
    Diagnostics diagnostics = new Diagnostics();
    DocumentLoader loader = new DocumentLoader(diagnostics);
    List<SpecDocument> inputs = load(specs, loader, diagnostics);
    diagnostics.throwIfErrors();

    RefResolver refs = new RefResolver(loader, diagnostics, new ReadableFiles(readRoots));
    TypeDrafts drafts = new TypeDrafts();
    SchemaReader schemas = new SchemaReader(refs, diagnostics, drafts);
    ParameterReader parameters = new ParameterReader(refs, schemas, diagnostics);
    OperationReader operations =
        new OperationReader(refs, parameters, new ResponseReader(refs, schemas), diagnostics);

    List<SpecDocument> sorted = new ArrayList<>(inputs);
    sorted.sort(Comparator.comparing(SpecDocument::path));
    List<OperationDraft> operationDrafts = new ArrayList<>();
    for (SpecDocument doc : sorted) {
      Node definitions = doc.rootNode().child("definitions");
      if (definitions != null) {
        for (Entry<String, Node> e : definitions.fields()) {
          schemas.definition(e.getValue());
        }
      }
      operationDrafts.addAll(operations.read(doc));
    }
    SpecDocument main =
        inputs.stream().filter(OperationReader::hasOperations).findFirst().orElse(inputs.get(0));
    ClientReader clientReader = new ClientReader(main, diagnostics);
    List<ParameterModel> hostParameters = clientReader.hostParameters(parameters);
    new SubtypeScanner(drafts, schemas, refs, loader).scan();
    diagnostics.throwIfErrors();

    TypeNamer namer = new TypeNamer(drafts, diagnostics);
    DraftNames names = new DraftNames(namer.nameAll());
    List<TypeDef> types = new TypeAssembler(drafts, names, diagnostics).assemble();
    String clientName = namer.scope().claim(clientReader.clientName());
    List<OperationGroup> groups =
        new GroupAssembler(names, namer.scope()).assemble(operationDrafts, clientName);
    ClientModel client =
        clientReader.read(clientName, groups, hostParameters.stream().map(names::parameter).toList());

    ApiModel model = new ApiModel(client, types, groups, diagnostics.warnings());

    List<Path> read = new ArrayList<>();
    loader.documents().forEach(d -> read.add(d.path()));
    read.sort(Comparator.naturalOrder());
    return new ParsedApi(model, read);
  }

  private static List<SpecDocument> load(
      List<Path> specs, DocumentLoader loader, Diagnostics diagnostics) {
    if (specs.isEmpty()) {
      diagnostics.error(new SourceRef("", ""), "no spec files were given");
    }
    Map<Path, SpecDocument> inputs = new LinkedHashMap<>();
    for (Path spec : specs) {
      Path path = spec.toAbsolutePath().normalize();
      if (!inputs.containsKey(path)) {
        SpecDocument doc = loader.load(path);
        if (doc != null) {
          inputs.put(path, doc);
        }
      }
    }
    return new ArrayList<>(inputs.values());
  }
}
