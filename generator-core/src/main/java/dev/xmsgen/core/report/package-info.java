/**
 * The JSON report of a generation ({@link dev.xmsgen.core.report.ReportWriter}), and the JSON
 * style xmsgen's own files share ({@link dev.xmsgen.core.report.JsonStyle}).
 *
 * <p>The report is written from a generation's result alone, its model and its files: it may use
 * {@code model}, {@code naming} and {@code generated}, never {@code parse}, {@code emit},
 * swagger-parser or JavaPoet, and it names Java types the way {@code naming} says emit writes them.
 */
package dev.xmsgen.core.report;
