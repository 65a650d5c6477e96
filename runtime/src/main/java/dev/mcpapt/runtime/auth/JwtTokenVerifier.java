package dev.mcpapt.runtime.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies JWT access tokens with Nimbus JOSE+JWT: the signature against the keys of the issuer
 * the token names (one of {@link OAuthOptions#issuers()}), with an allow-list of asymmetric
 * algorithms (so neither {@code alg: none} nor an HMAC "signed" with a public key passes); then
 * {@code iss} exactly, {@code aud} containing the resource, {@code exp} required, {@code exp},
 * {@code nbf} and {@code iat} within the clock skew, {@code sub} required; {@code typ} may be
 * absent, {@code JWT} or {@code at+jwt} (RFC 9068).
 *
 * <p>Scopes come from {@code scope} (a space-separated string, RFC 9068) or {@code scp} (a list
 * or string, as some providers send). Messages of the exceptions are safe for clients.
 */
public final class JwtTokenVerifier implements TokenVerifier {
  private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");
  /** Longer than any JWT access token in use; longer ones are refused before parsing. */
  private static final int MAX_TOKEN_CHARS = 16 * 1024;

  private final Map<String, DefaultJWTProcessor<SecurityContext>> processors = new LinkedHashMap<>();
  private final Map<String, IssuerKeys> keys = new LinkedHashMap<>();

  public JwtTokenVerifier(OAuthOptions options) {
    Set<JWSAlgorithm> algorithms = new HashSet<>();
    for (String a : options.algorithms()) {
      algorithms.add(JWSAlgorithm.parse(a));
    }
    long skew = options.clockSkew().toSeconds();
    for (URI issuer : options.issuers()) {
      IssuerKeys k = new IssuerKeys(issuer, options);
      DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
      p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, AT_JWT, null));
      p.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, (selector, context) -> {
        try {
          return k.source().get(selector, context);
        } catch (TokenVerificationUnavailableException e) {
          throw new KeySourceException(e.getMessage(), e);
        }
      }));
      DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
          options.audiences(),
          new JWTClaimsSet.Builder().issuer(issuer.toString()).build(),
          Set.of("iss", "sub", "exp"),
          null) {
        @Override
        public void verify(JWTClaimsSet set, SecurityContext context) throws BadJWTException {
          super.verify(set, context);
          Date iat = set.getIssueTime();
          if (iat != null && iat.toInstant().isAfter(Instant.now().plusSeconds(skew))) {
            throw new BadJWTException("JWT issued in the future");
          }
        }
      };
      claims.setMaxClockSkew((int) skew);
      p.setJWTClaimsSetVerifier(claims);
      processors.put(issuer.toString(), p);
      keys.put(issuer.toString(), k);
    }
  }

  @Override
  public Principal verify(String token) throws InvalidTokenException, TokenVerificationUnavailableException {
    if (token.length() > MAX_TOKEN_CHARS) {
      throw new InvalidTokenException("The access token is too long");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException e) {
      throw new InvalidTokenException("The access token is not a well-formed JWT");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      throw new InvalidTokenException("The access token is not signed");
    }
    String issuer;
    try {
      issuer = signed.getJWTClaimsSet().getIssuer();
    } catch (ParseException e) {
      throw new InvalidTokenException("The access token's claims are not valid JSON");
    }
    DefaultJWTProcessor<SecurityContext> processor = issuer == null ? null : processors.get(issuer);
    if (processor == null) {
      throw new InvalidTokenException("The access token was issued by an authorization server this resource does not trust");
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(signed, null);
    } catch (KeySourceException e) {
      if (e.getCause() instanceof TokenVerificationUnavailableException u) {
        throw u;
      }
      throw new TokenVerificationUnavailableException("the keys of " + issuer + " cannot be fetched", e);
    } catch (BadJWTException e) {
      throw new InvalidTokenException(describe(e.getMessage()));
    } catch (BadJOSEException e) {
      throw new InvalidTokenException(e.getMessage() != null && e.getMessage().contains("type")
          ? "The access token has an unexpected type (typ)"
          : "The access token's signature cannot be verified with the issuer's keys and accepted algorithms");
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new InvalidTokenException("The access token's signature cannot be verified");
    }
    return principalOf(claims, token);
  }

  /** Nimbus's claim messages, said for a client (never with claim values). */
  private static String describe(String message) {
    String m = message == null ? "" : message;
    if (m.startsWith("Expired")) {
      return "The access token has expired";
    }
    if (m.contains("before use time")) {
      return "The access token is not valid yet (nbf)";
    }
    if (m.contains("issued in the future")) {
      return "The access token was issued in the future (iat)";
    }
    if (m.contains(" aud ") || m.contains("audience")) {
      return "The access token was not issued for this resource (aud)";
    }
    if (m.contains("missing required claims")) {
      return "The access token lacks a required claim (iss, sub and exp are required)";
    }
    if (m.contains("iss")) {
      return "The access token's issuer is not accepted";
    }
    return "The access token's claims are not valid";
  }

  static Principal principalOf(JWTClaimsSet claims, String token) {
    Set<String> scopes = new LinkedHashSet<>();
    addScopes(claims.getClaim("scope"), scopes);
    addScopes(claims.getClaim("scp"), scopes);
    Date exp = claims.getExpirationTime();
    return new Principal(claims.getIssuer(), claims.getSubject(), scopes, claims.toJSONObject(), token,
        exp == null ? null : exp.toInstant());
  }

  private static void addScopes(Object value, Set<String> into) {
    if (value instanceof String s) {
      for (String part : s.trim().split("\\s+")) {
        if (!part.isEmpty()) {
          into.add(part);
        }
      }
    } else if (value instanceof Collection<?> list) {
      for (Object o : list) {
        if (o instanceof String s && !s.isBlank()) {
          into.add(s.trim());
        }
      }
    }
  }

  /** The issuers this verifier trusts. */
  public List<String> issuers() {
    return List.copyOf(processors.keySet());
  }
}
