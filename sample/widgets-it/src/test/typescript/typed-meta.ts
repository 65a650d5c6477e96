// Widget code that reads the typed widget data of Board's tools (BoardView, the result's _meta):
// it must type-check.
async function main(): Promise<void> {
  const widget = await McpWidget.connect<"show_board">();
  const titles: string[] = (widget.toolMeta?.cards ?? []).map((c) => c.title ?? "");
  widget.on("toolresult", (result) => {
    const first: number | undefined = result._meta?.cards?.[0]?.id;
    const total: number | undefined = result.structuredContent?.total;
    console.log(first, total);
  });
  const fromChatGpt: string | undefined = widget.openai?.toolResponseMetadata?.cards?.[0]?.title;
  const added = await widget.callTool("add_card", { title: "Write the report" });
  const ids: number[] = (added._meta?.cards ?? []).map((c) => c.id);
  // Keys set at run time stay reachable, untyped.
  const close: unknown = added._meta?.["openai/closeWidget"];
  const archived = await widget.callTool("archive", { reason: "done" });
  const anything: unknown = archived._meta?.whatever;
  const untyped = await McpWidget.connect();
  const meta: Record<string, unknown> | null = untyped.toolMeta;
  console.log(titles, fromChatGpt, ids, close, anything, meta);
}
main();
