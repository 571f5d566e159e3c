package dev.xmsgen.core.docs;

import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The reference pages of a model as files: {@code index.md} and one {@code <id>.md} per page. */
public final class ReferenceDocs {

  private ReferenceDocs() {}

  /**
   * @param clientPackage the package of the generated clients
   * @param modelPackage the package of the generated models
   * @return the pages, sorted by path
   */
  public static List<GeneratedFile> files(ApiModel api, String clientPackage, String modelPackage) {
    DocSet set = new PagePlanner(clientPackage, modelPackage).plan(api);
    MarkdownWriter writer = new MarkdownWriter();
    List<GeneratedFile> files = new ArrayList<>();
    files.add(new GeneratedFile("index.md", writer.index(set)));
    for (ReferencePage page : set.pages()) {
      files.add(new GeneratedFile(page.id() + ".md", writer.page(set, page)));
    }
    files.sort(Comparator.comparing(GeneratedFile::relativePath));
    return files;
  }
}
