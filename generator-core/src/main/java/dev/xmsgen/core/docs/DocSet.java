package dev.xmsgen.core.docs;

import java.util.List;

/**
 * Every reference page of one API and what the index shows.
 *
 * @param title the API's name (the top-level client's)
 * @param description the API's description, or empty
 * @param apiVersion the API's version
 * @param clientClass the top-level client's qualified name
 * @param pages resource pages sorted by id, then group pages sorted by id
 */
public record DocSet(
    String title,
    String description,
    String apiVersion,
    String clientClass,
    List<ReferencePage> pages) {

  public DocSet {
    pages = List.copyOf(pages);
  }
}
