package dev.mcpapt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the URI-template matcher: templates as a server declares them (or
 * any text, which parses or is refused with {@link IllegalArgumentException}) against any URI a
 * client sends. Matching never throws and binds only the template's variables; a value expanded
 * into a one-variable template matches back to itself.
 */
class UriTemplateFuzzTest {
  private static final String[] TEMPLATES = {
      "test://template/{id}/data", "file:///{+path}", "search{?q,lang}", "users/{id}{/sub*}", "map{;x,y}",
      "ui://widget/{name}.html{#frag}", "db://{schema}/{table}{?limit,offset}", "a{.ext*}", "{&list*}"};

  @FuzzTest(maxDuration = "5m")
  void matchAnyUri(FuzzedDataProvider data) {
    int pick = data.consumeInt(0, TEMPLATES.length);
    String text = pick < TEMPLATES.length ? TEMPLATES[pick] : data.consumeString(80);
    UriTemplate template;
    try {
      template = UriTemplate.parse(text);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage() != null && e.getMessage().contains("URI template"), e.getMessage());
      return;
    }
    String value = data.consumeString(60);
    String uri = data.consumeRemainingAsString();
    Map<String, String> bound = template.match(uri);
    if (bound != null) {
      assertTrue(template.variableNames().containsAll(bound.keySet()), bound + " for " + text);
    }
    template.expand(Map.of("id", value, "path", value, "q", value));

    UriTemplate one = UriTemplate.parse("test://items/{id}/data");
    if (!value.isEmpty() && StandardCharsets.UTF_8.newEncoder().canEncode(value)) {
      String expanded = one.expand(Map.of("id", value));
      assertEquals(Map.of("id", value), one.match(expanded), "round trip of " + value + " via " + expanded);
    }
  }
}
