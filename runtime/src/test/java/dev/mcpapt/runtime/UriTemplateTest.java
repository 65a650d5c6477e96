package dev.mcpapt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UriTemplateTest {
  @Test
  void aHostileUriCannotMakeAdjacentVariablesBacktrackForever() {
    // Found by UriTemplateFuzzTest: each adjacent pair of variables multiplies the ways a regex
    // can split a URI, and a URI that fails at its end makes it try them all.
    UriTemplate t = UriTemplate.parse("{a}{b}{c}{d}{e}{f}{g}{h}9{i}{j}8");
    String hostile = "8".repeat(5000) + "{(t}9E";
    Map<String, String>[] result = new Map[1];
    assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
      result[0] = t.match(hostile);
    });
    assertNull(result[0]);
    String longId = "7".repeat(200_000);
    assertEquals(Map.of("id", longId), UriTemplate.parse("test://template/{id}/data").match("test://template/" + longId + "/data"),
        "the bound leaves room for long URIs that match");
    assertEquals(Map.of("a", "x", "b", "y"), UriTemplate.parse("{a}-{b}").match("x-y"));
  }

  @Test
  void simpleVariablesMatchOneSegmentAndDecode() {
    UriTemplate t = UriTemplate.parse("test://template/{id}/data");
    assertEquals(List.of("id"), t.variableNames());
    assertEquals(Map.of("id", "123"), t.match("test://template/123/data"));
    assertEquals(Map.of("id", "a b"), t.match("test://template/a%20b/data"));
    assertNull(t.match("test://template/1/2/data"), "a simple variable must not span segments");
    assertNull(t.match("test://template//data"), "a simple variable must not be empty");
    assertNull(t.match("test://other/123/data"));
  }

  @Test
  void reservedVariablesSpanSegments() {
    UriTemplate t = UriTemplate.parse("file:///{+path}");
    assertEquals(Map.of("path", "src/main/App.java"), t.match("file:///src/main/App.java"));
  }

  @Test
  void queryVariablesInAnyOrderAndOptional() {
    UriTemplate t = UriTemplate.parse("tasks://list{?status,limit}");
    assertEquals(Map.of("status", "open", "limit", "10"), t.match("tasks://list?limit=10&status=open"));
    assertEquals(Map.of(), t.match("tasks://list"));
    assertEquals(Map.of("status", "a&b"), t.match("tasks://list?status=a%26b"));
  }

  @Test
  void pathSegmentAndLabelOperators() {
    assertEquals(Map.of("a", "x", "b", "y"), UriTemplate.parse("repo://r{/a,b}").match("repo://r/x/y"));
    assertEquals(Map.of("ext", "json"), UriTemplate.parse("doc://readme{.ext}").match("doc://readme.json"));
  }

  @Test
  void expansionIsTheInverseOfMatching() {
    UriTemplate t = UriTemplate.parse("users://{name}/posts{?tag}");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", "Zoë Smith");
    values.put("tag", "a/b");
    String uri = t.expand(values);
    assertEquals("users://Zo%C3%AB%20Smith/posts?tag=a%2Fb", uri);
    assertEquals(Map.of("name", "Zoë Smith", "tag", "a/b"), t.match(uri));
  }

  @Test
  void malformedTemplatesAreRejectedWithThePosition() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse("x://{id"));
    assertTrue(e.getMessage().contains("unclosed '{' at index 4"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse("x://{}"));
    assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse("x://{a-b}"));
    assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse("x://{=a}"));
    assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse("x://a}"));
  }

  @Test
  void literalTemplatesMatchOnlyThemselves() {
    UriTemplate t = UriTemplate.parse("test://static-text");
    assertTrue(t.isLiteral());
    assertEquals(Map.of(), t.match("test://static-text"));
    assertNull(t.match("test://static-textX"));
  }
}
