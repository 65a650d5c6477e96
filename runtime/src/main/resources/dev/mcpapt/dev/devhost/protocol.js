// The protocol revisions, extension and MIME types the dev host speaks, and its own client identity.

export var LATEST = "2026-07-28";
export var FALLBACK = "2025-11-25";
export var APPS_PROTOCOL = "2026-01-26";
export var UI_EXTENSION = "io.modelcontextprotocol/ui";
export var UI_MIME = "text/html;profile=mcp-app";
export var SKYBRIDGE_MIME = "text/html+skybridge";
export var CLIENT_INFO = { name: "mcp-apt dev host", version: "1.0.0" };
export var CLIENT_CAPABILITIES = { extensions: {} };
CLIENT_CAPABILITIES.extensions[UI_EXTENSION] = { mimeTypes: [UI_MIME] };
export var MAX_WIDGET_HEIGHT = 6000;
