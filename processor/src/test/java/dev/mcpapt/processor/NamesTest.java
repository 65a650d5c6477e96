package dev.mcpapt.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcpapt.processor.model.TypeModelFactory;
import dev.mcpapt.processor.read.UiUri;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
  @ParameterizedTest
  @CsvSource({
    "completeTask, complete_task",
    "getHTTPStatus, get_http_status",
    "list, list",
    "toUTF8, to_utf8",
    "parseURLs, parse_urls",
    "v2Search, v2_search",
    "already_snake, already_snake"
  })
  void defaultToolNamesAreSnakeCase(String method, String tool) {
    assertEquals(tool, TypeModelFactory.snakeCase(method));
  }

  @ParameterizedTest
  @CsvSource({
    "ui://widget/tasks.html, ",
    "https://example.com/w.html, it must start with ui://",
    "ui:///tasks.html, it needs a name after ui://",
    "ui://widget/tasks.html?x=1, it must not have a query or fragment",
  })
  void widgetUris(String uri, String problem) {
    assertEquals(problem, UiUri.problem(uri));
  }
}
