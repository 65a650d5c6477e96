package dev.mcpapt.runtime.store;

class InMemoryStoreTest extends McpStoreContract {
  @Override
  McpStore emptyStore() {
    return new InMemoryStore();
  }

  @Override
  McpStore secondNode(McpStore first) {
    return first; // nodes in one process share the instance
  }
}
