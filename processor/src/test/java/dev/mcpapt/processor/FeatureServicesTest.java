package dev.mcpapt.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A class with resources and no tool is a component too. What is generated for resources,
 * templates, prompts and completions is compared with the small goldens of {@link SmallGoldenTest}.
 */
class FeatureServicesTest {
  @Test
  void aClassWithOnlyResourcesIsRegisteredForDiscovery() throws IOException {
    Compilation compilation = Compilations.withProcessors().compile(JavaFileObjects.forResource("good/resources/Shelves.java"));
    String services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory").orElseThrow().getCharContent(true).toString();
    assertEquals("good.resources.Shelves_McpFactory\n", services);
  }
}
