package good.resources;

import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.FeatureSupport;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.GeneratedResource;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
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
    return DescriptorFile.load(Shelves_McpFactory.class, "good.resources.Shelves", "b0082d7c");
  }

  /**
   * The handlers of {@link Shelves}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Shelves instance) {
    return GeneratedComponent.builder(Shelves.class)
        .resources(GeneratedResource.<Shelves>list(descriptors(), instance, Shelves_McpFactory::readResources))
        .build();
  }

  /**
   * The resources, by their position in the descriptor file.
   */
  private static CompletionStage<List<ResourceContents>> readResources(int resource,
      Shelves instance, McpContext context) throws Exception {
    switch (resource) {
      case 0: { // library://catalogue
        return CompletableFuture.completedFuture(FeatureSupport.text("library://catalogue", "text/plain", instance.catalogue()));
      }
      case 1: { // library://cover.png
        return CompletableFuture.completedFuture(FeatureSupport.blob("library://cover.png", "image/png", instance.cover()));
      }
      case 2: { // library://catalogue.json
        return CompletableFuture.completedFuture(FeatureSupport.contents(instance.catalogueJson(context)));
      }
      case 3: { // library://shelves
        return Shelves.shelves().thenApply(result -> FeatureSupport.contents(result));
      }
      default:
        throw new IllegalArgumentException("no resource number " + resource);
    }
  }
}
