// The content check of a build, run once and shared: the check before the build, the collections
// (which take each entry's validated data from it) and the attachments step after it need the same
// entries, and checking 10,000 files twice costs seconds.
// The kinds checked are the site's records (src/lib takes them as a parameter).
import { checkContent, type CheckResult } from '../lib/content-check/index.ts';
import { checkedAlready, keepChecked, type KeptCheck } from '../lib/content-check/checked-registry.ts';
import { parseCacheFile } from '../lib/content-check/parse-cache.ts';
import { kinds } from '../kinds/index.ts';

export function checkedContent(root: string, fresh = false): Promise<CheckResult | KeptCheck> {
  let result: Promise<CheckResult | KeptCheck> | undefined = checkedAlready(root);
  if (!result || fresh) {
    result = checkContent(root, kinds, { cacheFile: parseCacheFile(root) });
    keepChecked(root, result);
  }
  return result;
}
