package dev.mcpapt.runtime.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.json.JsonTrees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens the {@code requestState} of multi round-trip requests (revision 2026-07-28).
 *
 * <p>The state is {@code v1.<payload>.<mac>}: the payload is base64url JSON holding the answers
 * the client gave in earlier rounds, the request it belongs to (method, target name, a SHA-256
 * digest of the canonical arguments), the principal if one is known, an expiry and a random
 * nonce; the MAC is HMAC-SHA256 over {@code v1.<payload>} with a server key. A client can read
 * the state but cannot change it: any change, a state of another request or principal, or an
 * expired one is rejected. The key is random per process unless configured; servers behind a load
 * balancer share one key so that any instance can open the state another sealed.
 */
public final class RequestStateCodec {
  private static final JsonFactory JSON = new JsonFactory();
  private static final String VERSION = "v1";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The default time a sealed state stays valid. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(15);

  /** The keys: the first seals, every one opens (a rotation's overlap); fixed, or read from a shared store. */
  private final Supplier<List<SecretKeySpec>> keys;
  private final Duration ttl;
  private final Clock clock;

  /**
   * @param key at least 32 bytes of secret
   * @param ttl how long a sealed state stays valid
   */
  public RequestStateCodec(byte[] key, Duration ttl, Clock clock) {
    this(fixed(spec(key)), ttl, clock);
  }

  /**
   * A codec whose keys may change (a key shared by several nodes, and rotated): {@code keys}
   * gives the current key first, then older ones still accepted.
   */
  public static RequestStateCodec withKeys(Supplier<List<byte[]>> keys, Duration ttl, Clock clock) {
    Objects.requireNonNull(keys, "keys");
    return new RequestStateCodec(() -> {
      List<SecretKeySpec> out = new ArrayList<>();
      keys.get().forEach(k -> out.add(spec(k)));
      if (out.isEmpty()) {
        throw new IllegalStateException("no request-state key");
      }
      return out;
    }, ttl, clock);
  }

  private RequestStateCodec(Supplier<List<SecretKeySpec>> keys, Duration ttl, Clock clock) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("the request-state TTL must be positive");
    }
    this.keys = keys;
    this.ttl = ttl;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private static Supplier<List<SecretKeySpec>> fixed(SecretKeySpec key) {
    List<SecretKeySpec> one = List.of(key);
    return () -> one;
  }

  private static SecretKeySpec spec(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < 32) {
      throw new IllegalArgumentException("the request-state key must have at least 32 bytes, got " + key.length);
    }
    return new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /** A codec with a fresh random key (state sealed by this process opens only in it). */
  public static RequestStateCodec withRandomKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return new RequestStateCodec(key, DEFAULT_TTL, Clock.systemUTC());
  }

  /** What a state is bound to: the request it continues. */
  public record Binding(String method, String target, String argumentsDigest, String principal) {
    public Binding {
      Objects.requireNonNull(method, "method");
      target = target == null ? "" : target;
      argumentsDigest = argumentsDigest == null ? "" : argumentsDigest;
    }
  }

  /** Seals the answers given so far for the request {@code binding} describes. */
  public String seal(Binding binding, Map<String, JsonNode> answers) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    payload.put("m", binding.method());
    payload.put("t", binding.target());
    payload.put("d", binding.argumentsDigest());
    if (binding.principal() != null) {
      payload.put("p", binding.principal());
    }
    payload.put("x", clock.millis() + ttl.toMillis());
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    payload.put("n", B64.encodeToString(nonce));
    ObjectNode a = payload.putObject("a");
    answers.forEach(a::set);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(json)) {
      JsonTrees.write(g, payload);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String body = VERSION + "." + B64.encodeToString(json.toByteArray());
    return body + "." + B64.encodeToString(mac(body, keys.get().get(0)));
  }

  /**
   * Opens a state sealed by {@link #seal} and returns its answers.
   *
   * @throws InvalidRequestStateException if it was changed, belongs to another request or
   *     principal, or has expired; the message says which, without echoing the state
   */
  public Map<String, JsonNode> open(String state, Binding binding) throws InvalidRequestStateException {
    if (state == null || state.isEmpty()) {
      throw new InvalidRequestStateException("requestState is empty");
    }
    int last = state.lastIndexOf('.');
    if (!state.startsWith(VERSION + ".") || last <= VERSION.length()) {
      throw new InvalidRequestStateException("requestState was not issued by this server");
    }
    String body = state.substring(0, last);
    // The MAC is compared in its one canonical encoding, not decoded: a decoder ignores the unused
    // bits of the last character and tolerates padding, so several strings decode to one MAC.
    byte[] given = state.substring(last + 1).getBytes(StandardCharsets.ISO_8859_1);
    boolean intact = false;
    for (SecretKeySpec key : keys.get()) {
      intact |= MessageDigest.isEqual(B64.encode(mac(body, key)), given);
    }
    if (!intact) {
      throw new InvalidRequestStateException("requestState failed its integrity check");
    }
    JsonNode payload;
    try {
      byte[] bytes = B64D.decode(body.substring(VERSION.length() + 1));
      payload = JsonTrees.readDocument(JSON, bytes, 0, bytes.length);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidRequestStateException("requestState failed its integrity check");
    }
    if (payload == null) {
      throw new InvalidRequestStateException("requestState failed its integrity check");
    }
    if (payload.path("x").asLong(0) < clock.millis()) {
      throw new InvalidRequestStateException("requestState has expired; send the request again without it");
    }
    if (!binding.method().equals(payload.path("m").asText())
        || !binding.target().equals(payload.path("t").asText())
        || !binding.argumentsDigest().equals(payload.path("d").asText())) {
      throw new InvalidRequestStateException("requestState belongs to a different request");
    }
    JsonNode principal = payload.get("p");
    if (!Objects.equals(binding.principal(), principal == null ? null : principal.asText())) {
      throw new InvalidRequestStateException("requestState belongs to a different principal");
    }
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    payload.path("a").fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue()));
    return answers;
  }

  private static byte[] mac(String body, SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /**
   * The SHA-256 of {@code value}'s canonical JSON (object keys sorted at every level), in hex, so
   * the same arguments digest the same however the client ordered them.
   */
  public static String digest(JsonNode value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      writeCanonical(g, value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeCanonical(JsonGenerator g, JsonNode node) throws IOException {
    if (node == null || node.isMissingNode()) {
      g.writeNull();
    } else if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      g.writeStartObject();
      for (String name : names) {
        g.writeFieldName(name);
        writeCanonical(g, node.get(name));
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        writeCanonical(g, it.next());
      }
      g.writeEndArray();
    } else {
      JsonTrees.write(g, node);
    }
  }
}
