/**
 * Writing generated sources to disk, for the CLI and the Maven plugin alike.
 *
 * <p>{@link dev.xmsgen.core.output.IncrementalGeneration} is the entry point. It keeps a state
 * file, {@code .xmsgen/state.json}, in the output folder ({@link
 * dev.xmsgen.core.output.StateFile}), which records the generator version, every option, a
 * SHA-256 of every spec file read ({@code $ref}'d ones included), and the files the generator
 * wrote. From it:
 *
 * <ul>
 *   <li><b>Up to date</b>: when version, options, spec digests and written files all match, the
 *       run ends without parsing ({@link dev.xmsgen.core.output.UpToDateCheck}); otherwise the
 *       outcome says why it ran, in one line.
 *   <li><b>Ownership</b>: the generator replaces only files it wrote and deletes only those that
 *       still hold what it wrote; every other file in the folder, and everything beside it, is
 *       left alone, and a generated file that would overwrite one is an error. A state it cannot
 *       read proves nothing: the run then owns nothing.
 *   <li><b>One writer</b>: an exclusive lock on {@code .xmsgen/lock} ({@link
 *       dev.xmsgen.core.output.OutputLock}) with a bounded wait; the state is read again under it.
 *   <li><b>Atomic</b>: a failed generation leaves the folder exactly as it was; files whose
 *       content did not change are not rewritten. New content is staged in {@code .xmsgen/} and a
 *       journal records the swap before it starts, so the next run finishes the swap of a run that
 *       was killed ({@link dev.xmsgen.core.output.Recovery}). See {@link
 *       dev.xmsgen.core.output.OutputWriter} for what "atomic" means in a folder shared with other
 *       files.
 *   <li><b>Contained</b>: a generated path that is absolute, has a {@code ..} segment, or would
 *       leave the folder in any way is rejected before anything is written.
 * </ul>
 *
 * <p>It sees a generation only through the {@code Generator} API, its result and the report: it
 * never reads specs or renders Java itself, so it may not use {@code parse}, {@code transform},
 * {@code emit}, swagger-parser or JavaPoet.
 */
package dev.xmsgen.core.output;
