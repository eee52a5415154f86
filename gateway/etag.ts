import { createHash } from 'node:crypto';

/** A strong ETag from a body's content: etagOf('…') → '"Qm9keSBoYXNo…"' (27 characters of its SHA-256). */
export const etagOf = (body: string | Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
