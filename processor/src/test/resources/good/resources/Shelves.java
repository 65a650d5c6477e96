package good.resources;

import dev.mcpapt.annotations.Resource;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Every kind of resource method: text, binary, contents, a stage of several. */
public class Shelves {
  /** The catalogue, as text. */
  @Resource(uri = "library://catalogue", title = "Catalogue")
  public String catalogue() {
    return "1 book";
  }

  /** The cover image. */
  @Resource(uri = "library://cover.png", mimeType = "image/png")
  public byte[] cover() {
    return new byte[] {1};
  }

  /** The catalogue with its own metadata. */
  @Resource(uri = "library://catalogue.json", name = "catalogue_json", mimeType = "application/json")
  public ResourceContents catalogueJson(McpContext context) {
    return ResourceContents.text("library://catalogue.json", "application/json", "{}");
  }

  /** All shelves, one contents each. */
  @Resource(uri = "library://shelves")
  public static CompletionStage<List<ResourceContents>> shelves() {
    return CompletableFuture.completedFuture(List.of(ResourceContents.text("library://shelves/1", "text/plain", "A")));
  }
}
