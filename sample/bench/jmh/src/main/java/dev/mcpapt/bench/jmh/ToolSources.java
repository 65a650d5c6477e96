package dev.mcpapt.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sources of many annotated tools, the input of the compile-time benchmark: classes of
 * {@value #TOOLS_PER_CLASS} tools each, with Javadoc, scalar, list and record parameters, the way
 * a large service exposes its operations.
 */
final class ToolSources {
  static final int TOOLS_PER_CLASS = 20;

  private ToolSources() {}

  /** Writes {@code tools} tools under {@code root}; returns the source files. */
  static List<Path> write(Path root, int tools) throws IOException {
    List<Path> files = new ArrayList<>();
    Path dir = Files.createDirectories(root.resolve("bench/generated"));
    int classes = (tools + TOOLS_PER_CLASS - 1) / TOOLS_PER_CLASS;
    for (int c = 0; c < classes; c++) {
      int count = Math.min(TOOLS_PER_CLASS, tools - c * TOOLS_PER_CLASS);
      Path file = dir.resolve("Catalog" + c + ".java");
      Files.writeString(file, source(c, count), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  static String source(int c, int count) {
    StringBuilder s = new StringBuilder();
    s.append("package bench.generated;\n\n");
    s.append("import dev.mcpapt.annotations.Param;\n");
    s.append("import dev.mcpapt.annotations.Tool;\n");
    s.append("import java.util.List;\n\n");
    s.append("/** Operations of catalog ").append(c).append(". */\n");
    s.append("public final class Catalog").append(c).append(" {\n");
    s.append("  /** A filter on one field. */\n");
    s.append("  public record Filter(\n");
    s.append("      @Param(description = \"The field to filter on\") String field,\n");
    s.append("      @Param(description = \"The value it must have\") String value,\n");
    s.append("      @Param(description = \"How much the filter counts\") int weight) {}\n\n");
    for (int t = 0; t < count; t++) {
      String name = "find" + c + "x" + t;
      switch (t % 4) {
        case 0 -> {
          s.append("  /**\n   * Finds items of kind ").append(t).append(" in catalog ").append(c).append(".\n   *\n");
          s.append("   * @param query the words to look for\n   * @param limit how many results at most\n   */\n");
          s.append("  @Tool(description = \"Finds items of kind ").append(t).append(".\")\n");
          s.append("  public String ").append(name).append("(String query, int limit) {\n");
          s.append("    return query + limit;\n  }\n\n");
        }
        case 1 -> {
          s.append("  /** Counts items of kind ").append(t).append(". */\n");
          s.append("  @Tool(description = \"Counts items of kind ").append(t).append(".\", readOnlyHint = true)\n");
          s.append("  public int ").append(name).append("(@Param(description = \"Whether words match exactly\") boolean exact,\n");
          s.append("      @Param(description = \"Tags the items carry\") List<String> tags) {\n");
          s.append("    return exact ? tags.size() : 0;\n  }\n\n");
        }
        case 2 -> {
          s.append("  /** Searches items of kind ").append(t).append(" with filters. */\n");
          s.append("  @Tool(description = \"Searches with filters.\")\n");
          s.append("  public String ").append(name).append("(@Param(description = \"The filters\") List<Filter> filters,\n");
          s.append("      @Param(description = \"Page size\", defaultValue = \"20\") int pageSize) {\n");
          s.append("    return filters.size() + \"/\" + pageSize;\n  }\n\n");
        }
        default -> {
          s.append("  /** Rates one item of kind ").append(t).append(". */\n");
          s.append("  @Tool(description = \"Rates an item.\", idempotentHint = true)\n");
          s.append("  public String ").append(name).append("(@Param(description = \"The item\") String id,\n");
          s.append("      @Param(description = \"The score\") double score, @Param(description = \"The main filter\") Filter filter) {\n");
          s.append("    return id + score + filter.field();\n  }\n\n");
        }
      }
    }
    s.append("}\n");
    return s.toString();
  }
}
