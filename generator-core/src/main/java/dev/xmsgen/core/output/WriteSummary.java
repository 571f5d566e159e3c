package dev.xmsgen.core.output;

import java.util.List;

/**
 * What writing did to the output folder, each list sorted, paths relative to the folder.
 *
 * @param written files created or replaced because their content is new
 * @param unchanged files already holding the generated content, left untouched (their
 *     modification times too)
 * @param deleted files of the previous generation that this one no longer produces
 */
public record WriteSummary(List<String> written, List<String> unchanged, List<String> deleted) {
  public WriteSummary {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    deleted = List.copyOf(deleted);
  }

  /** How many files the generation produced. */
  public int generated() {
    return written.size() + unchanged.size();
  }
}
