/*! mcp-apt dev host | Apache-2.0 */
// A local widget host for MCP servers built with mcp-apt, served by the server itself with --dev.
//
// - Talks to the server's Streamable HTTP endpoint with fetch: stateless 2026-07-28 requests
//   (protocol version and client capabilities in each request's _meta), falling back to an
//   initialize handshake and a session when the server does not serve that revision.
// - Lists the tools, builds a form from each tool's input schema, and calls the tool.
// - Renders the tool's widget (its ui:// resource) in a sandboxed iframe with the resource's
//   Content-Security-Policy, and speaks the MCP Apps host protocol with it (JSON-RPC over
//   postMessage: ui/initialize, tool-input, tool-result, tools/call, ui/message, size changes,
//   display modes). In "ChatGPT" mode it also defines window.openai in the widget frame.
//
// Everything that comes from the server or the widget is shown with textContent.
(function () {
  "use strict";

  var LATEST = "2026-07-28";
  var FALLBACK = "2025-11-25";
  var APPS_PROTOCOL = "2026-01-26";
  var UI_EXTENSION = "io.modelcontextprotocol/ui";
  var UI_MIME = "text/html;profile=mcp-app";
  var SKYBRIDGE_MIME = "text/html+skybridge";
  var CLIENT_INFO = { name: "mcp-apt dev host", version: "1.0.0" };
  var CLIENT_CAPABILITIES = { extensions: {} };
  CLIENT_CAPABILITIES.extensions[UI_EXTENSION] = { mimeTypes: [UI_MIME] };
  var MAX_WIDGET_HEIGHT = 6000;

  var $ = function (id) {
    return document.getElementById(id);
  };

  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        if (k === "text") node.textContent = props[k];
        else if (k === "className") node.className = props[k];
        else if (k === "dataset") Object.assign(node.dataset, props[k]);
        else node.setAttribute(k, props[k]);
      });
    }
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) node.append(c);
    });
    return node;
  }

  function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }

  function pretty(value) {
    return JSON.stringify(value, null, 2);
  }

  // ---- log ------------------------------------------------------------------------------------

  var log = {
    add: function (direction, kind, label, payload) {
      var entry = el("li", null, [
        el("span", { className: "dir " + kind, text: direction }),
        el("span", { text: label }),
      ]);
      if (payload !== undefined) {
        var details = el("details", null, [el("summary", { text: "data" }), el("pre", { text: pretty(payload) })]);
        entry.append(details);
      }
      var list = $("log");
      list.append(entry);
      while (list.children.length > 300) list.firstChild.remove();
      list.scrollTop = list.scrollHeight;
    },
  };

  function modelMessage(label, payload) {
    $("model-messages").append(el("li", null, [el("span", { className: "dir widget", text: label }), el("pre", { text: typeof payload === "string" ? payload : pretty(payload) })]));
  }

  // ---- access token, for servers behind OAuth ---------------------------------------------------
  // Kept in this tab's sessionStorage only (gone with the tab; the widget's frame has an opaque
  // origin and cannot read it), sent as "Authorization: Bearer" on every request to the server,
  // and never written to the log.

  var TOKEN_KEY = "mcp-apt-dev-access-token";
  var token = "";

  function loadToken() {
    try {
      token = sessionStorage.getItem(TOKEN_KEY) || "";
    } catch (e) {
      token = ""; // storage is off: the token lasts until the page reloads
    }
    $("access-token").value = token;
  }

  function saveToken(value) {
    token = value;
    try {
      if (value) sessionStorage.setItem(TOKEN_KEY, value);
      else sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) {
      /* storage is off */
    }
  }

  function withToken(headers) {
    if (token) headers.Authorization = "Bearer " + token;
    return headers;
  }

  /** Logs a 401 or 403 with the server's challenge (its WWW-Authenticate header names no token). */
  function logChallenge(response, label) {
    if (response.status !== 401 && response.status !== 403) return;
    var challenge = response.headers.get("WWW-Authenticate");
    var what = response.status === 401 ? (token ? "the access token was refused" : "sign-in needed: enter an access token") : "the access token lacks a scope";
    log.add("← server", "err", "HTTP " + response.status + " for " + label + ", " + what + (challenge ? " · WWW-Authenticate: " + challenge : ""));
  }

  function onTokenSubmit(event) {
    event.preventDefault();
    saveToken($("access-token").value.trim());
    log.add("host", "server", token ? "access token set; connecting again" : "access token cleared; connecting again");
    reconnect();
  }

  // ---- MCP client over Streamable HTTP ----------------------------------------------------------

  /** An error the server answered with (a JSON-RPC error), or a failure to reach it. */
  class McpError extends Error {
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

  class McpClient {
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

  // ---- tools and the form built from their input schema -----------------------------------------

  var state = {
    client: null,
    tools: [],
    resources: [],
    selected: null,
    widget: null, // the mounted widget session
    resourceCache: new Map(),
  };

  /** The widget URI of a tool descriptor, from the MCP Apps keys first, then ChatGPT's. */
  function widgetUri(tool) {
    var meta = tool && tool._meta;
    if (!isObject(meta)) return null;
    var uri = (isObject(meta.ui) && meta.ui.resourceUri) || meta["ui/resourceUri"] || meta["openai/outputTemplate"];
    return typeof uri === "string" && uri.indexOf("ui://") === 0 ? uri : null;
  }

  /** Whether a widget may call this tool (MCP Apps visibility, or ChatGPT's widgetAccessible). */
  function callableFromWidget(tool) {
    var meta = (tool && tool._meta) || {};
    var visibility = isObject(meta.ui) && Array.isArray(meta.ui.visibility) ? meta.ui.visibility : null;
    if (visibility) return visibility.indexOf("app") >= 0;
    return meta["openai/widgetAccessible"] === true;
  }

  function hiddenFromModel(tool) {
    var meta = (tool && tool._meta) || {};
    var visibility = isObject(meta.ui) && Array.isArray(meta.ui.visibility) ? meta.ui.visibility : null;
    return (visibility && visibility.indexOf("model") < 0) || meta["openai/visibility"] === "private";
  }

  function badges(tool) {
    var list = [];
    if (widgetUri(tool)) list.push("widget");
    if (callableFromWidget(tool)) list.push("widget-accessible");
    if (hiddenFromModel(tool)) list.push("app only");
    var a = tool.annotations || {};
    if (a.readOnlyHint === true) list.push("read-only");
    if (a.destructiveHint === true) list.push("destructive");
    return list;
  }

  function renderTools() {
    var ul = $("tools");
    ul.replaceChildren();
    state.tools.forEach(function (tool) {
      var b = el("button", { type: "button", dataset: { tool: tool.name } }, [
        el("span", { className: "tool-name", text: tool.name }),
        tool.title ? el("span", { className: "tool-title", text: tool.title }) : null,
      ]);
      badges(tool).forEach(function (t) {
        b.append(el("span", { className: "badge", text: t }));
      });
      b.setAttribute("aria-current", state.selected && state.selected.name === tool.name ? "true" : "false");
      b.addEventListener("click", function () {
        selectTool(tool);
      });
      ul.append(el("li", null, [b]));
    });
  }

  function schemaType(schema) {
    if (!isObject(schema)) return "any";
    var t = schema.type;
    if (Array.isArray(t)) t = t.filter(function (x) { return x !== "null"; })[0];
    if (!t && Array.isArray(schema.enum)) return "enum";
    if (t === "string" && Array.isArray(schema.enum)) return "enum";
    return t || "any";
  }

  function resolveRef(schema, root) {
    if (isObject(schema) && typeof schema.$ref === "string" && schema.$ref.indexOf("#/$defs/") === 0) {
      var def = root.$defs && root.$defs[schema.$ref.slice(8)];
      if (def) return Object.assign({}, def, schema.description ? { description: schema.description } : {});
    }
    return schema;
  }

  /** One form field per top-level property; nested objects and arrays are edited as JSON. */
  function buildForm(tool) {
    var fields = $("fields");
    fields.replaceChildren();
    var schema = isObject(tool.inputSchema) ? tool.inputSchema : { type: "object", properties: {} };
    var props = isObject(schema.properties) ? schema.properties : {};
    var required = Array.isArray(schema.required) ? schema.required : [];
    var names = Object.keys(props);
    if (names.length === 0) fields.append(el("p", { className: "muted", text: "This tool takes no arguments." }));
    names.forEach(function (name) {
      var prop = resolveRef(props[name], schema);
      var type = schemaType(prop);
      var id = "arg-" + name.replace(/[^A-Za-z0-9_-]/g, "_");
      var input;
      if (type === "boolean") {
        input = el("select", { id: id }, [
          el("option", { value: "", text: required.indexOf(name) >= 0 ? "(choose)" : "(leave out)" }),
          el("option", { value: "true", text: "true" }),
          el("option", { value: "false", text: "false" }),
        ]);
        if (typeof prop.default === "boolean") input.value = String(prop.default);
      } else if (type === "enum") {
        input = el("select", { id: id }, [el("option", { value: "", text: "(leave out)" })]);
        prop.enum.forEach(function (v) {
          input.append(el("option", { value: JSON.stringify(v), text: String(v) }));
        });
        if (prop.default !== undefined) input.value = JSON.stringify(prop.default);
      } else if (type === "integer" || type === "number") {
        input = el("input", { id: id, type: "number", step: type === "integer" ? "1" : "any" });
        if (typeof prop.minimum === "number") input.min = String(prop.minimum);
        if (typeof prop.maximum === "number") input.max = String(prop.maximum);
        if (typeof prop.default === "number") input.value = String(prop.default);
      } else if (type === "string") {
        input = el("input", { id: id, type: "text", autocomplete: "off" });
        if (typeof prop.maxLength === "number") input.maxLength = prop.maxLength;
        if (typeof prop.default === "string") input.value = prop.default;
        if (prop.format) input.placeholder = prop.format;
      } else {
        input = el("textarea", { id: id, rows: "3", spellcheck: "false", placeholder: "JSON " + type });
        if (prop.default !== undefined) input.value = JSON.stringify(prop.default);
      }
      input.dataset.arg = name;
      input.dataset.type = type;
      input.addEventListener("input", syncRawFromForm);
      input.addEventListener("change", syncRawFromForm);
      var label = el("label", { for: id }, [document.createTextNode(name)]);
      if (required.indexOf(name) >= 0) label.append(el("span", { className: "required", text: " *" }));
      var hint = [type === "enum" ? "one of " + prop.enum.join(", ") : type, prop.description || ""].filter(Boolean).join(" — ");
      fields.append(el("div", { className: "field" }, [label, input, el("span", { className: "hint", text: hint })]));
    });
    syncRawFromForm();
  }

  /** The arguments the form holds; throws with a message naming the field when one is malformed. */
  function argsFromForm() {
    var schema = state.selected.inputSchema || {};
    var required = Array.isArray(schema.required) ? schema.required : [];
    var args = {};
    Array.prototype.forEach.call(document.querySelectorAll("#fields [data-arg]"), function (input) {
      var name = input.dataset.arg;
      var raw = input.value;
      if (raw === "") {
        if (required.indexOf(name) >= 0 && input.dataset.type !== "string") throw new Error(name + ": required");
        if (required.indexOf(name) >= 0) args[name] = "";
        return;
      }
      switch (input.dataset.type) {
        case "boolean":
          args[name] = raw === "true";
          break;
        case "integer":
        case "number":
          var n = Number(raw);
          if (!isFinite(n)) throw new Error(name + ": not a number");
          args[name] = n;
          break;
        case "string":
          args[name] = raw;
          break;
        default:
          try {
            args[name] = JSON.parse(raw);
          } catch (e) {
            throw new Error(name + ": not valid JSON (" + e.message + ")");
          }
      }
    });
    return args;
  }

  function syncRawFromForm() {
    try {
      $("raw-args").value = pretty(argsFromForm());
      $("raw-args").dataset.edited = "";
    } catch (e) {
      /* shown on submit */
    }
  }

  function selectTool(tool) {
    state.selected = tool;
    renderTools();
    $("tool-panel").hidden = false;
    $("tool-name").textContent = tool.title ? tool.title + " (" + tool.name + ")" : tool.name;
    $("tool-description").textContent = tool.description || "";
    var b = $("tool-badges");
    b.replaceChildren();
    badges(tool).forEach(function (t) {
      b.append(el("span", { text: t }));
    });
    $("form-error").hidden = true;
    $("raw-details").open = false;
    buildForm(tool);
    history.replaceState(null, "", "#" + encodeURIComponent(tool.name));
  }

  // ---- calling a tool and showing its result ----------------------------------------------------

  async function callSelected(event) {
    event.preventDefault();
    var tool = state.selected;
    if (!tool) return;
    var args;
    try {
      args = $("raw-args").dataset.edited ? JSON.parse($("raw-args").value || "{}") : argsFromForm();
      if (!isObject(args)) throw new Error("the arguments must be a JSON object");
    } catch (e) {
      $("form-error").textContent = e.message;
      $("form-error").hidden = false;
      return;
    }
    $("form-error").hidden = true;
    $("call").disabled = true;
    $("result-status").textContent = "calling…";
    $("result-status").className = "status";
    try {
      var result;
      try {
        result = await state.client.request("tools/call", { name: tool.name, arguments: args });
      } catch (e) {
        showError("tools/call failed: " + e.message + (e.code !== null ? " (code " + e.code + ")" : ""));
        await unmountWidget();
        return;
      }
      showResult(result);
      var uri = widgetUri(tool);
      if (uri) await mountWidget(tool, uri, args, result);
      else await unmountWidget();
    } finally {
      $("call").disabled = false;
    }
  }

  function showError(message) {
    $("result-panel").hidden = false;
    $("result-status").textContent = "protocol error";
    $("result-status").className = "status error";
    $("result").replaceChildren(el("p", { className: "error", text: message }));
  }

  function showResult(result) {
    $("result-panel").hidden = false;
    var isError = result.isError === true;
    $("result-status").textContent = isError ? "isError: true" : "ok";
    $("result-status").className = "status " + (isError ? "error" : "ok");
    var parts = [];
    (result.content || []).forEach(function (block, i) {
      parts.push(el("h3", { text: "content[" + i + "] " + block.type }));
      parts.push(el("pre", { className: "content-text", text: block.type === "text" ? block.text : pretty(block) }));
    });
    if (result.structuredContent !== undefined) {
      parts.push(el("h3", { text: "structuredContent (model and widget)" }));
      parts.push(el("pre", { id: "structured-content", text: pretty(result.structuredContent) }));
    }
    if (result._meta !== undefined) {
      parts.push(el("h3", { text: "_meta (widget only)" }));
      parts.push(el("pre", { id: "result-meta", text: pretty(result._meta) }));
    }
    $("result").replaceChildren.apply($("result"), parts);
  }

  async function readWidgetResource(uri) {
    var result = await state.client.request("resources/read", { uri: uri });
    var contents = (result.contents || []).filter(function (c) {
      return c.mimeType === UI_MIME || c.mimeType === SKYBRIDGE_MIME;
    });
    if (contents.length === 0) throw new Error(uri + " has no " + UI_MIME + " content");
    var c = contents[0];
    var html = typeof c.text === "string" ? c.text : new TextDecoder().decode(Uint8Array.from(atob(c.blob || ""), function (ch) { return ch.charCodeAt(0); }));
    var listed = state.resources.filter(function (r) { return r.uri === uri; })[0];
    var meta = isObject(c._meta) ? c._meta : listed && isObject(listed._meta) ? listed._meta : {};
    return { uri: uri, html: html, mimeType: c.mimeType, meta: meta };
  }

  /** The widget's Content-Security-Policy domains, from _meta.ui.csp or ChatGPT's openai/widgetCSP. */
  function cspOf(meta) {
    var ui = isObject(meta.ui) ? meta.ui : {};
    if (isObject(ui.csp)) return ui.csp;
    var o = meta["openai/widgetCSP"];
    if (isObject(o)) {
      return { connectDomains: o.connect_domains || [], resourceDomains: o.resource_domains || [], frameDomains: o.frame_domains || [] };
    }
    return {};
  }

  // ---- the widget frame and the host side of the MCP Apps protocol ------------------------------

  function hostContext(session) {
    return {
      theme: $("theme").value,
      platform: "web",
      locale: navigator.language || "en-US",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      displayMode: session.displayMode,
      availableDisplayModes: ["inline", "fullscreen", "pip"],
      containerDimensions: { maxHeight: MAX_WIDGET_HEIGHT },
      deviceCapabilities: { hover: true, touch: false },
      safeAreaInsets: { top: 0, right: 0, bottom: 0, left: 0 },
      toolInfo: { id: session.callId, tool: session.tool },
      userAgent: navigator.userAgent,
    };
  }

  function chatGptGlobals(session) {
    return {
      toolInput: session.args,
      toolOutput: session.result.structuredContent === undefined ? null : session.result.structuredContent,
      toolResponseMetadata: session.result._meta === undefined ? null : session.result._meta,
      widgetState: session.widgetState,
      theme: $("theme").value,
      locale: navigator.language || "en-US",
      displayMode: session.displayMode,
      maxHeight: MAX_WIDGET_HEIGHT,
      safeArea: { insets: { top: 0, bottom: 0, left: 0, right: 0 } },
      userAgent: { device: { type: "desktop" }, capabilities: { hover: true, touch: false } },
      view: { mode: session.displayMode },
    };
  }

  /**
   * Runs inside the widget frame before any widget script (ChatGPT mode): window.openai with the
   * globals, and methods that go to the dev host over the same postMessage JSON-RPC channel.
   * Serialized with toString(), so it must not use anything from the outer scope.
   */
  function openaiShim(globals) {
    var parent = window.parent;
    var nextId = 1;
    var pending = new Map();
    function request(method, params) {
      return new Promise(function (resolve, reject) {
        var id = "openai-" + nextId++;
        pending.set(id, { resolve: resolve, reject: reject });
        parent.postMessage({ jsonrpc: "2.0", id: id, method: method, params: params || {} }, "*");
      });
    }
    function notify(method, params) {
      parent.postMessage({ jsonrpc: "2.0", method: method, params: params || {} }, "*");
    }
    var openai = Object.assign({}, globals, {
      callTool: function (name, args) {
        return request("tools/call", { name: name, arguments: args || {} });
      },
      sendFollowUpMessage: function (o) {
        return request("ui/message", { role: "user", content: [{ type: "text", text: String((o && o.prompt) || "") }] }).then(function () {});
      },
      setWidgetState: function (s) {
        openai.widgetState = s;
        return request("devhost/openai/setWidgetState", { state: s }).then(function () {});
      },
      requestDisplayMode: function (o) {
        return request("ui/request-display-mode", { mode: o && o.mode });
      },
      openExternal: function (o) {
        return request("ui/open-link", { url: String((o && o.href) || "") }).then(function () {});
      },
      notifyIntrinsicHeight: function (h) {
        notify("ui/notifications/size-changed", { height: h });
      },
      requestClose: function () {
        notify("ui/notifications/request-teardown", {});
      },
      requestModal: function () {
        return Promise.reject(new Error("the dev host does not open modals"));
      },
      uploadFile: function () {
        return Promise.reject(new Error("the dev host does not upload files"));
      },
      getFileDownloadUrl: function () {
        return Promise.reject(new Error("the dev host does not serve files"));
      },
      setOpenInAppUrl: function () {},
    });
    window.openai = openai;
    window.addEventListener("message", function (event) {
      if (event.source !== parent) return;
      var msg = event.data;
      if (!msg || msg.jsonrpc !== "2.0") return;
      if (msg.id !== undefined && pending.has(msg.id)) {
        var p = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.error) p.reject(new Error(msg.error.message));
        else p.resolve(msg.result);
      } else if (msg.method === "devhost/openai/set_globals") {
        Object.assign(openai, msg.params.globals);
        window.dispatchEvent(new CustomEvent("openai:set_globals", { detail: { globals: msg.params.globals } }));
      }
    });
  }

  /** The widget's HTML with the window.openai shim first in <head> (ChatGPT mode). */
  function withShim(html, globals) {
    // "<" is escaped so no value can close the script element.
    var json = JSON.stringify(globals).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    var script = "<script>(" + openaiShim.toString() + ")(" + json + ");<\/script>";
    var head = /<head(\s[^>]*)?>/i.exec(html);
    if (head) return html.slice(0, head.index + head[0].length) + script + html.slice(head.index + head[0].length);
    var doctype = /<!doctype[^>]*>/i.exec(html);
    if (doctype) return html.slice(0, doctype.index + doctype[0].length) + script + html.slice(doctype.index + doctype[0].length);
    return script + html;
  }

  var callCounter = 0;

  async function mountWidget(tool, uri, args, result) {
    await unmountWidget();
    var resource;
    try {
      resource = await readWidgetResource(uri);
    } catch (e) {
      $("widget-panel").hidden = false;
      $("widget-uri").textContent = uri;
      $("widget-host").replaceChildren(el("p", { className: "error", text: "Cannot load the widget: " + e.message }));
      return;
    }
    var mode = $("host-mode").value;
    var session = {
      tool: tool,
      args: args,
      result: result,
      mode: mode,
      callId: ++callCounter,
      displayMode: "inline",
      widgetState: null,
      initialized: false,
      frame: null,
      resource: resource,
    };
    state.widget = session;
    var frame = document.createElement("iframe");
    frame.id = "widget-frame";
    frame.title = "Widget " + uri;
    // As strict as the strictest real hosts: scripts only. No allow-forms (a form submission is
    // blocked before its submit event fires), no popups, and no allow-same-origin: this frame is
    // served from the dev host's own origin, so it gets an opaque one and cannot touch this page,
    // its cookies or its storage.
    frame.setAttribute("sandbox", "allow-scripts");
    var ui = isObject(resource.meta.ui) ? resource.meta.ui : {};
    var permissions = isObject(ui.permissions) ? ui.permissions : {};
    var allow = [];
    if (permissions.camera) allow.push("camera *");
    if (permissions.microphone) allow.push("microphone *");
    if (permissions.geolocation) allow.push("geolocation *");
    if (permissions.clipboardWrite) allow.push("clipboard-write *");
    if (allow.length) frame.setAttribute("allow", allow.join("; "));
    frame.src = "frame?csp=" + encodeURIComponent(JSON.stringify(cspOf(resource.meta)));
    session.frame = frame;
    $("widget-panel").hidden = false;
    $("widget-panel").className = "";
    $("widget-uri").textContent = uri + " · " + (mode === "chatgpt" ? "ChatGPT mode" : "MCP Apps mode");
    $("display-mode").textContent = "inline";
    $("widget-host").replaceChildren(frame);
    log.add("host", "widget", "mount " + uri + " (" + resource.mimeType + ")");
  }

  function sendToWidget(session, message) {
    if (!session.frame || !session.frame.contentWindow) return;
    message.jsonrpc = "2.0";
    if (message.method) log.add("→ widget", "widget", message.method, message.params);
    session.frame.contentWindow.postMessage(message, "*"); // the frame's origin is opaque
  }

  var hostRequestId = 1;
  var hostPending = new Map();

  function requestWidget(session, method, params, timeoutMs) {
    return new Promise(function (resolve, reject) {
      var id = "host-" + hostRequestId++;
      var timer = setTimeout(function () {
        hostPending.delete(id);
        reject(new Error(method + ": no answer within " + timeoutMs + " ms"));
      }, timeoutMs);
      hostPending.set(id, { resolve: resolve, reject: reject, timer: timer });
      sendToWidget(session, { id: id, method: method, params: params });
    });
  }

  async function unmountWidget() {
    var session = state.widget;
    state.widget = null;
    if (!session) return;
    if (session.initialized) {
      try {
        await requestWidget(session, "ui/resource-teardown", {}, 1000);
      } catch (e) {
        log.add("host", "err", "teardown: " + e.message);
      }
    }
    if (session.frame) session.frame.remove();
    $("widget-panel").hidden = true;
    $("widget-panel").className = "";
  }

  function setDisplayMode(session, mode) {
    if (["inline", "fullscreen", "pip"].indexOf(mode) < 0) mode = "inline";
    session.displayMode = mode;
    $("widget-panel").className = mode === "inline" ? "" : mode;
    $("exit-fullscreen").hidden = mode === "inline";
    $("display-mode").textContent = mode;
    if (session.mode === "chatgpt") {
      sendToWidget(session, { method: "devhost/openai/set_globals", params: { globals: { displayMode: mode, view: { mode: mode } } } });
    } else if (session.initialized) {
      sendToWidget(session, { method: "ui/notifications/host-context-changed", params: { displayMode: mode } });
    }
    return mode;
  }

  /** Answers a request from the widget; resolves with its result or rejects with {code, message}. */
  async function handleWidgetRequest(session, msg) {
    var p = isObject(msg.params) ? msg.params : {};
    switch (msg.method) {
      case "ui/initialize":
        return {
          protocolVersion: APPS_PROTOCOL,
          hostInfo: { name: "mcp-apt dev host", version: "1.0.0" },
          hostCapabilities: {
            openLinks: {},
            serverTools: {},
            serverResources: {},
            logging: {},
            message: { text: {} },
            updateModelContext: { text: {}, structuredContent: {} },
            sandbox: { csp: cspOf(session.resource.meta) },
          },
          hostContext: hostContext(session),
        };
      case "ping":
        return {};
      case "tools/call": {
        var name = String(p.name || "");
        var tool = state.tools.filter(function (t) { return t.name === name; })[0];
        if (!tool) throw { code: -32602, message: "Unknown tool: " + name };
        if (!callableFromWidget(tool)) {
          throw { code: -32600, message: "Tool " + name + " is not callable from widgets (mark it @WidgetAccessible)" };
        }
        try {
          return await state.client.request("tools/call", { name: name, arguments: isObject(p.arguments) ? p.arguments : {} });
        } catch (e) {
          throw { code: e.code === null ? -32603 : e.code, message: e.message, data: e.data || undefined };
        }
      }
      case "resources/read":
        try {
          return await state.client.request("resources/read", { uri: String(p.uri || "") });
        } catch (e) {
          throw { code: e.code === null ? -32603 : e.code, message: e.message };
        }
      case "ui/open-link": {
        var url = String(p.url || "");
        if (!/^https?:\/\//i.test(url)) throw { code: -32602, message: "Only http(s) links open: " + url };
        window.open(url, "_blank", "noopener,noreferrer");
        return {};
      }
      case "ui/message":
        modelMessage("ui/message", (p.content || []).map(function (c) { return c.type === "text" ? c.text : pretty(c); }).join("\n"));
        return {};
      case "ui/update-model-context":
        modelMessage("model context", p);
        return {};
      case "devhost/openai/setWidgetState":
        session.widgetState = p.state === undefined ? null : p.state;
        modelMessage("widget state", session.widgetState);
        return {};
      case "ui/request-display-mode":
        return { mode: setDisplayMode(session, p.mode) };
      default:
        throw { code: -32601, message: "Method not found: " + msg.method };
    }
  }

  function handleWidgetNotification(session, msg) {
    var p = isObject(msg.params) ? msg.params : {};
    switch (msg.method) {
      case "ui/notifications/sandbox-proxy-ready": {
        var html = session.resource.html;
        if (session.mode === "chatgpt") html = withShim(html, chatGptGlobals(session));
        sendToWidget(session, { method: "ui/notifications/sandbox-resource-ready", params: { html: html } });
        break;
      }
      case "ui/notifications/initialized":
        session.initialized = true;
        sendToWidget(session, { method: "ui/notifications/tool-input", params: { arguments: session.args } });
        if (session.result.isError) {
          sendToWidget(session, { method: "ui/notifications/tool-cancelled", params: { reason: "the tool reported an error" } });
        }
        sendToWidget(session, { method: "ui/notifications/tool-result", params: session.result });
        break;
      case "ui/notifications/size-changed":
        if (typeof p.height === "number" && p.height > 0) {
          session.frame.style.height = Math.min(Math.ceil(p.height) + 2, MAX_WIDGET_HEIGHT) + "px";
        }
        if (typeof p.width === "number" && p.width > 0) session.frame.style.minWidth = "min(" + Math.ceil(p.width) + "px, 100%)";
        break;
      case "ui/notifications/request-teardown":
        unmountWidget();
        break;
      case "notifications/message":
        break; // logged below
      default:
        break;
    }
  }

  window.addEventListener("message", function (event) {
    var session = state.widget;
    if (!session || !session.frame || event.source !== session.frame.contentWindow) return;
    var msg = event.data;
    if (!isObject(msg) || msg.jsonrpc !== "2.0") return;
    if (msg.method === undefined && msg.id !== undefined) {
      var p = hostPending.get(msg.id);
      if (!p) return;
      hostPending.delete(msg.id);
      clearTimeout(p.timer);
      log.add("← widget", "widget", "response " + msg.id, msg.result || msg.error);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
      return;
    }
    if (typeof msg.method !== "string") return;
    if (msg.method !== "ui/notifications/sandbox-proxy-ready") log.add("← widget", "widget", msg.method, msg.params);
    if (msg.id === undefined) {
      handleWidgetNotification(session, msg);
      return;
    }
    handleWidgetRequest(session, msg).then(
      function (result) {
        if (state.widget === session) sendToWidget(session, { id: msg.id, result: result || {} });
      },
      function (error) {
        var e = isObject(error) && typeof error.code === "number" ? error : { code: -32603, message: String((error && error.message) || error) };
        log.add("→ widget", "err", msg.method + " error " + e.code + ": " + e.message);
        if (state.widget === session) sendToWidget(session, { id: msg.id, error: e });
      }
    );
  });

  // ---- start ------------------------------------------------------------------------------------

  function applyTheme() {
    var theme = $("theme").value;
    document.documentElement.setAttribute("data-theme", theme);
    try {
      localStorage.setItem("mcp-apt-dev-theme", theme);
    } catch (e) {
      /* storage may be off */
    }
    var session = state.widget;
    if (!session) return;
    if (session.mode === "chatgpt") sendToWidget(session, { method: "devhost/openai/set_globals", params: { globals: { theme: theme } } });
    else if (session.initialized) sendToWidget(session, { method: "ui/notifications/host-context-changed", params: { theme: theme } });
  }

  async function loadTools() {
    $("tools-error").hidden = true;
    try {
      state.tools = await state.client.listAll("tools/list", "tools");
      try {
        state.resources = await state.client.listAll("resources/list", "resources");
      } catch (e) {
        state.resources = []; // a server without resources
      }
    } catch (e) {
      $("tools-error").textContent = "Cannot list the tools: " + e.message;
      $("tools-error").hidden = false;
      return;
    }
    renderTools();
    var wanted = decodeURIComponent(location.hash.slice(1));
    var tool = state.tools.filter(function (t) { return t.name === wanted; })[0];
    if (tool) selectTool(tool);
  }

  async function start() {
    try {
      var savedTheme = localStorage.getItem("mcp-apt-dev-theme");
      if (savedTheme) $("theme").value = savedTheme;
    } catch (e) {
      /* storage may be off */
    }
    applyTheme();
    var params = new URLSearchParams(location.search);
    var endpoint = new URL(params.get("endpoint") || "../mcp", location.href);
    if (endpoint.origin !== location.origin) endpoint = new URL("../mcp", location.href);
    if (params.get("host") === "chatgpt") $("host-mode").value = "chatgpt";
    state.client = new McpClient(endpoint.href);
    try {
      await state.client.connect();
    } catch (e) {
      $("server-info").textContent = "cannot connect: " + e.message;
      $("tools-error").textContent = "Cannot connect to " + endpoint.href + ": " + e.message;
      $("tools-error").hidden = false;
      return;
    }
    var info = state.client.serverInfo;
    $("server-info").textContent =
      (info ? info.name + (info.version ? " " + info.version : "") : "server") + " · " + endpoint.pathname + " · MCP " + state.client.version;
    await loadTools();
    document.body.dataset.ready = "true";
  }

  /** Connects again from scratch (after the access token changed). */
  async function reconnect() {
    delete document.body.dataset.ready;
    await unmountWidget();
    state.tools = [];
    state.selected = null;
    renderTools();
    $("tool-panel").hidden = true;
    $("result-panel").hidden = true;
    await start();
  }

  document.addEventListener("DOMContentLoaded", function () {
    loadToken();
    $("token-form").addEventListener("submit", onTokenSubmit);
    $("tool-form").addEventListener("submit", callSelected);
    $("raw-args").addEventListener("input", function () {
      $("raw-args").dataset.edited = "true";
    });
    $("theme").addEventListener("change", applyTheme);
    $("reload-tools").addEventListener("click", loadTools);
    $("clear-log").addEventListener("click", function () {
      $("log").replaceChildren();
    });
    $("exit-fullscreen").addEventListener("click", function () {
      if (state.widget) setDisplayMode(state.widget, "inline");
    });
    start();
  });
})();
