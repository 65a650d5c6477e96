package good.beans;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.mcpapt.annotations.Tool;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/** A Jackson-style bean: fields, getters and setters, Jackson's names and descriptions. */
public class Stock {
  /** A stock item, as a Jackson-style bean. */
  public static class Item {
    private String sku;

    /** How many are in stock. */
    @Min(0)
    private int quantity;

    /** Price of one unit. */
    @JsonProperty("unit_price")
    public BigDecimal unitPrice;

    public Item() {}

    @JsonPropertyDescription("stock keeping unit")
    @JsonProperty(required = true)
    public String getSku() {
      return sku;
    }

    public void setSku(String sku) {
      this.sku = sku;
    }

    public int getQuantity() {
      return quantity;
    }

    public void setQuantity(int quantity) {
      this.quantity = quantity;
    }
  }

  /**
   * Doubles an item's quantity.
   *
   * @param item the item
   */
  @Tool
  public Item restock(Item item) {
    item.setQuantity(item.getQuantity() * 2);
    return item;
  }
}
