import { $, log } from "./ui.js";

// ---- access token, for servers behind OAuth ---------------------------------------------------
// Kept in this tab's sessionStorage only (gone with the tab; the widget's frame has an opaque
// origin and cannot read it), sent as "Authorization: Bearer" on every request to the server,
// and never written to the log.

var TOKEN_KEY = "mcp-apt-dev-access-token";
export var token = "";

export function loadToken() {
  try {
    token = sessionStorage.getItem(TOKEN_KEY) || "";
  } catch (e) {
    token = ""; // storage is off: the token lasts until the page reloads
  }
  $("access-token").value = token;
}

export function saveToken(value) {
  token = value;
  try {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch (e) {
    /* storage is off */
  }
}

export function withToken(headers) {
  if (token) headers.Authorization = "Bearer " + token;
  return headers;
}

/** Logs a 401 or 403 with the server's challenge (its WWW-Authenticate header names no token). */
export function logChallenge(response, label) {
  if (response.status !== 401 && response.status !== 403) return;
  var challenge = response.headers.get("WWW-Authenticate");
  var what = response.status === 401 ? (token ? "the access token was refused" : "sign-in needed: enter an access token") : "the access token lacks a scope";
  log.add("← server", "err", "HTTP " + response.status + " for " + label + ", " + what + (challenge ? " · WWW-Authenticate: " + challenge : ""));
}
