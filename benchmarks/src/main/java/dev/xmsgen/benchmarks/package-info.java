/**
 * JMH benchmarks of in-process generation ({@link dev.xmsgen.benchmarks.GenerateBenchmark}): what a
 * build pays when the plugin regenerates, on the sample spec and the real KeyVault specs.
 *
 * <p>Measures and never changes anything: it calls the generator API, and the parser directly only
 * to time that stage alone; it writes no files and is not part of what users run.
 */
package dev.xmsgen.benchmarks;
