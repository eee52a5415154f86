import type { Readable } from 'node:stream';

/** A request as a replayed source sees it: the path below its mount point and the query string. */
export interface ReplayRequest {
  method: string;
  /** e.g. /app/query/results for a source mounted at /hudoc-echr. */
  path: string;
  query: URLSearchParams;
  body: string;
}

export interface ReplayResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer | Readable;
}

/** One replayed source: answers its real paths and parameters from recorded responses; undefined → 404. */
export type ReplayHandler = (req: ReplayRequest) => ReplayResponse | undefined | Promise<ReplayResponse | undefined>;

/** A failure a test or the demo can switch on for one mount: the source is down, slow, limited, or answers garbage. */
export type ReplayFault =
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  | { kind: 'delay'; ms: number }
  | { kind: 'garbage'; contentType: string; body: string }
  | { kind: 'reset' };

/** How the recorded sources are replayed. */
export interface ReplayOptions {
  /** HUDOC's hit cap as the replayed site enforces it (default 10,000, the real one). */
  hudocMaxHits?: number;
}
