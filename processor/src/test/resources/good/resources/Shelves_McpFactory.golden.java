package good.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.FeatureSupport;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.ResourceHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Shelves}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Shelves_McpFactory implements McpComponentFactory {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Shelves_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Shelves.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Shelves());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Shelves.class));
  }

  /**
   * The descriptor file of {@link Shelves}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Shelves_McpFactory.class, "good.resources.Shelves");
  }

  /**
   * The handlers of {@link Shelves}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Shelves instance) {
    List<ResourceHandler> resources = List.of(
        new CatalogueResource(instance),
        new CoverResource(instance),
        new CatalogueJsonResource(instance),
        new ShelvesResource());
    return GeneratedComponent.builder(Shelves.class)
        .resources(resources)
        .build();
  }

  /**
   * The resource {@code library://catalogue}: {@link Shelves#catalogue}.
   */
  private static final class CatalogueResource implements ResourceHandler {
    private final ObjectNode descriptor;

    private final Shelves instance;

    CatalogueResource(Shelves instance) {
      this.instance = instance;
      this.descriptor = descriptors().entry("resources", "uri", "library://catalogue");
    }

    @Override
    public String uri() {
      return "library://catalogue";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<List<ResourceContents>> read(McpContext context) throws Exception {
      return CompletableFuture.completedFuture(FeatureSupport.text("library://catalogue", "text/plain", instance.catalogue()));
    }
  }

  /**
   * The resource {@code library://cover.png}: {@link Shelves#cover}.
   */
  private static final class CoverResource implements ResourceHandler {
    private final ObjectNode descriptor;

    private final Shelves instance;

    CoverResource(Shelves instance) {
      this.instance = instance;
      this.descriptor = descriptors().entry("resources", "uri", "library://cover.png");
    }

    @Override
    public String uri() {
      return "library://cover.png";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<List<ResourceContents>> read(McpContext context) throws Exception {
      return CompletableFuture.completedFuture(FeatureSupport.blob("library://cover.png", "image/png", instance.cover()));
    }
  }

  /**
   * The resource {@code library://catalogue.json}: {@link Shelves#catalogueJson}.
   */
  private static final class CatalogueJsonResource implements ResourceHandler {
    private final ObjectNode descriptor;

    private final Shelves instance;

    CatalogueJsonResource(Shelves instance) {
      this.instance = instance;
      this.descriptor = descriptors().entry("resources", "uri", "library://catalogue.json");
    }

    @Override
    public String uri() {
      return "library://catalogue.json";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<List<ResourceContents>> read(McpContext context) throws Exception {
      return CompletableFuture.completedFuture(FeatureSupport.contents(instance.catalogueJson(context)));
    }
  }

  /**
   * The resource {@code library://shelves}: {@link Shelves#shelves}.
   */
  private static final class ShelvesResource implements ResourceHandler {
    private final ObjectNode descriptor;

    ShelvesResource() {
      this.descriptor = descriptors().entry("resources", "uri", "library://shelves");
    }

    @Override
    public String uri() {
      return "library://shelves";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<List<ResourceContents>> read(McpContext context) throws Exception {
      return Shelves.shelves().thenApply(result -> FeatureSupport.contents(result));
    }
  }
}
