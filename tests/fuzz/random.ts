/** A seeded generator (LCG): a failing fuzz run is repeated exactly by its seed. */
export interface Random {
  (): number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seeded(seed: number): Random {
  let state = seed >>> 0 || 1;
  const next = (() => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  }) as Random;
  next.int = (max) => Math.floor(next() * max);
  next.pick = (items) => items[next.int(items.length)]!;
  return next;
}
