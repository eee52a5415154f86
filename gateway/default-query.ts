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

/** The recommendations matrix of Slovenia: UHRI themes × mechanisms, each cell with the list query that gives it. */
export const SLOVENIA_MATRIX_QUERY = `# Every mechanism's recommendations to Slovenia by theme, with the State's UPR positions and follow-up grades.
# Each cell's list (query + variables) gives the same records; GET /feeds/matrix.csv?country=SVN is the same table as CSV.
query SloveniaRecommendationMatrix {
  recommendationMatrix(country: "SVN") {
    country { code name }
    recommendations complete warnings
    columns { mechanism { id acronym system } count withoutTheme positions { value count } followUpGrades { value count } }
    rows {
      theme { code title }
      count
      cells { mechanism { acronym } count derived positions { value count } followUpGrades { value count } list { query variables url } }
    }
    sources { system source ok code count total }
  }
}
`;

/** Related recommendations: ECRI's and the Human Rights Committee's to Bulgaria, each with the other's, score and why. */
export const RELATED_QUERY = `# Other mechanisms' recommendations to the same State, by shared UHRI themes and like text (BM25), with the reasons.
# (Slovenia's recorded recommendations are all the UPR's, so Bulgaria shows two systems: ECRI and the Human Rights Committee.)
query RelatedRecommendationsBulgaria {
  country(code: "BGR") {
    recommendations(first: 5) {
      nodes {
        id text mechanism { acronym } themes { code derived }
        related(first: 3) { score sharedThemes { code label } matchedTerms why recommendation { id text mechanism { acronym system } } }
      }
      sources { system source ok code }
    }
  }
}
`;

/** The directory of focal points for cooperation, each as its own system's subgraph configures it. */
export const FOCAL_POINTS_QUERY = `# Each mechanism's public cooperation contact, as its own system's subgraph configures it. Only what the mechanisms
# publish about themselves: no person's name, and null where no source states a fact (no public email is held).
query FocalPoints {
  focalPoints {
    mechanism { id acronym system }
    configuredBy office webPage email languages
    liaisesWith { mechanism { acronym } basis sourceUrl }
  }
  europe: mechanisms(system: EUROPEAN) { acronym focalPoints { office webPage } }
}
`;

/** GraphiQL's saved example operations, one tab each, the newcomer's question first. */
export const EXAMPLE_TABS = [
  DEFAULT_QUERY,
  SAME_MATTER_QUERY,
  MEXICO_FORECAST_QUERY,
  SLOVENIA_MATRIX_QUERY,
  RELATED_QUERY,
  FOCAL_POINTS_QUERY,
].map((query) => ({ query }));
