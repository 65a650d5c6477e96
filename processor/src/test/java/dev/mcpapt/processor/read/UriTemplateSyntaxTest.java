package dev.mcpapt.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mcpapt.runtime.UriTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compile-time template check agrees with the runtime's parser on every case. */
class UriTemplateSyntaxTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "test://template/{id}/data", "file:///{+path}", "x://list{?status,limit}", "x://r{/a,b}", "doc://readme{.ext}",
      "x://{a}{&b}", "x://p{;p}", "x://{#frag}", "x://{name:3}", "x://{list*}", "x://plain", "x://{a.b}", "x://{%41}"})
  void acceptsWhatTheRuntimeAccepts(String template) {
    UriTemplateSyntax.Parsed parsed = UriTemplateSyntax.parse(template);
    assertNull(parsed.problem(), template);
    assertEquals(UriTemplate.parse(template).variableNames(), parsed.variables(), template);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x://{id", "x://{}", "x://{a-b}", "x://{=a}", "x://a}", "x://{a:0}", "x://{a:x}", "x://{.}"})
  void rejectsWhatTheRuntimeRejects(String template) {
    assertNotNull(UriTemplateSyntax.parse(template).problem(), template);
    try {
      UriTemplate.parse(template);
    } catch (IllegalArgumentException expected) {
      return;
    }
    throw new AssertionError("the runtime accepted " + template);
  }
}
