/** What GraphiQL opens with: the newcomer's question, "everything about Slovenia since 2020". */
export const DEFAULT_QUERY = `# Everything about Slovenia since 2020, across systems, newest first.
# Each list pages with first/after; 'sources' says how every system answered.
query EverythingAboutSlovenia {
  country(code: "SVN") {
    name
    systems
    recommendations(filter: { from: "2020-01-01" }, first: 5) {
      nodes { id issuedOn text mechanism { acronym } statePosition { value label } recommendingStates { name }
              themes { code label } document { symbol } provenance { system source owner sourceUrl fetchedAt fromCache } }
      endCursor hasNextPage totalCount
      sources { system source ok code message count total fromCache stale latencyMs warnings }
    }
    decisions(filter: { from: "2020-01-01" }, first: 5) {
      nodes { id date title kind kindLabel caseNumbers mechanism { acronym } url provenance { system source sourceUrl } }
      endCursor hasNextPage
      sources { system source ok code message count total }
    }
    visits(filter: { from: "2020-01-01" }, first: 5) {
      nodes { id mechanism { acronym } country { name } startDate year status type documents { title url } }
      sources { system source ok code message count total }
    }
  }
}
`;
