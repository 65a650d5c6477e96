import { $, el, isObject, pretty } from "./ui.js";

// ---- tools and the form built from their input schema -----------------------------------------

export var state = {
  client: null,
  tools: [],
  resources: [],
  selected: null,
  widget: null, // the mounted widget session
  resourceCache: new Map(),
};

/** The widget URI of a tool descriptor, from the MCP Apps keys first, then ChatGPT's. */
export function widgetUri(tool) {
  var meta = tool && tool._meta;
  if (!isObject(meta)) return null;
  var uri = (isObject(meta.ui) && meta.ui.resourceUri) || meta["ui/resourceUri"] || meta["openai/outputTemplate"];
  return typeof uri === "string" && uri.indexOf("ui://") === 0 ? uri : null;
}

/** Whether a widget may call this tool (MCP Apps visibility, or ChatGPT's widgetAccessible). */
export function callableFromWidget(tool) {
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

export function renderTools() {
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
export function argsFromForm() {
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

export function selectTool(tool) {
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
