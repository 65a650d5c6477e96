package good.recursive;

import dev.mcpapt.annotations.Tool;
import java.util.List;

/** A recursive record. */
public class Trees {
  /**
   * A tree (recursive).
   *
   * @param name the node's label
   * @param children its subtrees
   */
  public record Node(String name, List<Node> children) {}

  /**
   * Counts the nodes of a tree.
   *
   * @param root the tree
   */
  @Tool
  public Node tree(Node root) {
    return root;
  }
}
