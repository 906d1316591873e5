import type { Process } from "@samspel/core";

export interface ProcessNode {
  process: Process;
  children: ProcessNode[];
}

/**
 * The register as a forest: main processes at the top, sub-processes under their parent. A
 * process whose parent is not in the list (not visible, or just deleted) is shown at the top
 * rather than lost.
 */
export function processTree(processes: readonly Process[]): ProcessNode[] {
  const nodes = new Map(
    processes.map((process) => [process.id, { process, children: [] as ProcessNode[] }]),
  );
  const roots: ProcessNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.process.parentId ? nodes.get(node.process.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The process and everything below it: what may not become its parent. */
export function selfAndDescendants(processes: readonly Process[], processId: string): Set<string> {
  const below = new Set([processId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const process of processes) {
      if (process.parentId && below.has(process.parentId) && !below.has(process.id)) {
        below.add(process.id);
        grew = true;
      }
    }
  }
  return below;
}
