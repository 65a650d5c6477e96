import { CLIENT_CAPABILITIES, CLIENT_INFO, FALLBACK, LATEST } from "./protocol.js";
import { $, log } from "./ui.js";
import { logChallenge, withToken } from "./token.js";

// ---- MCP client over Streamable HTTP ----------------------------------------------------------

/** An error the server answered with (a JSON-RPC error), or a failure to reach it. */
export class McpError extends Error {
  constructor(message, code, data) {
    super(message);
    this.name = "McpError";
    this.code = code === undefined ? null : code;
    this.data = data === undefined ? null : data;
  }
}

/** The Mcp-Name header value: plain when it is safe ASCII, else the Base64 sentinel form. */
function headerValue(value) {
  var s = String(value);
  var plain = /^[\x21-\x7E]([\x20-\x7E]*[\x21-\x7E])?$/.test(s) && !/^=\?base64\?.*\?=$/.test(s);
  if (plain) return s;
  var bytes = new TextEncoder().encode(s);
  var bin = "";
  bytes.forEach(function (b) {
    bin += String.fromCharCode(b);
  });
  return "=?base64?" + btoa(bin) + "?=";
}

export class McpClient {
  constructor(endpoint) {
    this.endpoint = endpoint;
    this.version = LATEST;
    this.session = null;
    this.nextId = 1;
    this.serverInfo = null;
    this.capabilities = {};
  }

  /** Finds out which revision the server speaks: server/discover first, else initialize. */
  async connect() {
    try {
      var discovered = await this.request("server/discover", {});
      var versions = discovered.supportedVersions || [];
      if (versions.indexOf(LATEST) < 0) throw new McpError("server does not list " + LATEST, -32022);
      this.capabilities = discovered.capabilities || {};
      this.serverInfo = (discovered._meta && discovered._meta["io.modelcontextprotocol/serverInfo"]) || null;
      return;
    } catch (e) {
      if (!(e instanceof McpError) || e.code === null || e.httpStatus >= 500) throw e;
      if (e.httpStatus === 401 || e.httpStatus === 403) throw e; // no revision helps without a token
      log.add("host", "err", "server/discover failed (" + e.message + "); falling back to " + FALLBACK);
    }
    this.version = FALLBACK;
    var init = await this.request("initialize", {
      protocolVersion: FALLBACK,
      capabilities: CLIENT_CAPABILITIES,
      clientInfo: CLIENT_INFO,
    });
    this.version = init.protocolVersion || FALLBACK;
    this.capabilities = init.capabilities || {};
    this.serverInfo = init.serverInfo || null;
    await this.notify("notifications/initialized", {});
  }

  headers(method, name) {
    var h = {
      "Content-Type": "application/json",
      Accept: "application/json, text/event-stream",
      "MCP-Protocol-Version": this.version,
    };
    if (this.version === LATEST) {
      h["Mcp-Method"] = method;
      if (name !== undefined) h["Mcp-Name"] = headerValue(name);
    }
    if (this.session) h["Mcp-Session-Id"] = this.session;
    return withToken(h);
  }

  withMeta(params) {
    var p = Object.assign({}, params || {});
    if (this.version === LATEST) {
      var meta = Object.assign({}, p._meta || {});
      meta["io.modelcontextprotocol/protocolVersion"] = LATEST;
      meta["io.modelcontextprotocol/clientInfo"] = CLIENT_INFO;
      meta["io.modelcontextprotocol/clientCapabilities"] = CLIENT_CAPABILITIES;
      p._meta = meta;
    }
    return p;
  }

  async notify(method, params) {
    var body = { jsonrpc: "2.0", method: method, params: this.withMeta(params) };
    await fetch(this.endpoint, { method: "POST", headers: this.headers(method), body: JSON.stringify(body) });
  }

  /** Sends one request and resolves with its result; rejects with an McpError. */
  async request(method, params) {
    var id = this.nextId++;
    var p = this.withMeta(params);
    var name = method === "tools/call" || method === "prompts/get" ? p.name : method === "resources/read" ? p.uri : undefined;
    var body = { jsonrpc: "2.0", id: id, method: method, params: p };
    log.add("→ server", "server", method + (name !== undefined ? " " + name : ""), params);
    var response;
    try {
      response = await fetch(this.endpoint, {
        method: "POST",
        headers: this.headers(method, name),
        body: JSON.stringify(body),
      });
    } catch (e) {
      var down = new McpError("cannot reach the server at " + this.endpoint + ": " + e.message, null);
      log.add("← server", "err", method + ": " + down.message);
      throw down;
    }
    logChallenge(response, method + (name !== undefined ? " " + name : ""));
    var session = response.headers.get("Mcp-Session-Id");
    if (session) this.session = session;
    var message = await this.readResponse(response, id);
    if (message && message.error) {
      var err = new McpError(message.error.message || "error " + message.error.code, message.error.code, message.error.data);
      err.httpStatus = response.status;
      log.add("← server", "err", method + " error " + message.error.code, message.error);
      throw err;
    }
    if (!message || !("result" in message)) {
      var bad = new McpError("HTTP " + response.status + " with no JSON-RPC response for " + method, null);
      bad.httpStatus = response.status;
      log.add("← server", "err", bad.message);
      throw bad;
    }
    log.add("← server", "server", method + " result", message.result);
    return message.result;
  }

  /** The JSON-RPC response with this id, from a JSON body or an SSE stream. */
  async readResponse(response, id) {
    var type = (response.headers.get("Content-Type") || "").toLowerCase();
    var text = await response.text();
    if (type.indexOf("text/event-stream") >= 0) {
      var found = null;
      text.split(/\r?\n\r?\n/).forEach(function (event) {
        var data = event
          .split(/\r?\n/)
          .filter(function (line) {
            return line.indexOf("data:") === 0;
          })
          .map(function (line) {
            return line.slice(5).replace(/^ /, "");
          })
          .join("\n");
        if (!data) return;
        try {
          var msg = JSON.parse(data);
          if (msg.id === id && (msg.result !== undefined || msg.error !== undefined)) found = msg;
          else if (msg.method) log.add("← server", "server", msg.method, msg.params);
        } catch (e) {
          log.add("← server", "err", "unreadable event: " + data.slice(0, 200));
        }
      });
      return found;
    }
    if (!text) return null;
    try {
      return JSON.parse(text);
    } catch (e) {
      return { error: { code: null, message: "HTTP " + response.status + ": " + text.slice(0, 300) } };
    }
  }

  async listAll(method, key) {
    var items = [];
    var cursor;
    do {
      var page = await this.request(method, cursor ? { cursor: cursor } : {});
      items = items.concat(page[key] || []);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }
}
