package dev.mcpapt.conformance;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mcpapt.annotations.AtLeastOneOf;
import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.RequiredWhen;
import dev.mcpapt.annotations.SchemaDef;
import dev.mcpapt.annotations.SchemaDialect;
import dev.mcpapt.annotations.Tool;

/**
 * The suite's {@code json-schema-2020-12} fixture: a tool whose input schema uses {@code $schema},
 * {@code $defs} with an {@code $anchor}, {@code allOf}/{@code anyOf} and {@code if}/{@code then}/
 * {@code else}, all from annotations. The generated handler enforces the same rules.
 */
public class SchemaTools {
  // No Javadoc on the types below: it would become a "description" the fixture does not have.

  public enum ContactMethod {
    @JsonProperty("phone") PHONE,
    @JsonProperty("email") EMAIL
  }

  @SchemaDef(name = "address", anchor = "addressDef")
  public record Address(@Param(required = false) String street, @Param(required = false) String city) {}

  @Tool(name = "json_schema_2020_12_tool", description = "Tool with JSON Schema 2020-12 features")
  @SchemaDialect
  @AtLeastOneOf({"phone", "email"})
  @RequiredWhen(param = "contactMethod", is = "phone", require = "phone", otherwise = "email")
  public String jsonSchema202012Tool(
      @Param(required = false) String name,
      @Param(required = false) Address address,
      @Param(required = false) ContactMethod contactMethod,
      @Param(required = false) String phone,
      @Param(required = false) String email) {
    return "contact " + (name == null ? "someone" : name) + " by "
        + (contactMethod == ContactMethod.PHONE ? "phone at " + phone : "email at " + email);
  }
}
