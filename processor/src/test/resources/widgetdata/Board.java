package widgetdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.annotations.WidgetAccessible;
import dev.mcpapt.runtime.widget.TypedWidgetResult;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A board whose widget reads its cards, typed, from the result's _meta. */
public class Board {
  /** What a card is for. */
  public enum Kind { NOTE, @JsonProperty("to-do") TODO }

  /**
   * A card.
   *
   * @param id its id
   * @param title what it says
   * @param kind what it is for
   * @param due when it is due, if ever
   */
  public record Card(long id, String title, Kind kind, Instant due) {}

  /** @param total how many cards there are */
  public record Summary(int total) {}

  /**
   * @param columns how many columns
   * @param compact whether to draw small cards
   */
  public record Layout(int columns, boolean compact) {}

  /**
   * What the widget draws; the model never sees it.
   *
   * @param cards every card, in order
   * @param selected the card to highlight, if any
   * @param layout how to lay the board out, under a key of its own
   */
  public record BoardView(List<Card> cards, Card selected, @JsonProperty("com.example/layout") Layout layout) {}

  /** Shows the board. */
  @Tool(readOnlyHint = true)
  @WidgetAccessible
  public TypedWidgetResult<Summary, BoardView> showBoard() {
    return TypedWidgetResult.of(new Summary(0), new BoardView(List.of(), null, new Layout(3, false)));
  }

  /**
   * Adds a card.
   *
   * @param title what it says
   */
  @Tool
  @WidgetAccessible
  public CompletableFuture<TypedWidgetResult<Card, BoardView>> addCard(String title) {
    Card card = new Card(1, title, Kind.NOTE, null);
    return CompletableFuture.completedFuture(
        TypedWidgetResult.of(card, new BoardView(List.of(card), card, new Layout(3, false))));
  }
}
