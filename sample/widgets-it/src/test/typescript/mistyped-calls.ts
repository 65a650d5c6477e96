// Widget code with three mistakes the generated declarations must catch: a wrong argument type
// (line 5), an unknown tool (line 6), and a wrong type for structuredContent (line 8).
async function main(): Promise<void> {
  const widget = await McpWidget.connect();
  await widget.callTool("add_card", { title: 42 });
  await widget.callTool("no_such_tool", {});
  const board = await widget.callTool("show_board", {});
  const wrong: string | undefined = board.structuredContent?.total;
  console.log(wrong);
}
main();
