// Building the page: DOM helpers (text only, never HTML from the server or a widget) and the
// message log.

export var $ = function (id) {
  return document.getElementById(id);
};

export function el(tag, props, children) {
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

export function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export function pretty(value) {
  return JSON.stringify(value, null, 2);
}

// ---- log ------------------------------------------------------------------------------------

export var log = {
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

export function modelMessage(label, payload) {
  $("model-messages").append(el("li", null, [el("span", { className: "dir widget", text: label }), el("pre", { text: typeof payload === "string" ? payload : pretty(payload) })]));
}
