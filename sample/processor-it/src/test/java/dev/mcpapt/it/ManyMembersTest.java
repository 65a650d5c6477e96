package dev.mcpapt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.PromptResult;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.spi.CompletionHandler;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.PromptHandler;
import dev.mcpapt.runtime.spi.ResourceHandler;
import dev.mcpapt.runtime.spi.ResourceTemplateHandler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated switches of {@link ManyMembers}: 30 members of each kind, more than one switch
 * method holds, with members that answer later among them. Every read, prompt and completion must
 * reach its own method, through whichever part of its switch holds it.
 */
class ManyMembersTest {
  private final McpComponent component = TaskToolsTest.factory(ManyMembers.class).create();

  @Test
  void everyResourceReadsItsOwnMethod() throws Exception {
    List<ResourceHandler> resources = component.resources();
    assertEquals(30, resources.size());
    for (int i = 0; i < resources.size(); i++) {
      ResourceHandler resource = resources.get(i);
      assertEquals("many://resource/" + i, resource.uri());
      assertEquals(resource.uri(), resource.descriptor().path("uri").asText());
      List<ResourceContents> contents = resource.read(new TestContext()).toCompletableFuture().get();
      assertEquals(List.of(ResourceContents.text("many://resource/" + i, "text/plain", "resource " + i)), contents);
    }
  }

  @Test
  void everyTemplateReadsItsOwnMethod() throws Exception {
    List<ResourceTemplateHandler> templates = component.resourceTemplates();
    assertEquals(30, templates.size());
    for (int i = 0; i < templates.size(); i++) {
      ResourceTemplateHandler template = templates.get(i);
      assertEquals("many://template/" + i + "/{x}", template.uriTemplate());
      String uri = "many://template/" + i + "/abc";
      Map<String, String> variables = template.match(uri);
      assertEquals(Map.of("x", "abc"), variables);
      List<ResourceContents> contents = template.read(uri, variables, new TestContext()).toCompletableFuture().get();
      assertEquals(List.of(ResourceContents.text(uri, "text/plain", "template " + i + " abc")), contents);
    }
  }

  @Test
  void everyPromptRendersItsOwnMethod() throws Exception {
    List<PromptHandler> prompts = component.prompts();
    assertEquals(30, prompts.size());
    for (int i = 0; i < prompts.size(); i++) {
      PromptHandler prompt = prompts.get(i);
      assertEquals("prompt" + i, prompt.name());
      assertEquals(prompt.name(), prompt.descriptor().path("name").asText());
      PromptResult result = prompt.get(Map.of("x", "abc"), new TestContext()).toCompletableFuture().get();
      assertEquals("prompt " + i + " abc", ((Content.Text) result.messages().get(0).content()).text());
    }
  }

  @Test
  void everyCompletionRunsItsOwnMethod() throws Exception {
    List<CompletionHandler> completions = component.completions();
    assertEquals(30, completions.size());
    for (int i = 0; i < completions.size(); i++) {
      CompletionHandler completion = completions.get(i);
      assertEquals(CompletionHandler.RefType.PROMPT, completion.refType());
      assertEquals("prompt" + i, completion.refName());
      assertEquals("x", completion.argument());
      assertEquals(List.of("complete " + i + " ab"),
          completion.complete("ab", Map.of(), new TestContext()).toCompletableFuture().get());
    }
  }
}
