// npm run bench:search: literal against stemmed free-text search, on the demo's recorded data (replay, loopback only).
// Reads every record the hub serves, then counts for each query the records whose searchable text
// (subgraphs/_shared/local-filters.ts) holds it: as a substring (the old UHRI match, "Roma" in "Romania"), as a whole
// word, and through the hub's stemmed matching; then asks the hub itself with `text` (which also uses the Uwazi
// sources' own search). Prints a Markdown table for the README.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReplayServer } from '../replay/server.ts';
import { recordedSources, replayEnvironment } from '../replay/recorded.ts';
import { startHub } from '../scripts/hub.ts';
import { foldWord, parseTextQuery, wordsOf } from '../schema/text-query.ts';
import { recordMatchesText, searchableText } from '../subgraphs/_shared/local-filters.ts';
import type { HubRecord } from '../schema/types.ts';

const QUERIES = ['torture', 'tortured', 'tortura', 'Roma', 'detention', 'detained', 'migrant', 'violation', 'rapport', 'discrimination'];

const DOC = 'documents { title language }';
const NODE = `__typename
  ... on Recommendation { id text annotationType mechanismLabel affectedPersons document { title language } followUp { label } mechanism { name } provenance { system } }
  ... on Decision { id title kindLabel conclusion violations nonViolations caseStatusLabel compliance { label } languages mechanism { name } provenance { system } }
  ... on Communication { id communicationType summary typeLabel mandateLabels ${DOC} mechanisms { name } provenance { system } }
  ... on Review { id reviewStatus mechanismLabel statusLabel reviewOf place ${DOC} mechanism { name } provenance { system } }
  ... on Visit { id mandateLabels statusLabel typeLabel sourceDates report { title language } ${DOC} mechanism { name } provenance { system } }`;
const PAGE = `query($filter: RecordFilter, $after: String) { records(filter: $filter, first: 100, after: $after) { nodes { ${NODE} } endCursor hasNextPage } }`;

/** The fields searchableText reads, and the ones it tells the kinds apart by (text, title, communicationType, reviewStatus). */
type Node = HubRecord & { provenance: { system: string } };

const replay = await startReplayServer(recordedSources());
const indexDir = mkdtempSync(join(tmpdir(), 'rights-hub-bench-search-'));
// The demo's setting: the IACHR listings recorded up to 2024.
const hub = await startHub({ env: { ...process.env, ...replayEnvironment(replay, indexDir) }, gatewayPort: 0, fixedSubgraphPorts: false });

async function everyRecord(filter: object): Promise<Node[]> {
  const nodes: Node[] = [];
  for (let after: string | null = null, more = true; more;) {
    const res = await fetch(`${hub.gateway.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PAGE, variables: { filter, after } }),
    });
    const body = (await res.json()) as {
      errors?: unknown;
      data: { records: { nodes: Node[]; endCursor: string | null; hasNextPage: boolean } };
    };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    nodes.push(...body.data.records.nodes);
    ({ endCursor: after, hasNextPage: more } = body.data.records);
  }
  return nodes;
}

try {
  const all = await everyRecord({});
  const texts = all.map((n) => ({ n, text: searchableText(n) }));
  const systems = (ns: Node[]) => [...new Set(ns.map((n) => n.provenance.system))].sort().join(', ');
  console.log(`${all.length} records read from the demo data (every system, no filter)\n`);
  console.log('| query | substring (old) | whole word, literal | stemmed (hub) | hub answer with `text` | systems in the hub answer |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const q of QUERIES) {
    const lower = q.toLowerCase();
    const folded = foldWord(q);
    const parsed = parseTextQuery(q);
    const substring = texts.filter((t) => t.text.toLowerCase().includes(lower)).length;
    const word = texts.filter((t) => wordsOf(t.text).some((w) => foldWord(w) === folded)).length;
    const stemmed = texts.filter((t) => recordMatchesText(parsed, t.n)).length;
    const answer = await everyRecord({ text: q });
    console.log(`| ${q} | ${substring} | ${word} | ${stemmed} | ${answer.length} | ${systems(answer)} |`);
  }
} finally {
  await hub.close();
  await replay.close();
  rmSync(indexDir, { recursive: true, force: true });
}
