// The official TypeScript SDK client completing its own OAuth flow against an mcp-apt server:
// 401 -> Protected Resource Metadata -> authorization-server metadata -> authorization code with
// PKCE -> token -> tools/call. Prints one JSON report on stdout.
// Usage: node oauth-client.mjs '<json config>'
//   config: { url, clientId, redirectUrl, calls: [{ name, arguments }] }
// The authorization server is expected to sign the user in without a form (it redirects back
// with a code at once), as a test authorization server does.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';

const config = JSON.parse(process.argv[2]);
const report = { steps: {} };

class TestProvider {
  constructor() {
    this.authorizationUrls = [];
  }
  get redirectUrl() {
    return config.redirectUrl;
  }
  get clientMetadata() {
    return {
      client_name: 'mcp-apt-oauth-test',
      redirect_uris: [config.redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }
  clientInformation() {
    return { client_id: config.clientId };
  }
  tokens() {
    return this.savedTokens;
  }
  saveTokens(tokens) {
    this.savedTokens = tokens;
  }
  redirectToAuthorization(url) {
    this.authorizationUrls.push(url.toString());
  }
  saveCodeVerifier(verifier) {
    this.verifier = verifier;
  }
  codeVerifier() {
    return this.verifier;
  }
}

const provider = new TestProvider();
const url = new URL(config.url);

try {
  // 1. Connect without a token: the server answers 401, the SDK discovers the metadata and
  //    starts the authorization-code flow (it "redirects" the user to the authorization server).
  const first = new StreamableHTTPClientTransport(url, { authProvider: provider });
  const signedOut = new Client({ name: 'mcp-apt-oauth-test', version: '1.0.0' }, { capabilities: {} });
  try {
    await signedOut.connect(first);
    report.firstConnect = 'connected without signing in';
  } catch (e) {
    report.firstConnect = e instanceof UnauthorizedError ? 'unauthorized' : String(e?.message ?? e);
  }
  report.authorizationUrl = provider.authorizationUrls[0] ?? null;
  if (!report.authorizationUrl) {
    throw new Error('the client did not start the authorization flow');
  }
  // 2. The user signs in: the authorization server redirects back with a code.
  const answer = await fetch(report.authorizationUrl, { redirect: 'manual' });
  const location = answer.headers.get('location');
  if (!location) {
    throw new Error('the authorization server did not redirect: HTTP ' + answer.status + ' ' + (await answer.text()).slice(0, 500));
  }
  const code = new URL(location).searchParams.get('code');
  // 3. The SDK exchanges the code (with the PKCE verifier and the resource) for a token.
  await first.finishAuth(code);
  report.tokenType = provider.savedTokens?.token_type ?? null;
  report.scope = provider.savedTokens?.scope ?? null;
  // 4. Connect again, now with the token, and use the tools.
  const client = new Client({ name: 'mcp-apt-oauth-test', version: '1.0.0' }, { capabilities: {} });
  await client.connect(new StreamableHTTPClientTransport(url, { authProvider: provider }));
  report.tools = (await client.listTools()).tools.map((t) => t.name);
  report.calls = [];
  for (const call of config.calls ?? []) {
    try {
      const r = await client.callTool({ name: call.name, arguments: call.arguments ?? {} });
      report.calls.push({ name: call.name, isError: !!r.isError, text: r.content?.[0]?.text ?? null });
    } catch (e) {
      report.calls.push({ name: call.name, error: String(e?.message ?? e) });
    }
  }
  await client.close();
  report.ok = true;
} catch (e) {
  report.ok = false;
  report.error = String(e?.stack ?? e);
}
console.log(JSON.stringify(report));
