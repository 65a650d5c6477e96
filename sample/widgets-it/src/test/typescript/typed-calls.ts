// Widget code that uses the generated declarations correctly: it must type-check.
async function main(): Promise<void> {
  const widget = await McpWidget.connect();
  const added = await widget.callTool("add_card", { title: "Write the report" });
  const id: number | undefined = added.structuredContent?.id;
  const board = await widget.callTool("show_board", {});
  const total: number | undefined = board.structuredContent?.total;
  console.log(id, total);
}
main();
