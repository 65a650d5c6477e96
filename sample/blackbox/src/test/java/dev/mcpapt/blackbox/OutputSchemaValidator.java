package dev.mcpapt.blackbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;
import java.util.Set;

/**
 * The Java SDK client checks {@code structuredContent} against each tool's {@code outputSchema};
 * its default checker needs a newer schema library than the one the tests use, so this one does
 * the same check with ours (JSON Schema 2020-12, the MCP default dialect).
 */
final class OutputSchemaValidator implements JsonSchemaValidator {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @Override
  public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
    try {
      JsonNode value = MAPPER.valueToTree(structuredContent);
      Set<ValidationMessage> errors = FACTORY.getSchema(MAPPER.valueToTree(schema)).validate(value);
      String json = MAPPER.writeValueAsString(value);
      return errors.isEmpty() ? ValidationResponse.asValid(json) : ValidationResponse.asInvalid(errors.toString());
    } catch (Exception e) {
      return ValidationResponse.asInvalid(e.toString());
    }
  }
}
