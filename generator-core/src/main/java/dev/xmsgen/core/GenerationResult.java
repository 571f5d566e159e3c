package dev.xmsgen.core;

import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import java.nio.file.Path;
import java.util.List;

/**
 * What one generation produced, before anything is written to disk.
 *
 * @param model the intermediate model the files were emitted from
 * @param files the generated sources, sorted by path
 * @param inputs every spec file read, {@code $ref}'d ones included, as absolute normalized paths,
 *     sorted
 */
public record GenerationResult(ApiModel model, List<GeneratedFile> files, List<Path> inputs) {
  public GenerationResult {
    files = List.copyOf(files);
    inputs = List.copyOf(inputs);
  }
}
