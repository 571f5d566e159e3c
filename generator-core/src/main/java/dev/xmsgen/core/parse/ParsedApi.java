package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.ApiModel;
import java.nio.file.Path;
import java.util.List;

/**
 * The parser's result.
 *
 * @param model the resolved intermediate model
 * @param inputs every file read, {@code $ref}'d ones included, absolute and normalized, sorted
 */
public record ParsedApi(ApiModel model, List<Path> inputs) {
  public ParsedApi {
    inputs = List.copyOf(inputs);
  }
}
