/**
 * The JSON report of a generation ({@link dev.xmsgen.core.report.ReportWriter}), and the JSON
 * style xmsgen's own files share ({@link dev.xmsgen.core.report.JsonStyle}).
 */
package dev.xmsgen.core.report;
