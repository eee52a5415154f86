import type { Readable } from 'node:stream';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import { isChallengePage } from '../_kit/http.ts';
import { SourceBlockedError, SourceError, SourceParseError, SourceUnreachableError } from '../_kit/errors.ts';
import { UHRI_SOURCE } from './fetch.ts';
import { parseSourceJson } from '../_kit/body-shape.ts';

/**
 * One element of UHRI's export-full-en.json, in the export's own field names and value forms
 * (test/fixtures/uhri/export-full-en.json starts with a real one): labels may carry a "- " prefix
 * ("- CRC", "- Concerns/Observations"), dates are "2025-02-12T00:00:00", lists may be empty.
 */
export interface UhriExportRecord {
  AffectedPersons?: string[] | null;
  AnnotationId: string;
  AnnotationType?: string | null;
  Body?: string | null;
  Countries?: string[] | null;
  DocumentId?: string | null;
  PublicationDate?: string | null;
  PublicationDateOnUhri?: string | null;
  Regions?: string[] | null;
  Sdgs?: string[] | null;
  Symbol?: string | null;
  Text?: string | null;
  Themes?: string[] | null;
  UprCycle?: string | number | null;
  UprPositions?: string[] | null;
  UprRecommendingCountry?: string[] | null;
  UprRecommendingRegions?: string[] | null;
  UprSession?: string[] | null;
}

/** Bytes kept from the start of the body to tell a bot-challenge page from broken JSON. */
const HEAD_BYTES = 2048;

/**
 * Streams the export's top-level JSON array one element at a time (stream-json), so memory stays bounded
 * whatever the size. A body that is not a JSON array (an HTML page, a JSON object) fails with RH_SOURCE_PARSE,
 * a bot-challenge page with RH_SOURCE_BLOCKED, a connection lost mid-body with RH_SOURCE_UNREACHABLE.
 * An element that is not an object with an AnnotationId is yielded as null (counted as skipped, never indexed):
 * for await (const record of readExportRecords(body)) if (record) index(record);
 */
export async function* readExportRecords(body: Readable, url?: string): AsyncGenerator<UhriExportRecord | null> {
  const elements = StreamArray.withParser();
  let head = '';
  let bodyError: Error | undefined;
  body.on('data', (chunk: Buffer) => {
    if (head.length < HEAD_BYTES) head += chunk.toString('utf8', 0, HEAD_BYTES);
  });
  body.on('error', (err) => {
    bodyError = err;
    elements.destroy(err);
  });
  body.pipe(elements);
  try {
    for await (const { value } of elements as AsyncIterable<{ key: number; value: unknown }>) {
      yield isExportRecord(value) ? value : null;
    }
  } catch (err) {
    throw exportError(err, head, bodyError, url);
  } finally {
    body.destroy();
    elements.destroy();
  }
}

/** true for an object with a non-empty string AnnotationId: isExportRecord({ AnnotationId: 'a9ceae8c-…' }) === true */
export function isExportRecord(value: unknown): value is UhriExportRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { AnnotationId?: unknown }).AnnotationId === 'string' &&
    (value as { AnnotationId: string }).AnnotationId.trim() !== ''
  );
}

/** One line of an index file (the hub's own NDJSON of export records) back to the record; a line that is not one is RH_SOURCE_PARSE. */
export function parseIndexLine(line: string): UhriExportRecord {
  const record = parseSourceJson(line, UHRI_SOURCE, 'the local UHRI index', 'an index line');
  if (!isExportRecord(record)) throw new SourceParseError(`${UHRI_SOURCE}: a line of the local index is not an export record`, UHRI_SOURCE);
  return record;
}

/** The failure of a streamed read, as the SourceError a caller can switch on. */
function exportError(err: unknown, head: string, bodyError: Error | undefined, url: string | undefined): SourceError {
  if (err instanceof SourceError) return err;
  if (bodyError)
    return new SourceUnreachableError(`${UHRI_SOURCE}: the export stopped mid-way: ${bodyError.message}`, UHRI_SOURCE, {
      url,
      cause: bodyError,
    });
  if (isChallengePage(head))
    return new SourceBlockedError(`${UHRI_SOURCE} answered a bot-challenge page instead of the export`, UHRI_SOURCE, { url, cause: err });
  const start = head.slice(0, 60).replace(/\s+/g, ' ').trim();
  return new SourceParseError(
    `${UHRI_SOURCE}: the export is not a JSON array of records (it starts ${JSON.stringify(start)}): ${(err as Error).message}`,
    UHRI_SOURCE,
    { url, cause: err },
  );
}
