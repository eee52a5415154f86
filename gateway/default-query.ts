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

/** The same-matter check for a named case: International PEN's communication against Malawi (ACHPR, also in IHRDA). */
export const SAME_MATTER_QUERY = `# Is this matter already before another international procedure? Every system is asked in parallel;
# candidates come best first, each with its reasons (the score is their sum: person 40, State 20, facts 20, rights 15, period 5).
query SameMatterInternationalPen {
  sameMatter(input: { persons: ["International PEN"], respondents: ["MWI"], rights: ["ICCPR 19"], facts: "detention of writers" }) {
    candidates {
      score
      reasons { criterion points asked matched how }
      heldBy { source owner sourceUrl }
      record {
        ... on Decision { id date title caseNumbers mechanism { acronym } }
        ... on Communication { id date code mechanisms { acronym } }
      }
    }
    sources { system source ok code message count }
  }
}
`;

/** The rolling six-month visit forecast for Mexico, from today (the demo pins today with RH_TODAY). */
export const MEXICO_FORECAST_QUERY = `# Every mechanism's visits to Mexico in the next six months, pending requests, reviews and joint-visit opportunities.
query MexicoVisitForecast {
  visitForecast(months: 6, filter: { countries: ["MEX"] }) {
    from to
    visits { id startDate endDate status statusLabel mechanism { acronym system } mandateLabels provenance { sourceUrl } }
    pendingRequests { id status requestedOn remindersOn mechanism { acronym } mandateLabels }
    reviews { id date session reviewStatus mechanism { acronym } }
    jointOpportunities { reason from to mechanisms { acronym } mandateLabels sharedThemes { code label } }
    sources { system source ok code count warnings }
  }
}
`;

/** GraphiQL's saved example operations, one tab each, the newcomer's question first. */
export const EXAMPLE_TABS = [{ query: DEFAULT_QUERY }, { query: SAME_MATTER_QUERY }, { query: MEXICO_FORECAST_QUERY }];
