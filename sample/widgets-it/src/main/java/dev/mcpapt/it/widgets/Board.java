package dev.mcpapt.it.widgets;

import dev.mcpapt.annotations.OutputTemplate;
import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Security;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.annotations.WidgetAccessible;
import dev.mcpapt.annotations.WidgetAccessible.Visibility;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.widget.FileRef;
import dev.mcpapt.runtime.widget.HostHints;
import dev.mcpapt.runtime.widget.TypedWidgetResult;
import java.util.ArrayList;
import java.util.List;

/** A small board of cards with a widget: every widget key of both hosts, end to end. */
public class Board {
  /**
   * A card.
   *
   * @param id its id
   * @param title what it says
   */
  public record Card(long id, String title) {}

  /**
   * How many cards there are.
   *
   * @param total the number of cards
   */
  public record Summary(int total) {}

  /**
   * What the widget draws, in the result's widget-only {@code _meta}.
   *
   * @param cards every card on the board, in order
   */
  public record BoardView(List<Card> cards) {}

  private final List<Card> cards = new ArrayList<>(List.of(new Card(1, "First"), new Card(2, "<b>not bold</b>")));

  /** Shows the board of cards. */
  @Tool(readOnlyHint = true)
  @WidgetAccessible
  @OutputTemplate(
      uri = "ui://board/board.html",
      html = "widgets/board.html",
      description = "The board: one line per card, and a field to add one.",
      prefersBorder = true,
      csp = @OutputTemplate.Csp(connect = "https://api.example.com", redirect = "https://docs.example.com"),
      invoking = "Opening the board…",
      invoked = "Board open")
  public synchronized TypedWidgetResult<Summary, BoardView> showBoard() {
    return TypedWidgetResult.of(new Summary(cards.size()), view()).text(cards.size() + " cards on the board");
  }

  /**
   * Adds a card; the widget's add button calls it.
   *
   * @param title what the card says
   */
  @Tool
  @WidgetAccessible(visibility = Visibility.APP_ONLY)
  public synchronized TypedWidgetResult<Card, BoardView> addCard(String title) {
    if (title.isBlank()) {
      throw new ToolException("A card needs a title");
    }
    Card card = new Card(cards.size() + 1L, title);
    cards.add(card);
    return TypedWidgetResult.of(card, view()).text("Added card " + card.id());
  }

  /**
   * Archives the board; the model may call it, widgets may not.
   *
   * @param reason why
   */
  @Tool
  @WidgetAccessible(visibility = Visibility.MODEL_ONLY)
  public String archive(String reason) {
    return "archived: " + reason;
  }

  /**
   * Attaches a file to the board.
   *
   * @param note a note for the file
   */
  @Tool
  @Security(value = {Security.Scheme.NOAUTH, Security.Scheme.OAUTH2}, scopes = "board.write")
  public String attach(String note, @Param(name = "file") FileRef file) {
    return note + ": " + file.fileId();
  }

  /** What the host says about the user (hints only). */
  @Tool(readOnlyHint = true)
  public String whoami(McpContext context) {
    HostHints hints = context.hints();
    return hints.localeTag().orElse("-") + "|" + hints.userLocation().map(HostHints.UserLocation::city).orElse("-")
        + "|" + hints.declaresMcpApps();
  }

  private BoardView view() {
    return new BoardView(List.copyOf(cards));
  }
}
