package dev.xmsgen.core.emit.archfixture;

import io.swagger.models.Swagger;

/** Breaks a stage edge on purpose: an emitter that reads swagger-parser's model. */
public final class ReadsSwagger {
  public String title(Swagger swagger) {
    return swagger.getInfo().getTitle();
  }
}
