/** A small seeded PRNG (mulberry32): the same seed always gives the same practice. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  /** Normally distributed (Box–Muller), for measurements that cluster around a mean. */
  const normal = (mean: number, sd: number) => {
    const u = 1 - next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return {
    next,
    int,
    normal,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
    /** One item, each as likely as its weight. */
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    /** How many events happen when `mean` are expected (Knuth for small means, normal above). */
    poisson: (mean: number): number => {
      if (mean <= 0) return 0;
      if (mean > 30) return Math.max(0, Math.round(normal(mean, Math.sqrt(mean))));
      const limit = Math.exp(-mean);
      let count = 0;
      for (let product = next(); product > limit; product *= next()) count += 1;
      return count;
    },
    /** `count` distinct items in their list order. */
    sample: <T>(items: readonly T[], count: number): T[] => {
      const chosen = items.map((item, index) => ({ item, index, key: next() }));
      return chosen
        .sort((a, b) => a.key - b.key)
        .slice(0, count)
        .sort((a, b) => a.index - b.index)
        .map((entry) => entry.item);
    },
  };
};
export type Random = ReturnType<typeof seededRandom>;

/** A stream of its own for one part of the practice, so adding to one part never shifts another. */
export const streamOf = (seed: number, part: number): Random =>
  seededRandom(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(part + 1, 0xc2b2ae35));
