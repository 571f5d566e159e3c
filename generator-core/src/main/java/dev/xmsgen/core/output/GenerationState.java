package dev.xmsgen.core.output;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the output folder's state file records about the generation that last wrote the folder.
 *
 * @param generatorVersion {@link dev.xmsgen.core.Generator#version()} of that generation
 * @param complete always {@code true} in states this version writes (a swap in progress is
 *     recorded in a journal, not in the state); {@code false} in a state an earlier version left
 *     when it was interrupted, whose outputs list every file that may have been written
 * <p>Every map is sorted by key and unmodifiable.
 *
 * @param options every option, by name, as {@link Fingerprint} renders it
 * @param inputs every spec file read, by absolute path
 * @param outputs every file the generator owns in the folder, by path relative to the folder
 * @param report the report file written beside the sources, or {@code null} when none was asked
 *     for (its path is the {@code report} option)
 */
public record GenerationState(
    String generatorVersion,
    boolean complete,
    Map<String, String> options,
    Map<String, FileStamp> inputs,
    Map<String, FileStamp> outputs,
    FileStamp report) {

  public GenerationState {
    options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
    inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
    outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
  }

  /** The same state with other outputs and completeness. */
  GenerationState withOutputs(Map<String, FileStamp> newOutputs, boolean isComplete) {
    return new GenerationState(generatorVersion, isComplete, options, inputs, newOutputs, report);
  }
}
