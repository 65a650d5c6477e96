import { APPS_PROTOCOL, MAX_WIDGET_HEIGHT } from "./protocol.js";
import { $, el, isObject, log, modelMessage, pretty } from "./ui.js";
import { callableFromWidget, state } from "./tools.js";
import { cspOf, readWidgetResource } from "./call.js";

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

export async function mountWidget(tool, uri, args, result) {
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

export function sendToWidget(session, message) {
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

export async function unmountWidget() {
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

export function setDisplayMode(session, mode) {
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
