// Widget code with four mistakes in reading widget data that the declarations must catch: a card's
// title read as a number (line 7), a key BoardView does not have read as cards (line 8), ChatGPT's
// toolResponseMetadata read with the wrong type (line 9), and a renderer that is not a tool (line 10).
async function main(): Promise<void> {
  const widget = await McpWidget.connect<"show_board">();
  const added = await widget.callTool("add_card", { title: "x" });
  const wrong: number | undefined = added._meta?.cards?.[0]?.title;
  const notCards: { id: number }[] | undefined = added._meta?.cardz;
  const fromChatGpt: boolean | undefined = widget.openai?.toolResponseMetadata?.cards?.[0]?.id;
  const other = await McpWidget.connect<"no_such_tool">();
  console.log(wrong, notCards, fromChatGpt, other);
}
main();
