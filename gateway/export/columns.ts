/**
 * The analyst's export: one row per record, the same fixed columns for every kind (README: "Exporting for
 * analysis"). Lists are joined with "; ". Each kind's GraphQL selection asks exactly what its row needs.
 */
export const EXPORT_COLUMNS = [
  'type',
  'id',
  'date',
  'system',
  'source',
  'mechanism',
  'countries',
  'title',
  'kind',
  'status',
  'themes',
  'url',
  'fetchedAt',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string>;

export const EXPORT_KINDS = ['records', 'recommendations', 'visits', 'decisions', 'communications', 'reviews'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const PROVENANCE = 'provenance { system source sourceUrl fetchedAt }';
const MECHANISM = 'mechanism { acronym }';

/** Each record type's selection and how its node becomes a row. */
const TYPES = {
  Recommendation: {
    selection: `id text issuedOn ${MECHANISM} countries { code name } themes { code label } annotationType statePosition { value } document { url } ${PROVENANCE}`,
    row: (n: any) => ({
      date: n.issuedOn,
      countries: n.countries,
      title: n.text,
      kind: n.annotationType,
      status: n.statePosition?.value,
      themes: n.themes,
      url: n.document?.url,
    }),
  },
  Visit: {
    selection: `id startDate endDate year ${MECHANISM} country { code name } mandateLabels status type report { url } ${PROVENANCE}`,
    row: (n: any) => ({
      date: n.startDate ?? (n.year ? String(n.year) : null),
      countries: [n.country],
      title: n.mandateLabels.join('; '),
      kind: n.type,
      status: n.status,
      url: n.report?.url,
    }),
  },
  Decision: {
    selection: `id title date ${MECHANISM} respondents { code name } kind caseStatus url ${PROVENANCE}`,
    row: (n: any) => ({ date: n.date, countries: n.respondents, title: n.title, kind: n.kind, status: n.caseStatus, url: n.url }),
  },
  Communication: {
    selection: `id code summary date mechanisms { acronym } countries { code name } communicationType documents { url } ${PROVENANCE}`,
    row: (n: any) => ({
      mechanism: n.mechanisms.map((m: { acronym: string }) => m.acronym).join('; '),
      date: n.date,
      countries: n.countries,
      title: [n.code, n.summary].filter(Boolean).join(': '),
      kind: n.communicationType,
      url: n.documents[0]?.url,
    }),
  },
  Review: {
    selection: `id date session cycle ${MECHANISM} country { code name } reviewStatus documents { url } ${PROVENANCE}`,
    row: (n: any) => ({
      date: n.date,
      countries: [n.country],
      title: [n.cycle && `cycle ${n.cycle}`, n.session && `session ${n.session}`].filter(Boolean).join(', '),
      kind: 'REVIEW',
      status: n.reviewStatus,
      url: n.documents[0]?.url,
    }),
  },
} as const;
type RecordType = keyof typeof TYPES;

const TYPES_OF: Record<ExportKind, RecordType[]> = {
  records: ['Recommendation', 'Visit', 'Decision', 'Communication', 'Review'],
  recommendations: ['Recommendation'],
  visits: ['Visit'],
  decisions: ['Decision'],
  communications: ['Communication'],
  reviews: ['Review'],
};

/** The page query of a kind: `first` records after the cursor, with the per-source statuses. */
export function exportQuery(kind: ExportKind): string {
  const fragments = TYPES_OF[kind].map((t) => `... on ${t} { ${TYPES[t].selection} }`).join(' ');
  return `query Export($filter: RecordFilter, $first: Int, $after: String) { ${kind}(filter: $filter, first: $first, after: $after) {
  totalCount endCursor hasNextPage nodes { __typename ${fragments} } sources { system source ok code message }
} }`;
}

const joined = (items: unknown): string =>
  (Array.isArray(items) ? items : [])
    .map((i: any) => (typeof i === 'string' ? i : (i?.code ?? i?.name ?? '')))
    .filter(Boolean)
    .join('; ');

/** One record (a node of any kind) as its row. */
export function rowOf(node: any): ExportRow {
  const type = node.__typename as RecordType;
  const own = TYPES[type].row(node) as Record<string, unknown>;
  return {
    type,
    id: node.id,
    date: String(own.date ?? ''),
    system: node.provenance.system,
    source: node.provenance.source,
    mechanism: String(own.mechanism ?? node.mechanism?.acronym ?? ''),
    countries: joined(own.countries),
    title: String(own.title ?? ''),
    kind: String(own.kind ?? ''),
    status: String(own.status ?? ''),
    themes: joined(own.themes),
    url: String(own.url ?? node.provenance.sourceUrl ?? ''),
    fetchedAt: node.provenance.fetchedAt,
  };
}
