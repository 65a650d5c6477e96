// Types of the mcp-apt widget bridge (mcp-widget.js), the global `McpWidget`.
//
// The processor writes, for each class with tools, META-INF/mcp/<class>.d.ts, which adds every
// tool's input and output to `McpWidgetTools` below; with both files in a widget project,
// `widget.callTool("add_task", {...})` checks the arguments and types `structuredContent`, and
// `_meta` too for a tool that declares its widget data (`TypedWidgetResult<T, D>` in Java).
// `McpWidget.connect<"show_tasks">()` (in JavaScript, `/** @type {McpWidgetInstance<"show_tasks">} */`)
// types what the rendering tool sent: `toolResult`, `toolOutput`, `toolMeta`, `openai.toolResponseMetadata`.

/** Tool name → its input (arguments), output (structuredContent) and, if declared, meta (_meta). Generated declarations add to it. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
interface McpWidgetTools {}

type McpWidgetToolName = keyof McpWidgetTools extends never ? string : keyof McpWidgetTools & string;
type McpWidgetInput<N> = N extends keyof McpWidgetTools ? McpWidgetTools[N] extends { input: infer I } ? I : Record<string, unknown> : Record<string, unknown>;
type McpWidgetOutput<N> = N extends keyof McpWidgetTools ? McpWidgetTools[N] extends { output: infer O } ? O : unknown : unknown;
/** A result's widget-only `_meta`: the declared widget data, plus any key set at run time. */
type McpWidgetMeta<N> = N extends keyof McpWidgetTools ? McpWidgetTools[N] extends { meta: infer M } ? M & Record<string, unknown> : Record<string, unknown> : Record<string, unknown>;

interface McpWidgetContentBlock {
  type: "text" | "image" | "audio" | "resource_link" | "resource";
  text?: string;
  [key: string]: unknown;
}

/** A tool result as the host hands it over. `_meta` is for the widget only; the model never sees it. */
interface McpWidgetToolResult<S = unknown, M = Record<string, unknown>> {
  content: McpWidgetContentBlock[];
  structuredContent?: S;
  _meta?: M;
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

/** `window.openai` in ChatGPT, with the globals of the rendering tool `N` typed. */
interface McpWidgetOpenAi<N extends string = string> {
  readonly toolInput: McpWidgetInput<N>;
  readonly toolOutput: McpWidgetOutput<N> | null;
  /** The result's widget-only `_meta`. */
  readonly toolResponseMetadata: McpWidgetMeta<N> | null;
  readonly widgetState: unknown;
  [key: string]: any;
}

interface McpWidgetEvents<N extends string = string> {
  toolinput: McpWidgetInput<N>;
  toolinputpartial: Record<string, unknown>;
  toolresult: McpWidgetToolResult<McpWidgetOutput<N>, McpWidgetMeta<N>>;
  toolcancelled: { reason: string | null };
  hostcontext: McpWidgetHostContext;
  teardown: Record<string, unknown>;
}

/** The connected widget; `N` names the tool that renders it, to type what that tool sent. */
interface McpWidgetInstance<N extends string = string> {
  readonly host: "chatgpt" | "mcp-apps";
  /** Arguments of the tool call that rendered the widget, once the host has sent them. */
  readonly toolInput: McpWidgetInput<N> | null;
  /** Result of the tool call that rendered the widget, once the host has sent it. */
  readonly toolResult: McpWidgetToolResult<McpWidgetOutput<N>, McpWidgetMeta<N>> | null;
  /** `toolResult.structuredContent` (ChatGPT's `toolOutput`). */
  readonly toolOutput: McpWidgetOutput<N> | null;
  /** `toolResult._meta` (ChatGPT's `toolResponseMetadata`). */
  readonly toolMeta: McpWidgetMeta<N> | null;
  readonly hostContext: McpWidgetHostContext;
  readonly hostCapabilities: Record<string, unknown>;
  readonly hostInfo: { name: string; version?: string } | null;
  readonly widgetState: unknown;
  /** window.openai, in ChatGPT only, for the extras no other host has. */
  readonly openai?: McpWidgetOpenAi<N>;

  /** Calls `fn` on every event; "toolinput", "toolresult" and "hostcontext" replay the current value. */
  on<K extends keyof McpWidgetEvents<N>>(type: K, fn: (value: McpWidgetEvents<N>[K]) => unknown): () => void;
  callTool<T extends McpWidgetToolName>(name: T, args: McpWidgetInput<T>): Promise<McpWidgetToolResult<McpWidgetOutput<T>, McpWidgetMeta<T>>>;
  callToolOrThrow<T extends McpWidgetToolName>(name: T, args: McpWidgetInput<T>): Promise<McpWidgetToolResult<McpWidgetOutput<T>, McpWidgetMeta<T>>>;
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
  /** `N`, if given, is the tool that renders the widget: it types `toolResult`, `toolMeta` and the like. */
  connect<N extends McpWidgetToolName = never>(options?: McpWidgetConnectOptions): Promise<McpWidgetInstance<[N] extends [never] ? string : N>>;
  detectHost(): "chatgpt" | "mcp-apps" | null;
  escapeHtml(value: unknown): string;
  textOf(result: McpWidgetToolResult | null | undefined): string;
  readonly McpWidgetError: typeof McpWidgetError;
};
