package good.beans;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.Decoders;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.Encode;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.JsonWriter;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ValueDecoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Stock}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Stock_McpFactory implements McpComponentFactory {
  private static final ValueDecoder<Stock.Item> STOCK_ITEM_DECODER = Stock_McpFactory::decodeStock_Item;

  private static final JsonWriter<Stock.Item> STOCK_ITEM_WRITER = Stock_McpFactory::writeStock_Item;

  private static final Set<String> STOCK_ITEM_PROPERTIES = Set.of("quantity", "sku", "unit_price");

  private static final BigDecimal LIMIT_0 = new BigDecimal("0");

  /**
   * Called by {@code ServiceLoader}.
   */
  public Stock_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Stock.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Stock());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Stock.class));
  }

  /**
   * The descriptor file of {@link Stock}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Stock_McpFactory.class, "good.beans.Stock", "b6c11268");
  }

  /**
   * The handlers of {@link Stock}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Stock instance) {
    return GeneratedComponent.builder(Stock.class)
        .tools(GeneratedTool.<Stock>list(descriptors(), instance, Stock_McpFactory::callTools))
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Stock instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // restock
        Stock.Item item = Decode.<Stock.Item>property(args, "item", problems, STOCK_ITEM_DECODER);
        problems.throwIfAny();
        return GeneratedTool.structured(instance.restock(item), STOCK_ITEM_WRITER);
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }

  private static Stock.Item decodeStock_Item(JsonNode node, Problems problems) {
    if (!Decode.object(node, STOCK_ITEM_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    Stock.Item value = new Stock.Item();
    if (node.has("unit_price")) {
      value.unitPrice = Decode.<BigDecimal>optionalProperty(node, "unit_price", problems, Decoders.BIG_DECIMAL);
    }
    value.setSku(Decode.stringProperty(node, "sku", problems));
    if (node.has("quantity")) {
      value.setQuantity(Decode.<Integer>optionalProperty(node, "quantity", problems, (n1, p1) -> Decode.range(Decode.intBox(n1, p1), LIMIT_0, false, null, false, p1)));
    }
    return problems.count() == count ? value : null;
  }

  private static void writeStock_Item(JsonGenerator generator, Stock.Item value) throws
      IOException {
    generator.writeStartObject();
    BigDecimal unitPrice = value.unitPrice;
    if (unitPrice != null) {
      generator.writeFieldName("unit_price");
      Encode.bigDecimal(generator, unitPrice);
    }
    String sku = value.getSku();
    if (sku != null) {
      generator.writeFieldName("sku");
      generator.writeString(sku);
    }
    generator.writeFieldName("quantity");
    generator.writeNumber(value.getQuantity());
    generator.writeEndObject();
  }
}
