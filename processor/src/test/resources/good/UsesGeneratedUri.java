package good;

import dev.mcpapt.annotations.Resource;

public class UsesGeneratedUri {
  /** The project's readme. */
  @Resource(uri = gen.Uris.README, mimeType = "text/markdown")
  public String readme() {
    return "# Readme";
  }
}
