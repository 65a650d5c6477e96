import { SKYBRIDGE_MIME, UI_MIME } from "./protocol.js";
import { $, el, isObject, pretty } from "./ui.js";
import { argsFromForm, state, widgetUri } from "./tools.js";
import { mountWidget, unmountWidget } from "./widget.js";

// ---- calling a tool and showing its result ----------------------------------------------------

export async function callSelected(event) {
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

export async function readWidgetResource(uri) {
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
export function cspOf(meta) {
  var ui = isObject(meta.ui) ? meta.ui : {};
  if (isObject(ui.csp)) return ui.csp;
  var o = meta["openai/widgetCSP"];
  if (isObject(o)) {
    return { connectDomains: o.connect_domains || [], resourceDomains: o.resource_domains || [], frameDomains: o.frame_domains || [] };
  }
  return {};
}
