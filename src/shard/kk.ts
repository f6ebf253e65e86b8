/** One test file and the seconds it is predicted to take. */
export interface Item {
  path: string;
  seconds: number;
}

/**
 * Karmarkar–Karp largest differencing for k ways: repeatedly merge the two partial
 * partitions with the largest spread, pairing the heavy side of one with the light side of
 * the other. O(n·k·log k); used as a second start when LPT is far from the bound.
 */
export function karmarkarKarp(sorted: readonly Item[], n: number): number[][] {
  interface Part {
    sums: number[];
    bins: number[][];
    spread: number;
    order: number;
  }
  const parts: Part[] = sorted.map((it, i) => {
    const sums = new Array<number>(n).fill(0);
    sums[0] = it.seconds;
    const bins: number[][] = Array.from({ length: n }, () => []);
    bins[0].push(i);
    return { sums, bins, spread: it.seconds, order: i };
  });
  // A max-heap on (spread, then older first) keeps the process deterministic.
  const better = (a: Part, b: Part): boolean => a.spread > b.spread || (a.spread === b.spread && a.order < b.order);
  const heap: Part[] = [];
  const push = (p: Part): void => {
    heap.push(p);
    let i = heap.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!better(heap[i], heap[up])) break;
      [heap[i], heap[up]] = [heap[up], heap[i]];
      i = up;
    }
  };
  const pop = (): Part => {
    const top = heap[0];
    const last = heap.pop() as Part;
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && better(heap[l], heap[m])) m = l;
        if (r < heap.length && better(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  for (const p of parts) push(p);
  let order = parts.length;
  while (heap.length > 1) {
    const a = pop();
    const b = pop();
    const ia = [...a.sums.keys()].sort((x, y) => a.sums[y] - a.sums[x] || x - y);
    const ib = [...b.sums.keys()].sort((x, y) => b.sums[x] - b.sums[y] || x - y);
    const sums: number[] = [];
    const bins: number[][] = [];
    for (let k = 0; k < n; k++) {
      sums.push(a.sums[ia[k]] + b.sums[ib[k]]);
      bins.push(a.bins[ia[k]].concat(b.bins[ib[k]]));
    }
    let max = -Infinity;
    let min = Infinity;
    for (const s of sums) {
      if (s > max) max = s;
      if (s < min) min = s;
    }
    push({ sums, bins, spread: max - min, order: order++ });
  }
  return heap[0].bins;
}
