package dev.xmsgen.core.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Our own words for a file that cannot be read or parsed: its line and column and a description
 * that quotes nothing of the file. Jackson's messages are not passed on, since they quote the text
 * they stumbled on ({@code Unrecognized token 'ghp_...'}), and a {@code $ref} may name any file.
 */
final class JsonErrors {
  /** A version as specs write it: short, letters, digits, dots and dashes. */
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.\\-]{1,16}");

  /** Jackson message starts and what they mean, in words that quote nothing. */
  private static final List<String[]> KINDS =
      List.of(
          new String[] {"unexpected end-of-input", "the document ends before its last value does"},
          new String[] {"unrecognized token", "a word that is not a JSON value (not quoted?)"},
          new String[] {"unexpected character", "a character that does not belong there"},
          new String[] {"duplicate field", "an object has a member name twice"},
          new String[] {"unexpected content after", "there is content after the document's end"},
          new String[] {"invalid utf-8", "the bytes are not UTF-8 text"},
          new String[] {"invalid utf-16", "the bytes are not UTF-8 text"},
          new String[] {"illegal character", "a control character that must be escaped"},
          new String[] {"illegal unquoted character", "a control character that must be escaped"},
          new String[] {"unrecognized character escape", "an invalid escape in a string"},
          new String[] {"illegal unquoted", "a control character that must be escaped"},
          new String[] {"invalid numeric value", "an invalid number"},
          new String[] {"numeric value", "a number out of range"},
          new String[] {"invalid number", "an invalid number"},
          new String[] {"unexpected close marker", "a closing bracket that does not match"},
          new String[] {"document nesting depth", "values nested deeper than allowed"},
          new String[] {"string value length", "a string longer than allowed"},
          new String[] {"number value length", "a number longer than allowed"},
          new String[] {"name length", "a member name longer than allowed"},
          new String[] {"document length", "a document longer than allowed"},
          new String[] {"yaml aliases are not supported",
            "YAML aliases (*name) are not supported (write the value out)"},
          new String[] {"while parsing a block mapping",
            "a mapping whose keys do not line up (indentation?)"},
          new String[] {"while parsing", "a structure YAML cannot read there"},
          new String[] {"while scanning", "a token YAML cannot read there"},
          new String[] {"mapping values are not allowed", "a ':' where no mapping may start"},
          new String[] {"expected a single document", "more than one document in the file"});

  private JsonErrors() {}

  /** {@code is not valid JSON at line 4, column 3: <what>}, quoting nothing of the file. */
  static String describe(JsonProcessingException e) {
    return describe(e, "JSON");
  }

  /** {@code is not valid <format> at line 4, column 3: <what>}, quoting nothing of the file. */
  static String describe(JsonProcessingException e, String format) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return "is not valid " + format + where + ": " + kind(e.getOriginalMessage(), format);
  }

  private static String kind(String message, String format) {
    String m = message == null ? "" : message.strip().toLowerCase(Locale.ROOT);
    for (String[] k : KINDS) {
      if (m.startsWith(k[0])) {
        return k[1];
      }
    }
    return "malformed " + format;
  }

  /** Why a file cannot be read, without its content: the operating system's reason. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A version member's text when it looks like a version, else words that quote nothing. */
  static String version(JsonNode value) {
    return value.isTextual() && VERSION.matcher(value.asText()).matches()
        ? value.asText()
        : "of an unknown version";
  }

  /** A version member as JSON ({@code "1.2"}) when it looks like one, else words. */
  static String quotedVersion(JsonNode value) {
    return value.isTextual() && VERSION.matcher(value.asText()).matches()
        ? value.toString()
        : "not a version string";
  }
}
