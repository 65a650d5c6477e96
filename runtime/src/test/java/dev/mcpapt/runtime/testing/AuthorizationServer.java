package dev.mcpapt.runtime.testing;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.InetAddress;
import java.net.URL;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OAuth 2.0 / OpenID Connect authorization server on loopback (mock-oauth2-server, which
 * serves metadata, JWKS, and the authorization-code flow with PKCE), for the resource-server
 * tests. Its issuers are {@code http://127.0.0.1:PORT/<id>}.
 */
public final class AuthorizationServer implements AutoCloseable {
  private final MockOAuth2Server server;

  /** Starts a server whose token endpoint issues tokens as {@code jsonConfig} says (null: defaults). */
  public AuthorizationServer(String jsonConfig) throws Exception {
    server = jsonConfig == null ? new MockOAuth2Server() : new MockOAuth2Server(OAuth2Config.Companion.fromJson(jsonConfig));
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  public AuthorizationServer() throws Exception {
    this(null);
  }

  /** The issuer URL of {@code issuerId}. */
  public String issuer(String issuerId) {
    String s = server.issuerUrl(issuerId).toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** A token of {@code issuerId} for {@code subject}, with {@code aud} and the space-separated {@code scope}. */
  public String token(String issuerId, String subject, String audience, String scope) {
    Map<String, Object> claims = scope == null ? Map.of() : Map.of("scope", scope);
    return server.issueToken(issuerId, subject, audience, claims, 3600).serialize();
  }

  /** A token with the given claims added or replaced (exp, nbf, iat, ...). */
  public String token(String issuerId, String subject, String audience, Map<String, Object> claims, long expirySeconds) {
    return server.issueToken(issuerId, subject, audience, claims, expirySeconds).serialize();
  }

  /** The issuer's current signing keys (public), as its jwks_uri serves them. */
  public JWKSet keys(String issuerId) throws Exception {
    return JWKSet.load(new URL(server.jwksUrl(issuerId).toString()));
  }

  /** A JWT with good claims signed by a key the issuer never published, under {@code kid}. */
  public static String signedByStranger(String issuer, String subject, String audience, String kid) throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID(kid).generate();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
        claims(issuer, subject, audience, Instant.now().plusSeconds(3600)));
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  public static JWTClaimsSet claims(String issuer, String subject, String audience, Instant expiry) {
    return new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(List.of(audience))
        .issueTime(new Date()).expirationTime(Date.from(expiry)).claim("scope", "notes.read notes.write").build();
  }

  @Override
  public void close() {
    server.shutdown();
  }
}
