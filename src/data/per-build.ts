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
