package widgetdata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.Encode;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.JsonWriter;
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
  private static final JsonWriter<Board.Summary> BOARD_SUMMARY_WRITER = Board_McpFactory::writeBoard_Summary;

  private static final JsonWriter<Board.BoardView> BOARD_BOARD_VIEW_WRITER = Board_McpFactory::writeBoard_BoardView;

  private static final JsonWriter<Board.Card> BOARD_CARD_WRITER = Board_McpFactory::writeBoard_Card;

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
    return newComponent(new Board());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Board.class));
  }

  /**
   * The descriptor file of {@link Board}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Board_McpFactory.class, "widgetdata.Board", "697e9bac");
  }

  /**
   * The handlers of {@link Board}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Board instance) {
    List<ToolHandler> tools = GeneratedTool.<Board>tools(descriptors(), instance)
        .answering(Board_McpFactory::callTools)
        .answeringLater(Board_McpFactory::callToolsLater, "add_card")
        .list();
    return GeneratedComponent.builder(Board.class)
        .tools(tools)
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Board instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // show_board
        problems.throwIfAny();
        return GeneratedTool.orError(instance.showBoard(), widget -> widget.toToolResult(BOARD_SUMMARY_WRITER, BOARD_BOARD_VIEW_WRITER));
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }

  /**
   * The tools that answer later, by their position in the descriptor file.
   */
  private static CompletionStage<ToolResult> callToolsLater(int tool, Board instance, JsonNode args,
      Problems problems, McpContext context) throws Exception {
    switch (tool) {
      case 1: { // add_card
        String title = Decode.stringProperty(args, "title", problems);
        problems.throwIfAny();
        return instance.addCard(title).thenApply(result -> GeneratedTool.orError(result, widget -> widget.toToolResult(BOARD_CARD_WRITER, BOARD_BOARD_VIEW_WRITER)));
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
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
      Encode.collection(generator, cards, BOARD_CARD_WRITER);
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
}
