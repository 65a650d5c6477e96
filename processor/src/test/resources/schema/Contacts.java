package schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mcpapt.annotations.AtLeastOneOf;
import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.RequiredWhen;
import dev.mcpapt.annotations.SchemaDef;
import dev.mcpapt.annotations.SchemaDialect;
import dev.mcpapt.annotations.Tool;
import java.util.Optional;

@SchemaDialect
public class Contacts {
  public enum Method {
    @JsonProperty("phone") PHONE,
    @JsonProperty("email") EMAIL
  }

  @SchemaDef(name = "address", anchor = "addressDef")
  public record Address(@Param(required = false) String street, String city) {}

  /** Stores a contact. */
  @Tool
  @AtLeastOneOf({"phone", "email"})
  @RequiredWhen(param = "method", is = "phone", require = "phone", otherwise = "email")
  public Address save(@Param(required = false) String name, Optional<Address> address, @Param(required = false) Method method,
      Optional<String> phone, @Param(required = false) String email) {
    return address.orElse(null);
  }

  /** Books a call. */
  @Tool
  @RequiredWhen(param = "urgent", is = "true", require = "phone")
  @RequiredWhen(param = "attempts", is = "3", otherwise = "note")
  public String book(boolean urgent, int attempts, Optional<String> phone, @Param(required = false) String note) {
    return "";
  }
}
