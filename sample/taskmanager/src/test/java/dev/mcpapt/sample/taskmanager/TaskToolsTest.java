package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.auth.Principal;
import dev.mcpapt.runtime.spi.InvalidArgumentsException;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.ResourceHandler;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tools as a host reaches them: through the dispatchers the processor generated. */
class TaskToolsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOCAL = TaskStore.LOCAL_OWNER;
  private static final String ISSUER = "https://issuer.example";
  private static final Principal ALICE = user(ISSUER, "alice");
  private static final Principal BOB = user(ISSUER, "bob");

  @TempDir Path dir;
  private TaskStore store;
  private McpComponent component;

  @BeforeEach
  void setUp() {
    store = TaskStore.open(dir.resolve("tasks.db").toString());
    component = factory().create(new TaskTools(store));
  }

  static McpComponentFactory factory() {
    for (McpComponentFactory f : ServiceLoader.load(McpComponentFactory.class)) {
      if (f.type() == TaskTools.class) {
        return f;
      }
    }
    throw new AssertionError("no generated McpComponentFactory for TaskTools");
  }

  private ToolHandler tool(String name) {
    return component.tools().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no tool " + name));
  }

  private ToolResult call(String name, String argumentsJson) throws Exception {
    return call(name, argumentsJson, null);
  }

  /** Calls a tool as {@code caller} would reach it; {@code null} for a call without sign-in. */
  private ToolResult call(String name, String argumentsJson, Principal caller) throws Exception {
    try {
      return tool(name).call(JSON.readTree(argumentsJson), new TestContext(caller)).toCompletableFuture().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static JsonNode structured(ToolResult result) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.getFactory().createGenerator(out)) {
      result.structuredWriter().write(generator, result.structuredValue());
    }
    return JSON.readTree(out.toString());
  }

  static String text(ToolResult result) {
    StringBuilder text = new StringBuilder();
    for (Content block : result.content()) {
      if (block instanceof Content.Text t) {
        text.append(t.text());
      }
    }
    return text.toString();
  }

  @Test
  void servesTheSixToolsInDeclarationOrder() {
    List<String> names = new ArrayList<>();
    component.tools().forEach(t -> names.add(t.name()));
    assertEquals(List.of("show_tasks", "add_task", "complete_task", "delete_task", "rename_task", "clear_completed"), names);
    assertTrue(factory().canCreateDefault(), "java -jar discovers it through its no-argument constructor");
  }

  @Test
  void descriptorsPointAtTheWidgetAndLetItCallTheTools() {
    ObjectNode show = tool("show_tasks").descriptor();
    String uri = show.at("/_meta/ui/resourceUri").asText();
    assertTrue(uri.startsWith(TaskTools.WIDGET_URI), uri);
    assertEquals(uri, show.at("/_meta/ui~1resourceUri").asText());
    assertEquals(uri, show.at("/_meta/openai~1outputTemplate").asText());
    assertTrue(show.at("/annotations/readOnlyHint").asBoolean());
    for (String name : List.of("show_tasks", "add_task", "complete_task", "delete_task", "rename_task", "clear_completed")) {
      ObjectNode d = tool(name).descriptor();
      assertTrue(d.at("/_meta/openai~1widgetAccessible").asBoolean(), name);
      assertTrue(d.at("/_meta/ui/visibility").toString().contains("app"), name);
    }
    assertTrue(tool("delete_task").descriptor().at("/annotations/destructiveHint").asBoolean());
  }

  @Test
  void descriptorsAskForTheReadScopeToLookAndTheWriteScopeToChange() throws Exception {
    JsonNode read = JSON.readTree("[{\"type\":\"oauth2\",\"scopes\":[\"tasks.read\"]}]");
    JsonNode write = JSON.readTree("[{\"type\":\"oauth2\",\"scopes\":[\"tasks.write\"]}]");
    assertEquals(read, tool("show_tasks").descriptor().get("securitySchemes"));
    assertEquals(read, tool("show_tasks").descriptor().at("/_meta/securitySchemes"));
    for (String name : List.of("add_task", "complete_task", "delete_task", "rename_task", "clear_completed")) {
      ObjectNode d = tool(name).descriptor();
      assertEquals(write, d.get("securitySchemes"), name);
      assertEquals(write, d.at("/_meta/securitySchemes"), name);
    }
  }

  @Test
  void twoUsersNeverSeeOrTouchEachOthersTasks() throws Exception {
    long alices = structured(call("add_task", "{\"title\":\"alice's secret\"}", ALICE)).get("id").asLong();
    long alicesDone = structured(call("add_task", "{\"title\":\"alice's done\"}", ALICE)).get("id").asLong();
    call("complete_task", "{\"task_id\":" + alicesDone + "}", ALICE);
    ToolResult bobsAdd = call("add_task", "{\"title\":\"bob's\"}", BOB);
    long bobs = structured(bobsAdd).get("id").asLong();
    assertEquals(1, bobsAdd.meta().get("tasks").size(), "the fresh list in a change's answer is the caller's");

    ToolResult bobSees = call("show_tasks", "{}", BOB);
    assertEquals(JSON.readTree("{\"total\":1,\"pending\":1,\"completed\":0}"), structured(bobSees));
    assertFalse(text(bobSees).contains("alice"), text(bobSees));
    assertEquals(List.of("bob's"), titles(bobSees.meta().get("tasks")));

    // Alice's ids, guessed by Bob, answer exactly as an id nobody has.
    long missing = bobs + 1000;
    String nobodys = assertThrows(ToolException.class, () -> call("delete_task", "{\"task_id\":" + missing + "}", BOB))
        .getMessage().replace(Long.toString(missing), "N");
    for (long id : List.of(alices, alicesDone)) {
      for (String[] attempt : List.of(
          new String[] {"complete_task", "{\"task_id\":" + id + "}"},
          new String[] {"complete_task", "{\"task_id\":" + id + ",\"done\":false}"},
          new String[] {"rename_task", "{\"task_id\":" + id + ",\"title\":\"bob's now\"}"},
          new String[] {"delete_task", "{\"task_id\":" + id + "}"})) {
        ToolException refused = assertThrows(ToolException.class, () -> call(attempt[0], attempt[1], BOB), attempt[0]);
        assertEquals(nobodys, refused.getMessage().replace(Long.toString(id), "N"), attempt[0]);
        assertTrue(refused.getMessage().startsWith("There is no task " + id), refused.getMessage());
      }
    }
    assertEquals(0, structured(call("clear_completed", "{}", BOB)).get("deleted").asInt(), "alice's completed task is hers");

    ToolResult aliceSees = call("show_tasks", "{}", ALICE);
    assertEquals(JSON.readTree("{\"total\":2,\"pending\":1,\"completed\":1}"), structured(aliceSees));
    assertEquals(List.of("alice's secret", "alice's done"), titles(aliceSees.meta().get("tasks")));
    assertEquals(JSON.readTree("{\"total\":0,\"pending\":0,\"completed\":0}"), structured(call("show_tasks", "{}")),
        "a call without sign-in sees the local list only");

    // What the database holds, read over plain JDBC.
    Map<Long, String> owners = storedOwners();
    assertEquals(Map.of(alices, TaskTools.ownerOf(ALICE), alicesDone, TaskTools.ownerOf(ALICE), bobs, TaskTools.ownerOf(BOB)), owners);
    assertEquals(List.of("alice's secret", "alice's done"), titlesOf(store.list(TaskTools.ownerOf(ALICE))));
    assertTrue(store.list(TaskTools.ownerOf(ALICE)).get(1).done());
  }

  @Test
  void theSameSubjectAtTwoIssuersHasTwoLists() throws Exception {
    Principal here = user("https://one.example", "42");
    Principal there = user("https://two.example", "42");
    call("add_task", "{\"title\":\"at one\"}", here);
    assertEquals(List.of(), titles(call("show_tasks", "{}", there).meta().get("tasks")));
    assertEquals(List.of("at one"), titles(call("show_tasks", "{}", here).meta().get("tasks")));

    // Owners are unambiguous even where an issuer or a subject holds the separator.
    assertFalse(TaskTools.ownerOf(user("https://a.example x", "y")).equals(TaskTools.ownerOf(user("https://a.example", "x y"))));
    assertFalse(TaskTools.ownerOf(user("https://a.example%20x", "y")).equals(TaskTools.ownerOf(user("https://a.example x", "y"))));
    assertEquals("https://one.example 42", TaskTools.ownerOf(here));
    assertEquals(LOCAL, TaskTools.ownerOf(new TestContext(null)));
  }

  @Test
  void withoutSignInEveryCallSharesTheLocalList() throws Exception {
    long id = structured(call("add_task", "{\"title\":\"local\"}")).get("id").asLong();
    assertEquals(List.of("local"), titlesOf(store.list(LOCAL)));
    call("complete_task", "{\"task_id\":" + id + "}");
    assertEquals(Map.of(id, LOCAL), storedOwners());
    assertThrows(ToolException.class, () -> call("delete_task", "{\"task_id\":" + id + "}", ALICE),
        "a signed-in user does not reach the local list either");
  }

  private static Principal user(String issuer, String subject) {
    return new Principal(issuer, subject, Set.of(TaskTools.READ_SCOPE, TaskTools.WRITE_SCOPE),
        Map.of("iss", issuer, "sub", subject), "token-of-" + subject, null);
  }

  private static List<String> titles(JsonNode tasks) {
    List<String> titles = new ArrayList<>();
    tasks.forEach(task -> titles.add(task.get("title").asText()));
    return titles;
  }

  private static List<String> titlesOf(List<Task> tasks) {
    List<String> titles = new ArrayList<>();
    tasks.forEach(task -> titles.add(task.title()));
    return titles;
  }

  /** Task id → owner, as stored. */
  private Map<Long, String> storedOwners() throws Exception {
    Map<Long, String> owners = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tasks.db"));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id, owner FROM tasks ORDER BY id")) {
      while (rows.next()) {
        owners.put(rows.getLong(1), rows.getString(2));
      }
    }
    return owners;
  }

  @Test
  void inputSchemasUseTheSeedsWireNames() {
    JsonNode complete = tool("complete_task").descriptor().get("inputSchema");
    assertEquals("integer", complete.at("/properties/task_id/type").asText());
    assertTrue(complete.at("/properties/done/default").asBoolean());
    assertEquals("[\"task_id\"]", complete.get("required").toString());
    JsonNode add = tool("add_task").descriptor().get("inputSchema");
    assertEquals("string", add.at("/properties/title/type").asText());
    assertEquals("[\"title\"]", add.get("required").toString());
    assertTrue(tool("show_tasks").descriptor().at("/inputSchema/properties").isObject());
  }

  @Test
  void theWidgetResourceIsEscapingHtmlWithTheBridgeInlined() throws Exception {
    String uri = tool("show_tasks").descriptor().at("/_meta/ui/resourceUri").asText();
    ResourceHandler widget = component.resources().stream().filter(r -> r.uri().equals(uri)).findFirst()
        .orElseThrow(() -> new AssertionError("no resource " + uri));
    List<ResourceContents> contents = widget.read(new TestContext(null)).toCompletableFuture().join();
    assertEquals(1, contents.size());
    ResourceContents html = contents.get(0);
    assertEquals("text/html;profile=mcp-app", html.mimeType());
    assertTrue(html.text().contains("McpWidget"), "the bridge is inlined");
    assertFalse(html.text().contains("innerHTML"), "user strings are never parsed as HTML");
    assertTrue(html.text().contains("textContent"));
  }

  @Test
  void theWidgetDeclaresItsCharsetWithinTheFirstKilobyte() throws Exception {
    String uri = tool("show_tasks").descriptor().at("/_meta/ui/resourceUri").asText();
    ResourceHandler widget = component.resources().stream().filter(r -> r.uri().equals(uri)).findFirst().orElseThrow();
    String html = widget.read(new TestContext()).toCompletableFuture().join().get(0).text();
    byte[] bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String head = new String(bytes, 0, Math.min(1024, bytes.length), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(head.toLowerCase(java.util.Locale.ROOT).contains("<meta charset=\"utf-8\">"),
        "browsers look for the charset in the first 1,024 bytes only: " + head);
    assertTrue(bytes.length > 1024, "the bridge makes the page longer than the window the test looks at");
  }

  @Test
  void controlAndBidiCharactersInTitlesAreEscapedInTheTextTheModelReads() throws Exception {
    String title = "Pay \u001b[31mrent\u001b[0m \u202eevil\u202c \u2066x\u2069 \u2028 done";
    ToolResult added = call("add_task", JSON.writeValueAsString(JSON.createObjectNode().put("title", title)));
    String text = text(added);
    for (char c : new char[] {'\u001b', '\u202e', '\u202c', '\u2066', '\u2069', '\u2028'}) {
      assertEquals(-1, text.indexOf(c), "U+" + Integer.toHexString(c) + " in: " + text);
    }
    assertTrue(text.contains("Pay \\u001b[31mrent\\u001b[0m \\u202eevil\\u202c"), text);
    String list = text(call("show_tasks", "{}"));
    assertFalse(list.contains("\u202e") || list.contains("\u001b"), list);
    assertTrue(list.contains("\\u202eevil"), list);
    assertEquals(title, structured(added).get("title").asText(), "the widget and the store keep the title as typed");
    assertEquals("plain \ud83d\ude00 title", Content.escapeControls("plain \ud83d\ude00 title"), "pairs and plain text pass");
  }

  @Test
  void aTitleThatIsNotValidUnicodeIsRefusedNotStoredAsAQuestionMark() throws Exception {
    InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class,
        () -> call("add_task", "{\"title\":\"Buy \\ud800 milk\"}"));
    assertTrue(String.join(";", e.problems()).contains("title: is not valid Unicode text: an unpaired surrogate \\ud800"),
        e.problems().toString());
    assertTrue(store.list(TaskStore.LOCAL_OWNER).isEmpty(), "nothing was stored");
  }

  @Test
  void showTasksGivesTheModelASummaryAndTheWidgetTheList() throws Exception {
    Task milk = store.add(LOCAL, "Buy milk");
    store.add(LOCAL, "Call <mom>");
    store.setDone(LOCAL, milk.id(), true);

    ToolResult result = call("show_tasks", "{}");
    assertFalse(result.isError());
    assertEquals(JSON.readTree("{\"total\":2,\"pending\":1,\"completed\":1}"), structured(result));
    String text = text(result);
    assertTrue(text.startsWith("2 tasks (1 open, 1 done):"), text);
    assertTrue(text.contains("- [x] #" + milk.id() + " Buy milk"), text);
    JsonNode tasks = result.meta().get("tasks");
    assertEquals(2, tasks.size());
    assertEquals("Call <mom>", tasks.get(1).get("title").asText());
    assertTrue(tasks.get(0).get("done").asBoolean());
    assertNotNull(tasks.get(0).get("completedAt"));
  }

  @Test
  void changesReturnTheTaskAndTheFreshList() throws Exception {
    ToolResult added = call("add_task", "{\"title\":\"Review pull request\"}");
    long id = structured(added).get("id").asLong();
    assertEquals("Added task " + id + ": Review pull request", text(added));
    assertEquals(1, added.meta().get("tasks").size());

    ToolResult completed = call("complete_task", "{\"task_id\":" + id + "}");
    assertTrue(structured(completed).get("done").asBoolean(), "done defaults to true");
    ToolResult reopened = call("complete_task", "{\"task_id\":" + id + ",\"done\":false}");
    assertFalse(structured(reopened).get("done").asBoolean());

    ToolResult renamed = call("rename_task", "{\"task_id\":" + id + ",\"title\":\"Review PR 42\"}");
    assertEquals("Review PR 42", renamed.meta().at("/tasks/0/title").asText());

    call("complete_task", "{\"task_id\":" + id + "}");
    ToolResult cleared = call("clear_completed", "{}");
    assertEquals(1, structured(cleared).get("deleted").asInt());
    assertEquals(0, cleared.meta().get("tasks").size());
    assertEquals(List.of(), store.list(LOCAL));
  }

  @Test
  void refusalsAreToolErrorsTheUserCanRead() throws Exception {
    ToolException blank = assertThrows(ToolException.class, () -> call("add_task", "{\"title\":\"   \"}"));
    assertEquals("title: must not be blank", blank.getMessage());

    Task task = store.add(LOCAL, "gone soon");
    store.delete(LOCAL, task.id());
    ToolException gone = assertThrows(ToolException.class, () -> call("delete_task", "{\"task_id\":" + task.id() + "}"));
    assertTrue(gone.getMessage().startsWith("There is no task " + task.id()), gone.getMessage());
    assertEquals(List.of(), store.list(LOCAL));
  }

  @Test
  void malformedArgumentsAreRejectedBeforeTheMethodRuns() {
    InvalidArgumentsException wrongType =
        assertThrows(InvalidArgumentsException.class, () -> call("complete_task", "{\"task_id\":\"abc\"}"));
    assertTrue(wrongType.problems().get(0).startsWith("task_id:"), wrongType.problems().toString());
    InvalidArgumentsException missing = assertThrows(InvalidArgumentsException.class, () -> call("delete_task", "{}"));
    assertTrue(missing.getMessage().contains("task_id"), missing.getMessage());
    assertInstanceOf(InvalidArgumentsException.class, assertThrows(Exception.class, () -> call("add_task", "{\"title\":5}")));
  }

  /** The request context a host would pass: the caller, if signed in; nothing else is used. */
  static final class TestContext implements McpContext {
    private final Principal caller;

    TestContext(Principal caller) {
      this.caller = caller;
    }

    /** A signed-out caller. */
    TestContext() {
      this(null);
    }

    @Override
    public Optional<Principal> principal() {
      return Optional.ofNullable(caller);
    }

    @Override
    public String protocolVersion() {
      return "2025-11-25";
    }

    @Override
    public ObjectNode requestMeta() {
      return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public void progress(double progress, Double total, String message) {}

    @Override
    public void log(LogLevel level, String message) {}
  }
}
