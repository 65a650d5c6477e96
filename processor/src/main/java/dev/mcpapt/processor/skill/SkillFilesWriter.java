package dev.mcpapt.processor.skill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.processor.names.GeneratedNames;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the skills of one class to the class output: a copy of every file (so the runtime serves
 * exactly the bytes that were digested) under {@code META-INF/mcp/skills/<class>/}, and the index
 * the runtime loads, {@code META-INF/mcp/<class>.skills.json}. Every file names the class as its
 * originating element.
 */
public final class SkillFilesWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Filer filer;

  public SkillFilesWriter(Filer filer) {
    this.filer = filer;
  }

  /** Where the copy of {@code file} is written. */
  static String filePath(String binaryClassName, SkillModel.File file) {
    return GeneratedNames.skillFile(binaryClassName, file.uri().substring("skill://".length()));
  }

  /** Writes the files and the index of {@code skills}. */
  public void write(String binaryClassName, List<SkillModel> skills, Element origin) throws IOException {
    ArrayNode index = JSON.createArrayNode();
    for (SkillModel skill : skills) {
      ObjectNode entry = index.addObject();
      entry.put("uri", skill.uri());
      entry.set("frontmatter", skill.frontmatter());
      ArrayNode files = entry.putArray("files");
      for (SkillModel.File f : skill.files()) {
        String path = filePath(binaryClassName, f);
        write(path, f.bytes(), origin);
        files.addObject()
            .put("uri", f.uri())
            .put("path", path)
            .put("mimeType", f.mimeType())
            .put("size", f.bytes().length)
            .put("digest", f.digest())
            .put("text", f.text());
      }
    }
    write(GeneratedNames.skillIndex(binaryClassName),
        (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(index) + "\n").getBytes(StandardCharsets.UTF_8), origin);
  }

  private void write(String path, byte[] bytes, Element origin) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
    try (OutputStream out = file.openOutputStream()) {
      out.write(bytes);
    }
  }
}
