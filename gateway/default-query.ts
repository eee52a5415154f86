/** What GraphiQL opens with: the newcomer's question, "everything about Slovenia since 2020". */
export const DEFAULT_QUERY = `# Everything about Slovenia since 2020: every system's recommendations, visits,
# decisions, communications and reviews in one list, newest first. Page on with first/after; 'sources' says how
# each system and source answered (read it rather than error paths).
query EverythingAboutSlovenia {
  country(code: "SVN") {
    name
    systems
    records(filter: { from: "2020-01-01" }, first: 20) {
      nodes {
        __typename
        ... on Recommendation {
          id issuedOn text mechanism { acronym } statePosition { value label }
          recommendingStates { name } themes { code label } document { symbol }
          provenance { system owner sourceUrl fetchedAt fromCache }
        }
        ... on Decision {
          id date title kind kindLabel caseNumbers mechanism { acronym } url
          provenance { system owner sourceUrl fetchedAt fromCache }
        }
        ... on Visit {
          id year status mechanism { acronym } jointWith { acronym } documents { title url }
          provenance { system owner sourceUrl fetchedAt fromCache }
        }
        ... on Communication {
          id code date typeLabel mechanisms { acronym } summary
          provenance { system owner sourceUrl fetchedAt fromCache }
        }
        ... on Review {
          id date session reviewStatus statusLabel mechanism { acronym } documents { symbol url }
          provenance { system owner sourceUrl fetchedAt fromCache }
        }
      }
      totalCount
      endCursor
      hasNextPage
      sources { system source ok code message count total fromCache stale latencyMs warnings }
    }
  }
}
`;
