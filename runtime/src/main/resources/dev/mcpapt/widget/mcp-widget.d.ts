// Types of the mcp-apt widget bridge (mcp-widget.js), the global `McpWidget`.
//
// The processor writes, for each class with tools, META-INF/mcp/<class>.d.ts, which adds every
// tool's input and output to `McpWidgetTools` below; with both files in a widget project,
// `widget.callTool("add_task", {...})` checks the arguments and types `structuredContent`.

/** Tool name → its input (arguments) and output (structuredContent). Generated declarations add to it. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
interface McpWidgetTools {}

type McpWidgetToolName = keyof McpWidgetTools extends never ? string : keyof McpWidgetTools & string;
type McpWidgetInput<N> = N extends keyof McpWidgetTools ? McpWidgetTools[N] extends { input: infer I } ? I : Record<string, unknown> : Record<string, unknown>;
type McpWidgetOutput<N> = N extends keyof McpWidgetTools ? McpWidgetTools[N] extends { output: infer O } ? O : unknown : unknown;

interface McpWidgetContentBlock {
  type: "text" | "image" | "audio" | "resource_link" | "resource";
  text?: string;
  [key: string]: unknown;
}

/** A tool result as the host hands it over. `_meta` is for the widget only; the model never sees it. */
interface McpWidgetToolResult<S = unknown> {
  content: McpWidgetContentBlock[];
  structuredContent?: S;
  _meta?: Record<string, unknown>;
  isError: boolean;
}

type McpWidgetDisplayMode = "inline" | "pip" | "fullscreen";

/** The host context in MCP Apps shape; in ChatGPT it is built from the window.openai globals. */
interface McpWidgetHostContext {
  theme?: "light" | "dark";
  locale?: string;
  timeZone?: string;
  displayMode?: McpWidgetDisplayMode;
  availableDisplayModes?: McpWidgetDisplayMode[];
  containerDimensions?: { height?: number; maxHeight?: number; width?: number; maxWidth?: number };
  platform?: "web" | "desktop" | "mobile";
  safeAreaInsets?: { top: number; right: number; bottom: number; left: number };
  deviceCapabilities?: { hover?: boolean; touch?: boolean };
  styles?: { variables?: Record<string, string>; css?: { fonts?: string } };
  toolInfo?: { id?: string | number; tool: { name: string; [key: string]: unknown } };
  userAgent?: unknown;
  [key: string]: unknown;
}

interface McpWidgetEvents {
  toolinput: Record<string, unknown>;
  toolinputpartial: Record<string, unknown>;
  toolresult: McpWidgetToolResult;
  toolcancelled: { reason: string | null };
  hostcontext: McpWidgetHostContext;
  teardown: Record<string, unknown>;
}

interface McpWidgetInstance {
  readonly host: "chatgpt" | "mcp-apps";
  /** Arguments of the tool call that rendered the widget, once the host has sent them. */
  readonly toolInput: Record<string, unknown> | null;
  /** Result of the tool call that rendered the widget, once the host has sent it. */
  readonly toolResult: McpWidgetToolResult | null;
  /** `toolResult.structuredContent` (ChatGPT's `toolOutput`). */
  readonly toolOutput: unknown;
  /** `toolResult._meta` (ChatGPT's `toolResponseMetadata`). */
  readonly toolMeta: Record<string, unknown> | null;
  readonly hostContext: McpWidgetHostContext;
  readonly hostCapabilities: Record<string, unknown>;
  readonly hostInfo: { name: string; version?: string } | null;
  readonly widgetState: unknown;
  /** window.openai, in ChatGPT only, for the extras no other host has. */
  readonly openai?: any;

  /** Calls `fn` on every event; "toolinput", "toolresult" and "hostcontext" replay the current value. */
  on<K extends keyof McpWidgetEvents>(type: K, fn: (value: McpWidgetEvents[K]) => unknown): () => void;
  callTool<N extends McpWidgetToolName>(name: N, args: McpWidgetInput<N>): Promise<McpWidgetToolResult<McpWidgetOutput<N>>>;
  callToolOrThrow<N extends McpWidgetToolName>(name: N, args: McpWidgetInput<N>): Promise<McpWidgetToolResult<McpWidgetOutput<N>>>;
  sendMessage(text: string): Promise<unknown>;
  requestDisplayMode(mode: McpWidgetDisplayMode): Promise<{ mode: McpWidgetDisplayMode }>;
  openLink(url: string): Promise<unknown>;
  setWidgetState(state: unknown): Promise<unknown>;
  notifySize(width?: number, height?: number): void;
  requestClose(): void;
  readResource(uri: string): Promise<{ contents: Array<{ uri: string; mimeType?: string; text?: string; blob?: string }> }>;
  log(level: "debug" | "info" | "notice" | "warning" | "error", data: unknown): void;
  disconnect(): void;
}

interface McpWidgetConnectOptions {
  name?: string;
  version?: string;
  host?: "chatgpt" | "mcp-apps";
  timeoutMs?: number;
  autoResize?: boolean;
  applyHostStyles?: boolean;
  displayModes?: McpWidgetDisplayMode[];
}

declare class McpWidgetError extends Error {
  readonly code: number | null;
  readonly data: unknown;
}

declare const McpWidget: {
  readonly bridgeVersion: number;
  readonly protocolVersion: string;
  connect(options?: McpWidgetConnectOptions): Promise<McpWidgetInstance>;
  detectHost(): "chatgpt" | "mcp-apps" | null;
  escapeHtml(value: unknown): string;
  textOf(result: McpWidgetToolResult | null | undefined): string;
  readonly McpWidgetError: typeof McpWidgetError;
};
