import { createHash } from 'node:crypto';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Document id: derived from the content hash only, so renaming a file keeps it. */
export function documentId(contentSha256: string): string {
  return `doc-${contentSha256.slice(0, 16)}`;
}

/** Stable child id from the document id and an outline path such as [3, 1, 2]. */
export function pathId(docId: string, kind: string, path: readonly number[]): string {
  return `${docId}:${kind}:${path.join('.')}`;
}
