package dev.xmsgen.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Generates Java sources from Swagger 2.0 specs. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /** Where generated sources go. */
  @Parameter(
      property = "xmsgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/xmsgen")
  private File outputDirectory;

  @Override
  public void execute() throws MojoExecutionException {
    throw new MojoExecutionException("not yet: " + outputDirectory);
  }
}
