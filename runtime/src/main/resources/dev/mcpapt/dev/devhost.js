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
//
// This file starts the page; each concern is an ES module under devhost/ (no build step): protocol
// constants, ui (DOM helpers and the log), token, client (MCP over Streamable HTTP), tools (the
// list and the forms), call (calling a tool, showing its result) and widget (the frame and the
// host side of the MCP Apps protocol).

import { McpClient } from "./devhost/client.js";
import { callSelected } from "./devhost/call.js";
import { loadToken, saveToken, token } from "./devhost/token.js";
import { renderTools, selectTool, state } from "./devhost/tools.js";
import { $, log } from "./devhost/ui.js";
import { sendToWidget, setDisplayMode, unmountWidget } from "./devhost/widget.js";

function onTokenSubmit(event) {
  event.preventDefault();
  saveToken($("access-token").value.trim());
  log.add("host", "server", token ? "access token set; connecting again" : "access token cleared; connecting again");
  reconnect();
}

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
