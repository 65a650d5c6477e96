/*! mcp-apt widget bridge 1 | Apache-2.0 */
// One API for widgets over the two ways a host talks to them:
//  - ChatGPT: the window.openai object and its "openai:set_globals" events;
//  - MCP Apps hosts: JSON-RPC 2.0 over postMessage with the parent window (ui/initialize, ...).
// Plain ES2020, no build step. Exposes globalThis.McpWidget; does nothing until connect() is called.
(function (global) {
  "use strict";
  if (global.McpWidget && global.McpWidget.bridgeVersion) return; // already loaded (inlined twice)

  var BRIDGE_VERSION = 1;
  var PROTOCOL_VERSION = "2026-01-26";
  var STICKY = { toolinput: "toolInput", toolresult: "toolResult", hostcontext: "hostContext" };

  /** An error from the host or the bridge, with the JSON-RPC code when there is one. */
  class McpWidgetError extends Error {
    constructor(message, code, data) {
      super(message);
      this.name = "McpWidgetError";
      this.code = code === undefined ? null : code;
      this.data = data === undefined ? null : data;
    }
  }

  function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }

  function textResult(result) {
    var blocks = (result && result.content) || [];
    var parts = [];
    for (var i = 0; i < blocks.length; i++) {
      if (blocks[i] && blocks[i].type === "text") parts.push(blocks[i].text);
    }
    return parts.join("\n");
  }

  /** Normalizes what either host returns for a tool call into a CallToolResult. */
  function toCallToolResult(r) {
    if (!isObject(r)) return { content: [], isError: false };
    var out = {
      content: Array.isArray(r.content) ? r.content : [],
      isError: r.isError === true,
    };
    if (r.structuredContent !== undefined && r.structuredContent !== null) out.structuredContent = r.structuredContent;
    // ChatGPT's callTool may hand the result's metadata back as "meta" rather than "_meta".
    if (isObject(r._meta)) out._meta = r._meta;
    else if (isObject(r.meta)) out._meta = r.meta;
    return out;
  }

  class Widget {
    constructor(options) {
      this.options = options;
      this.host = null; // "chatgpt" | "mcp-apps"
      this.toolInput = null;
      this.toolResult = null;
      this.hostContext = {};
      this.hostCapabilities = {};
      this.hostInfo = null;
      this.widgetState = null;
      this._listeners = {};
      this._cleanup = [];
      this._lastSize = null;
    }

    /** The structured part of the rendering tool's result (ChatGPT's toolOutput), or null. */
    get toolOutput() {
      return this.toolResult && this.toolResult.structuredContent !== undefined
        ? this.toolResult.structuredContent
        : null;
    }

    /** The widget-only _meta of the rendering tool's result (ChatGPT's toolResponseMetadata), or null. */
    get toolMeta() {
      return (this.toolResult && this.toolResult._meta) || null;
    }

    /**
     * Calls fn(value) on each event of this type; returns a function that unsubscribes.
     * For "toolinput", "toolresult" and "hostcontext", fn is also called at once with the
     * current value when there is one, so the order of connect() and on() does not matter.
     */
    on(type, fn) {
      (this._listeners[type] || (this._listeners[type] = [])).push(fn);
      var key = STICKY[type];
      if (key && this[key] !== null && !(type === "hostcontext" && Object.keys(this.hostContext).length === 0)) {
        try {
          fn(this[key]);
        } catch (e) {
          console.error("[mcp-widget] " + type + " handler failed", e);
        }
      }
      var self = this;
      return function () {
        var list = self._listeners[type] || [];
        var i = list.indexOf(fn);
        if (i >= 0) list.splice(i, 1);
      };
    }

    _emit(type, value) {
      var list = (this._listeners[type] || []).slice();
      var results = [];
      for (var i = 0; i < list.length; i++) {
        try {
          results.push(list[i](value));
        } catch (e) {
          console.error("[mcp-widget] " + type + " handler failed", e);
        }
      }
      return results;
    }

    _setToolResult(result) {
      this.toolResult = toCallToolResult(result);
      this._emit("toolresult", this.toolResult);
    }

    _setHostContext(partial) {
      if (!isObject(partial)) return;
      var next = Object.assign({}, this.hostContext);
      Object.keys(partial).forEach(function (k) {
        next[k] = partial[k];
      });
      this.hostContext = next;
      if (this.options.applyHostStyles !== false) applyHostStyles(next);
      this._emit("hostcontext", next);
    }

    // ---- the API common to both hosts -------------------------------------------------------

    /** Calls a server tool; resolves with the CallToolResult (check isError), rejects if the host refuses. */
    callTool(name, args) {
      return this._transport.callTool(String(name), args || {}).then(toCallToolResult);
    }

    /** Like callTool, but rejects with an McpWidgetError carrying the tool's text when isError is set. */
    callToolOrThrow(name, args) {
      return this.callTool(name, args).then(function (r) {
        if (r.isError) throw new McpWidgetError(textResult(r) || "tool " + name + " failed", null, r);
        return r;
      });
    }

    /** Posts a user message into the conversation. */
    sendMessage(text) {
      return this._transport.sendMessage(String(text));
    }

    /** Asks for "inline", "pip" or "fullscreen"; resolves with the mode the host granted. */
    requestDisplayMode(mode) {
      return this._transport.requestDisplayMode(mode);
    }

    /** Opens a URL outside the widget (the host may ask the user first). */
    openLink(url) {
      return this._transport.openLink(String(url));
    }

    /**
     * Keeps UI state for the model and for the next render. ChatGPT: window.openai.setWidgetState.
     * MCP Apps: ui/update-model-context with the state as structuredContent, when the host can.
     */
    setWidgetState(state) {
      this.widgetState = state;
      return this._transport.setWidgetState(state);
    }

    /** Reports the widget's size now (autoResize does this on every layout change). */
    notifySize(width, height) {
      // The <html> box, not scrollHeight: scrollHeight never drops below the frame's height, so
      // a widget whose content shrinks would never be allowed to get smaller.
      var el = global.document && global.document.documentElement;
      var box = el ? el.getBoundingClientRect() : { width: 0, height: 0 };
      var w = width === undefined ? Math.ceil(Math.max(box.width, el ? el.scrollWidth : 0)) : width;
      var h = height === undefined ? Math.ceil(box.height) : height;
      var key = w + "x" + h;
      if (key === this._lastSize) return;
      this._lastSize = key;
      this._transport.notifySize(w, h);
    }

    /** Asks the host to close the widget. */
    requestClose() {
      this._transport.requestClose();
    }

    /** Reads a server resource (MCP Apps hosts only). */
    readResource(uri) {
      return this._transport.readResource(String(uri));
    }

    /** Sends a log message to the host (MCP Apps) or the console (ChatGPT). */
    log(level, data) {
      this._transport.log(level || "info", data);
    }

    /** Stops listening to the host. */
    disconnect() {
      while (this._cleanup.length) this._cleanup.pop()();
    }

    _startAutoResize() {
      if (this.options.autoResize === false || typeof global.ResizeObserver !== "function") return;
      var self = this;
      var pending = false;
      var observer = new global.ResizeObserver(function () {
        if (pending) return;
        pending = true;
        global.requestAnimationFrame(function () {
          pending = false;
          self.notifySize();
        });
      });
      observer.observe(global.document.documentElement);
      this._cleanup.push(function () {
        observer.disconnect();
      });
      this.notifySize();
    }
  }

  function applyHostStyles(ctx) {
    var root = global.document && global.document.documentElement;
    if (!root) return;
    if (ctx.theme === "light" || ctx.theme === "dark") {
      root.setAttribute("data-theme", ctx.theme);
      root.style.colorScheme = ctx.theme;
    }
    var vars = ctx.styles && ctx.styles.variables;
    if (isObject(vars)) {
      Object.keys(vars).forEach(function (name) {
        if (name.indexOf("--") === 0 && typeof vars[name] === "string") root.style.setProperty(name, vars[name]);
      });
    }
  }

  // ---- ChatGPT: window.openai -------------------------------------------------------------------

  function chatGptContext(o) {
    var ctx = {};
    if (o.theme) ctx.theme = o.theme;
    if (o.locale) ctx.locale = o.locale;
    if (o.displayMode) ctx.displayMode = o.displayMode;
    if (typeof o.maxHeight === "number") ctx.containerDimensions = { maxHeight: o.maxHeight };
    if (o.safeArea && o.safeArea.insets) ctx.safeAreaInsets = o.safeArea.insets;
    if (o.userAgent) {
      ctx.userAgent = o.userAgent;
      if (o.userAgent.capabilities) ctx.deviceCapabilities = o.userAgent.capabilities;
      var type = o.userAgent.device && o.userAgent.device.type;
      if (type) ctx.platform = type === "desktop" ? "web" : "mobile";
    }
    if (o.view) ctx.view = o.view;
    return ctx;
  }

  function connectChatGpt(widget) {
    var o = global.openai;
    widget.host = "chatgpt";
    widget.openai = o;
    widget.hostInfo = { name: "chatgpt" };
    widget.hostCapabilities = { serverTools: {}, openLinks: {}, message: {} };
    widget.widgetState = o.widgetState === undefined ? null : o.widgetState;
    widget._transport = {
      callTool: function (name, args) {
        if (typeof o.callTool !== "function") return Promise.reject(new McpWidgetError("this host cannot call tools"));
        return Promise.resolve(o.callTool(name, args));
      },
      sendMessage: function (text) {
        return Promise.resolve(o.sendFollowUpMessage({ prompt: text }));
      },
      requestDisplayMode: function (mode) {
        return Promise.resolve(o.requestDisplayMode({ mode: mode })).then(function (r) {
          return { mode: (r && r.mode) || mode };
        });
      },
      openLink: function (url) {
        return Promise.resolve(o.openExternal({ href: url }));
      },
      setWidgetState: function (state) {
        return Promise.resolve(typeof o.setWidgetState === "function" ? o.setWidgetState(state) : undefined);
      },
      notifySize: function (w, h) {
        if (typeof o.notifyIntrinsicHeight === "function") o.notifyIntrinsicHeight(h);
      },
      requestClose: function () {
        if (typeof o.requestClose === "function") o.requestClose();
      },
      readResource: function () {
        return Promise.reject(new McpWidgetError("ChatGPT does not let widgets read resources"));
      },
      log: function (level, data) {
        (console[level === "error" ? "error" : level === "warning" ? "warn" : "log"])("[widget]", data);
      },
    };

    var input = o.toolInput;
    if (input !== undefined && input !== null) widget.toolInput = input;
    widget._setHostContext(chatGptContext(o));
    if (o.toolOutput != null || o.toolResponseMetadata != null) {
      widget.toolResult = toCallToolResult({ structuredContent: o.toolOutput, _meta: o.toolResponseMetadata });
    }

    var onGlobals = function (event) {
      var g = (event && event.detail && event.detail.globals) || {};
      if ("toolInput" in g && g.toolInput != null) {
        widget.toolInput = g.toolInput;
        widget._emit("toolinput", g.toolInput);
      }
      if ("widgetState" in g) widget.widgetState = g.widgetState;
      if ("toolOutput" in g || "toolResponseMetadata" in g) {
        var output = "toolOutput" in g ? g.toolOutput : o.toolOutput;
        var meta = "toolResponseMetadata" in g ? g.toolResponseMetadata : o.toolResponseMetadata;
        if (output != null || meta != null) widget._setToolResult({ structuredContent: output, _meta: meta });
      }
      var ctx = chatGptContext(g);
      if (Object.keys(ctx).length) widget._setHostContext(ctx);
    };
    global.addEventListener("openai:set_globals", onGlobals);
    widget._cleanup.push(function () {
      global.removeEventListener("openai:set_globals", onGlobals);
    });
    widget._startAutoResize();
    return Promise.resolve(widget);
  }

  // ---- MCP Apps: JSON-RPC over postMessage ------------------------------------------------------

  function connectMcpApps(widget) {
    var parent = global.parent;
    var nextId = 1;
    var pending = new Map();
    var hostOrigin = null;
    widget.host = "mcp-apps";

    function post(message) {
      message.jsonrpc = "2.0";
      parent.postMessage(message, hostOrigin && hostOrigin !== "null" ? hostOrigin : "*");
    }
    function request(method, params, timeoutMs) {
      return new Promise(function (resolve, reject) {
        var id = nextId++;
        var timer = null;
        if (timeoutMs) {
          timer = setTimeout(function () {
            pending.delete(id);
            reject(new McpWidgetError(method + ": no answer from the host within " + timeoutMs + " ms", -32001));
          }, timeoutMs);
        }
        pending.set(id, { resolve: resolve, reject: reject, timer: timer });
        post({ id: id, method: method, params: params || {} });
      });
    }
    function notify(method, params) {
      post({ method: method, params: params || {} });
    }
    function respond(id, result, error) {
      post(error ? { id: id, error: error } : { id: id, result: result || {} });
    }

    function onRequest(msg) {
      if (msg.method === "ui/resource-teardown") {
        Promise.all(widget._emit("teardown", msg.params || {})).then(
          function () {
            respond(msg.id, {});
          },
          function (e) {
            respond(msg.id, null, { code: -32603, message: String((e && e.message) || e) });
          }
        );
      } else if (msg.method === "ping") {
        respond(msg.id, {});
      } else {
        respond(msg.id, null, { code: -32601, message: "Method not found: " + msg.method });
      }
    }

    function onNotification(msg) {
      var p = msg.params || {};
      switch (msg.method) {
        case "ui/notifications/tool-input":
          widget.toolInput = isObject(p.arguments) ? p.arguments : {};
          widget._emit("toolinput", widget.toolInput);
          break;
        case "ui/notifications/tool-input-partial":
          widget._emit("toolinputpartial", isObject(p.arguments) ? p.arguments : {});
          break;
        case "ui/notifications/tool-result":
          widget._setToolResult(p);
          break;
        case "ui/notifications/tool-cancelled":
          widget._emit("toolcancelled", { reason: p.reason || null });
          break;
        case "ui/notifications/host-context-changed":
          widget._setHostContext(p);
          break;
        default:
          break; // notifications we do not know are ignored, as JSON-RPC allows
      }
    }

    function onMessage(event) {
      if (event.source !== parent) return;
      if (hostOrigin !== null && event.origin !== hostOrigin) return;
      var msg = event.data;
      if (!isObject(msg) || msg.jsonrpc !== "2.0") return;
      if (msg.method === undefined && msg.id !== undefined) {
        var p = pending.get(msg.id);
        if (!p) return;
        pending.delete(msg.id);
        if (p.timer) clearTimeout(p.timer);
        if (msg.error) p.reject(new McpWidgetError(msg.error.message || "host error", msg.error.code, msg.error.data));
        else {
          if (hostOrigin === null) hostOrigin = event.origin;
          p.resolve(msg.result);
        }
      } else if (typeof msg.method === "string") {
        if (msg.id !== undefined) onRequest(msg);
        else onNotification(msg);
      }
    }

    global.addEventListener("message", onMessage);
    widget._cleanup.push(function () {
      global.removeEventListener("message", onMessage);
      pending.forEach(function (p) {
        if (p.timer) clearTimeout(p.timer);
        p.reject(new McpWidgetError("disconnected"));
      });
      pending.clear();
    });

    function can(capability) {
      return isObject(widget.hostCapabilities) && widget.hostCapabilities[capability] !== undefined;
    }

    widget._transport = {
      callTool: function (name, args) {
        return request("tools/call", { name: name, arguments: args });
      },
      sendMessage: function (text) {
        return request("ui/message", { role: "user", content: [{ type: "text", text: text }] }).then(function (r) {
          if (r && r.isError) throw new McpWidgetError("the host did not accept the message");
          return r;
        });
      },
      requestDisplayMode: function (mode) {
        return request("ui/request-display-mode", { mode: mode }).then(function (r) {
          var granted = (r && r.mode) || widget.hostContext.displayMode || "inline";
          if (granted !== widget.hostContext.displayMode) widget._setHostContext({ displayMode: granted });
          return { mode: granted };
        });
      },
      openLink: function (url) {
        return request("ui/open-link", { url: url }).then(function (r) {
          if (r && r.isError) throw new McpWidgetError("the host did not open " + url);
          return r;
        });
      },
      setWidgetState: function (state) {
        if (!can("updateModelContext")) return Promise.resolve();
        var params = isObject(state) ? { structuredContent: state } : { content: [{ type: "text", text: JSON.stringify(state) }] };
        return request("ui/update-model-context", params);
      },
      notifySize: function (w, h) {
        notify("ui/notifications/size-changed", { width: w, height: h });
      },
      requestClose: function () {
        notify("ui/notifications/request-teardown", {});
      },
      readResource: function (uri) {
        return request("resources/read", { uri: uri });
      },
      log: function (level, data) {
        notify("notifications/message", { level: level, logger: widget.options.name, data: data });
      },
    };

    var caps = {};
    if (Array.isArray(widget.options.displayModes)) caps.availableDisplayModes = widget.options.displayModes;
    return request(
      "ui/initialize",
      {
        appInfo: { name: widget.options.name, version: widget.options.version },
        appCapabilities: caps,
        protocolVersion: PROTOCOL_VERSION,
      },
      widget.options.timeoutMs === undefined ? 10000 : widget.options.timeoutMs
    ).then(function (r) {
      r = r || {};
      widget.protocolVersion = r.protocolVersion || PROTOCOL_VERSION;
      widget.hostInfo = r.hostInfo || null;
      widget.hostCapabilities = r.hostCapabilities || {};
      notify("ui/notifications/initialized", {});
      widget._setHostContext(r.hostContext || {});
      widget._startAutoResize();
      return widget;
    });
  }

  /** "chatgpt" when window.openai is there, "mcp-apps" inside a frame, else null. */
  function detectHost() {
    if (isObject(global.openai) || typeof global.openai === "function") return "chatgpt";
    if (global.parent && global.parent !== global) return "mcp-apps";
    return null;
  }

  /**
   * Connects to the host the widget runs in.
   * options: name, version (sent as appInfo), host ("chatgpt" | "mcp-apps", default detected),
   * timeoutMs (for ui/initialize, default 10000), autoResize (default true),
   * applyHostStyles (theme and CSS variables onto <html>, default true), displayModes.
   */
  function connect(options) {
    var opts = Object.assign({ name: "widget", version: "0.0.0" }, options || {});
    var host = opts.host || detectHost();
    var widget = new Widget(opts);
    if (host === "chatgpt" && global.openai) return connectChatGpt(widget);
    if (host === "mcp-apps" && global.parent !== global) return connectMcpApps(widget);
    return Promise.reject(
      new McpWidgetError("no host: open this widget in ChatGPT or an MCP Apps host (window.openai is missing and there is no parent frame)")
    );
  }

  var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  /** Escapes text for use inside HTML markup or a quoted attribute. */
  function escapeHtml(value) {
    return String(value === null || value === undefined ? "" : value).replace(/[&<>"']/g, function (c) {
      return ESCAPES[c];
    });
  }

  global.McpWidget = Object.freeze({
    bridgeVersion: BRIDGE_VERSION,
    protocolVersion: PROTOCOL_VERSION,
    connect: connect,
    detectHost: detectHost,
    escapeHtml: escapeHtml,
    textOf: textResult,
    McpWidgetError: McpWidgetError,
  });
})(typeof globalThis !== "undefined" ? globalThis : window);
