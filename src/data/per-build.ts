// In a build the content does not change, so a value worked out from it can be kept for every
// later page; in `astro dev` it is worked out afresh, so an edit shows at once.

/** `compute`, kept by `keyOf` its argument for the rest of a build (never kept in `astro dev`). */
export function perBuild<A, V>(keyOf: (arg: A) => string, compute: (arg: A) => V): (arg: A) => V {
  const kept = new Map<string, V>();
  return (arg) => {
    if (!import.meta.env.PROD) return compute(arg);
    const key = keyOf(arg);
    if (!kept.has(key)) kept.set(key, compute(arg));
    return kept.get(key) as V;
  };
}

/**
 * `compute`, kept by `keyOf` its argument for the `uses(arg)` calls a build makes for it and let go
 * after the last (worked out on every call in `astro dev`): for a large value that a known number of
 * pages read, which is then neither worked out once per page nor held to the end of the build.
 * A call beyond the count works it out again.
 */
export function perBuildUses<A, V>(keyOf: (arg: A) => string, uses: (arg: A) => number, compute: (arg: A) => V): (arg: A) => V {
  const kept = new Map<string, { value: V; left: number }>();
  return (arg) => {
    if (!import.meta.env.PROD) return compute(arg);
    const key = keyOf(arg);
    let held = kept.get(key);
    if (!held) {
      held = { value: compute(arg), left: uses(arg) };
      kept.set(key, held);
    }
    held.left -= 1;
    if (held.left <= 0) kept.delete(key);
    return held.value;
  };
}
