package dev.xmsgen.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;

/**
 * How xmsgen writes the JSON files people read (the report, the output state): two-space indent,
 * {@code "key": value}, one value per line, a final newline. Uses Jackson's streaming API only, so
 * writing needs no data binding.
 */
public final class JsonStyle {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonStyle() {}

  /** The shared factory; it is thread-safe. */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /** A pretty-printing UTF-8 generator over {@code out}; closing it does not close {@code out}. */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    json.setPrettyPrinter(printer);
    return json;
  }
}
