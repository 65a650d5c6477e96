package widgetdata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.Encode;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Board}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Board_McpFactory implements McpComponentFactory {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Board_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Board.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return new Component(new Board());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Board.class));
  }

  /**
   * The {@code show_board} tool: {@link Board#showBoard}.
   */
  private static ToolResult showBoardTool(Board instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    problems.throwIfAny();
    return GeneratedTool.orError(instance.showBoard(), widget -> widget.toToolResult(Board_McpFactory::writeBoard_Summary, Board_McpFactory::writeBoard_BoardView));
  }

  /**
   * The {@code add_card} tool: {@link Board#addCard}.
   */
  private static CompletionStage<ToolResult> addCardTool(Board instance, JsonNode args,
      Problems problems, McpContext context) throws Exception {
    String title = Decode.stringProperty(args, "title", problems);
    problems.throwIfAny();
    return instance.addCard(title).thenApply(result -> GeneratedTool.orError(result, widget -> widget.toToolResult(Board_McpFactory::writeBoard_Card, Board_McpFactory::writeBoard_BoardView)));
  }

  private static void writeBoard_Summary(JsonGenerator generator, Board.Summary value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("total");
    generator.writeNumber(value.total());
    generator.writeEndObject();
  }

  private static void writeBoard_Kind(JsonGenerator generator, Board.Kind value) throws
      IOException {
    switch (value) {
      case NOTE:
        generator.writeString("NOTE");
        break;
      case TODO:
        generator.writeString("to-do");
        break;
      default:
        throw new IllegalStateException(value.name());
    }
  }

  private static void writeBoard_Card(JsonGenerator generator, Board.Card value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("id");
    generator.writeNumber(value.id());
    String title = value.title();
    if (title != null) {
      generator.writeFieldName("title");
      generator.writeString(title);
    }
    Board.Kind kind = value.kind();
    if (kind != null) {
      generator.writeFieldName("kind");
      writeBoard_Kind(generator, kind);
    }
    Instant due = value.due();
    if (due != null) {
      generator.writeFieldName("due");
      Encode.instant(generator, due);
    }
    generator.writeEndObject();
  }

  private static void writeBoard_Layout(JsonGenerator generator, Board.Layout value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("columns");
    generator.writeNumber(value.columns());
    generator.writeFieldName("compact");
    generator.writeBoolean(value.compact());
    generator.writeEndObject();
  }

  private static void writeBoard_BoardView(JsonGenerator generator, Board.BoardView value) throws
      IOException {
    generator.writeStartObject();
    List<Board.Card> cards = value.cards();
    if (cards != null) {
      generator.writeFieldName("cards");
      Encode.collection(generator, cards, Board_McpFactory::writeBoard_Card);
    }
    Board.Card selected = value.selected();
    if (selected != null) {
      generator.writeFieldName("selected");
      writeBoard_Card(generator, selected);
    }
    Board.Layout layout = value.layout();
    if (layout != null) {
      generator.writeFieldName("com.example/layout");
      writeBoard_Layout(generator, layout);
    }
    generator.writeEndObject();
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Board_McpFactory.class, "widgetdata.Board");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Board instance) {
      this.tools = List.of(
          GeneratedTool.<Board>of(Descriptors.FILE, "show_board", instance, Board_McpFactory::showBoardTool),
          GeneratedTool.<Board>async(Descriptors.FILE, "add_card", instance, Board_McpFactory::addCardTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Board.class;
    }
  }
}
