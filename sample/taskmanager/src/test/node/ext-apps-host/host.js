// A host built on the MCP Apps host library (the app-bridge export of @modelcontextprotocol/ext-apps)
// and the official TypeScript MCP client, for the TaskManager's browser test: it connects to the
// server over Streamable HTTP, calls a tool, reads the widget the tool names, renders it in a frame
// sandboxed with scripts only, and lets the library's AppBridge carry the widget's handshake and
// tool calls. The library imports its peers as bare modules, so the test bundles this file for the
// browser (esbuild) before loading it.
import { AppBridge, PostMessageTransport, RESOURCE_MIME_TYPE, getToolUiResourceUri } from "@modelcontextprotocol/ext-apps/app-bridge";
import { Client, ProtocolError, ProtocolErrorCode, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";

const HOST_INFO = { name: "mcp-apt-ext-apps-host", version: "1.0.0" };
const UI_EXTENSION = "io.modelcontextprotocol/ui";

// What the test reads and steers: the calls the widget made through the bridge, the refusals the
// host's policy makes (tool name -> reason), and what the handshake told the host.
const host = {
  calls: [],
  refuse: {},
  sizes: [],
  logs: [],
  app: null,
  resource: null,
  initialized: false,
};
window.extAppsHost = host;

/** Connects to the server at mcpUrl, calls toolName with args and mounts its widget in #stage. */
host.open = async (mcpUrl, toolName, args) => {
  const client = new Client(HOST_INFO, { capabilities: { extensions: { [UI_EXTENSION]: { mimeTypes: [RESOURCE_MIME_TYPE] } } } });
  await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl)));
  const { tools } = await client.listTools();
  const tool = tools.find((t) => t.name === toolName);
  if (!tool) throw new Error("the server has no tool " + toolName);
  const uri = getToolUiResourceUri(tool);
  if (!uri) throw new Error(toolName + " names no widget");

  // The call starts at once; the widget gets its result once the handshake is done.
  const result = client.callTool({ name: toolName, arguments: args });
  const { contents } = await client.readResource({ uri });
  if (contents.length !== 1 || contents[0].mimeType !== RESOURCE_MIME_TYPE) {
    throw new Error("unexpected widget resource: " + JSON.stringify(contents.map((c) => c.mimeType)));
  }
  host.resource = { uri, mimeType: contents[0].mimeType, meta: contents[0]._meta ?? null };

  const frame = document.createElement("iframe");
  frame.id = "widget-frame";
  frame.title = "widget";
  frame.setAttribute("sandbox", "allow-scripts");
  document.getElementById("stage").append(frame);

  const serverCapabilities = client.getServerCapabilities();
  const bridge = new AppBridge(
    client,
    HOST_INFO,
    { openLinks: {}, serverTools: serverCapabilities?.tools, serverResources: serverCapabilities?.resources, logging: {} },
    {
      hostContext: {
        theme: "dark",
        displayMode: "inline",
        availableDisplayModes: ["inline"],
        locale: "en-US",
        platform: "web",
        toolInfo: { tool },
      },
    });
  bridge.addEventListener("sizechange", ({ height }) => {
    host.sizes.push(height);
    if (typeof height === "number") frame.style.height = height + "px";
  });
  bridge.addEventListener("loggingmessage", (message) => host.logs.push(message));
  bridge.addEventListener("initialized", () => {
    host.initialized = true;
    host.app = { info: bridge.getAppVersion() ?? null, capabilities: bridge.getAppCapabilities() ?? null };
    bridge.sendToolInput({ arguments: args });
    result.then(
      (r) => bridge.sendToolResult(r),
      (e) => bridge.sendToolCancelled({ reason: e instanceof Error ? e.message : String(e) }));
  });
  bridge.onopenlink = async () => ({ isError: true });
  bridge.onmessage = async () => ({});

  // Messages are taken from this frame only; the target is the same window.
  await bridge.connect(new PostMessageTransport(frame.contentWindow, frame.contentWindow));

  // connect() made the bridge forward tools/call to the client; the host's own policy goes first,
  // as a host that asks its user before a destructive tool would refuse one the user declined.
  const forward = bridge.oncalltool;
  bridge.oncalltool = async (params, extra) => {
    host.calls.push(params.name);
    const reason = host.refuse[params.name];
    if (reason) throw new ProtocolError(ProtocolErrorCode.InvalidRequest, reason);
    return forward(params, extra);
  };

  frame.srcdoc = contents[0].text;
};
