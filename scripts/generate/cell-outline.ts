/**
 * The outline of a group of grid cells: the ring around a wijk made of buurt cells.
 * Every cell contributes its four edges, anticlockwise; an edge shared by two cells
 * of the group occurs once in each direction and cancels out. What is left is the
 * border, chained into one ring. Works for any group whose cells touch along edges
 * (no two cells meeting at a corner only), which is how wijken are laid out.
 *
 *   outlineOfCells([[0, 0], [1, 0]]); // [[0,0],[1,0],[2,0],[2,1],[1,1],[0,1],[0,0]] as vertex indices
 */
export type Vertex = readonly [number, number];

const key = ([x, y]: Vertex) => `${x},${y}`;

export function outlineOfCells(cells: readonly Vertex[]): Vertex[] {
  const edges = new Map<string, { from: Vertex; to: Vertex }>();
  for (const [x, y] of cells) {
    const corners: Vertex[] = [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1]];
    corners.forEach((from, i) => {
      const to = corners[(i + 1) % 4];
      const reverse = `${key(to)}>${key(from)}`;
      if (edges.has(reverse)) edges.delete(reverse);
      else edges.set(`${key(from)}>${key(to)}`, { from, to });
    });
  }
  const next = new Map<string, Vertex>();
  for (const { from, to } of edges.values()) next.set(key(from), to);

  const start = [...edges.values()].sort((a, b) => a.from[1] - b.from[1] || a.from[0] - b.from[0])[0].from;
  const ring: Vertex[] = [start];
  for (let at = next.get(key(start)); at && key(at) !== key(start); at = next.get(key(at))) {
    ring.push(at);
    if (ring.length > edges.size) throw new Error('cells do not form one simple outline');
  }
  ring.push(start);
  return ring;
}
