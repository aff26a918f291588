// What one publish to object storage does, worked out before anything is sent: which files are new
// or changed (by MD5, which object stores report for each object), which are gone, in which step
// each is uploaded and with which headers, and which addresses the CDN must forget afterwards.
import { cacheControl, contentType, isImmutable, phase, urlPaths, type Phase } from './file-rules.ts';
import type { ReleaseFile } from './release-files.ts';

export interface RemoteObject {
  path: string;
  /** Lower-case hex; absent when the store did not report one (then the file is sent again). */
  md5?: string;
}

export interface UploadBatch {
  phase: Phase;
  /** Files the bucket does not have yet: in step 2 these go before changed ones, so that a changed
   * page linking to a new page or data file never links to one not uploaded yet. */
  added: boolean;
  contentType: string;
  cacheControl: string;
  paths: string[];
}

export interface S3Plan {
  added: string[];
  changed: string[];
  deleted: string[];
  unchanged: number;
  /** Step 1 batches, then step 2 batches (new files first): one upload per set of headers. */
  batches: UploadBatch[];
  /** Addresses to purge from the CDN after the switch (hashed files never need it). */
  purge: string[];
}

export function planS3(release: ReleaseFile[], remote: RemoteObject[], uploadAll = false): S3Plan {
  const there = new Map(remote.map((object) => [object.path, object.md5]));
  const here = new Set(release.map((file) => file.path));
  const added: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  const upload: string[] = [];
  for (const file of release) {
    const md5 = there.get(file.path);
    if (!there.has(file.path)) added.push(file.path);
    else if (md5 !== file.md5) changed.push(file.path);
    else {
      unchanged += 1;
      if (!uploadAll) continue;
    }
    upload.push(file.path);
  }
  const deleted = remote.map((object) => object.path).filter((path) => !here.has(path)).sort();
  const groups = new Map<string, UploadBatch>();
  const isNew = new Set(added);
  for (const path of upload) {
    const batch = { phase: phase(path), added: isNew.has(path), contentType: contentType(path), cacheControl: cacheControl(path) };
    const key = `${batch.phase}\n${batch.added}\n${batch.contentType}\n${batch.cacheControl}`;
    const group = groups.get(key) ?? { ...batch, paths: [] };
    group.paths.push(path);
    groups.set(key, group);
  }
  const order: Phase[] = ['assets', 'pages'];
  const batches = [...groups.values()].sort((a, b) => order.indexOf(a.phase) - order.indexOf(b.phase) || Number(b.added) - Number(a.added) || (a.contentType < b.contentType ? -1 : 1));
  const purge = [...new Set([...added, ...changed, ...deleted].filter((path) => !isImmutable(path)).flatMap(urlPaths))].sort();
  return { added, changed, deleted, unchanged, batches, purge };
}
