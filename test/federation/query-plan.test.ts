import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { Supergraph, operationFromDocument, printSchema } from '@apollo/federation-internals';
import { QueryPlanner, prettyFormatQueryPlan, type PlanNode, type QueryPlan, type SubscriptionNode } from '@apollo/query-planner';
import { SUPERGRAPH_PATH } from '../../gateway/supergraph.ts';
import { FAN_OUT_PATH } from '../../gateway/fan-out.ts';
import { defaultFanOutJson } from '../../scripts/hub.ts';
import { composeDefaultSupergraph } from '../../scripts/composition.ts';

const supergraphSdl = composeDefaultSupergraph();
const supergraph = Supergraph.build(supergraphSdl);
const planner = new QueryPlanner(supergraph);
const planOf = (query: string): QueryPlan => planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query)));

/** The services a plan node fetches from, in plan order, with Parallel/Sequence kept as nesting. */
function shape(node: PlanNode | SubscriptionNode | undefined): unknown {
  if (!node) return null;
  switch (node.kind) {
    case 'Fetch':
      return node.serviceName;
    case 'Flatten':
      return shape(node.node);
    case 'Sequence':
      return { Sequence: node.nodes.map(shape) };
    case 'Parallel':
      return { Parallel: node.nodes.map(shape) };
    default:
      return node.kind;
  }
}

const CROSS_SYSTEM = `{
  country(code: "SVN") {
    decisions(filter: { from: "2020-01-01" }, first: 10) {
      nodes { id date title provenance { system source } }
      endCursor hasNextPage
      sources { system source ok code }
    }
  }
}`;

describe('the query plan', () => {
  it('fetches the registry, then every system in parallel, then merges in the registry', () => {
    const plan = planOf(CROSS_SYSTEM);
    // Printed so a reviewer sees the real plan in the test log.
    console.log(prettyFormatQueryPlan(plan));
    expect(shape(plan.node)).toEqual({
      Sequence: ['registry', { Parallel: ['un', 'council-of-europe', 'inter-american', 'african'] }, 'registry'],
    });
  });

  it('calls no source when only the page id is asked for', () => {
    expect(shape(planOf('{ recommendations(first: 5) { id } }').node)).toBe('registry');
  });

  it('is the same plan for every list', () => {
    for (const list of ['recommendations', 'visits', 'decisions', 'communications', 'records'])
      expect(shape(planOf(`{ ${list}(first: 3) { nodes { __typename } sources { system ok } } }`).node)).toEqual({
        Sequence: ['registry', { Parallel: ['un', 'council-of-europe', 'inter-american', 'african'] }, 'registry'],
      });
  });
});

describe("the questions' query plans", () => {
  const FAN_OUT = {
    Sequence: ['registry', { Parallel: expect.arrayContaining(['un', 'council-of-europe', 'inter-american', 'african']) }, 'registry'],
  };
  /** The systems fetched in the plan's parallel step (each once per list the question reads). */
  const parallelOf = (plan: QueryPlan) =>
    (shape(plan.node) as { Sequence: [unknown, { Parallel: string[] }, unknown] }).Sequence[1].Parallel;

  it('asks every system in parallel once per list for sameMatter: decisions and communications, then merges in the registry', () => {
    const plan = planOf(`{ sameMatter(input: { persons: ["Tsatsu Tsikata"], respondents: ["GHA"], rights: ["ICCPR 14"] }) {
      candidates { score reasons { criterion points matched } record { ... on Decision { id title } ... on Communication { id code } } heldBy { source } }
      sources { system source ok code }
    } }`);
    console.log(prettyFormatQueryPlan(plan));
    expect(shape(plan.node)).toEqual(FAN_OUT);
    expect([...parallelOf(plan)].sort()).toEqual([
      'african',
      'african',
      'council-of-europe',
      'council-of-europe',
      'inter-american',
      'inter-american',
      'un',
      'un',
    ]);
  });

  it("asks every system in parallel for visitForecast: the window's visits, the pending requests and the reviews", () => {
    const plan = planOf(`{ visitForecast(months: 6, filter: { countries: ["MEX"] }) {
      from to visits { id } pendingRequests { id requestedOn } reviews { id } jointOpportunities { reason visits { id } }
      sources { system source ok }
    } }`);
    console.log(prettyFormatQueryPlan(plan));
    expect(shape(plan.node)).toEqual(FAN_OUT);
    expect(parallelOf(plan)).toHaveLength(12);
  });

  it('asks every system in parallel for recommendationMatrix: three windows of recommendations each, then counts in the registry', () => {
    const plan = planOf(`{ recommendationMatrix(country: "SVN") {
      columns { mechanism { id } count } rows { theme { code } cells { count positions { value count } list { variables } } }
      complete warnings sources { system source ok }
    } }`);
    console.log(prettyFormatQueryPlan(plan));
    expect(shape(plan.node)).toEqual(FAN_OUT);
    expect([...parallelOf(plan)].sort()).toEqual(['un', 'council-of-europe', 'inter-american', 'african'].flatMap((s) => [s, s, s]).sort());
  });

  it("asks every system in parallel for focalPoints (each configures its own), then picks each mechanism's own in the registry", () => {
    const plan = planOf('{ focalPoints(system: UN) { mechanismId office webPage email languages liaisesWith { mechanism { id } } } }');
    console.log(prettyFormatQueryPlan(plan));
    expect(shape(plan.node)).toEqual(FAN_OUT);
  });

  it('asks every system in parallel for the page, then again for the related recommendations of its records', () => {
    const plan = planOf(`{ country(code: "BGR") { recommendations(first: 5) { nodes { id
      related(first: 3) { score matchedTerms sharedThemes { code } why recommendation { id } } } } } }`);
    console.log(prettyFormatQueryPlan(plan));
    const systems = { Parallel: expect.arrayContaining(['un', 'council-of-europe', 'inter-american', 'african']) };
    expect(shape(plan.node)).toEqual({ Sequence: ['registry', systems, 'registry', systems, 'registry'] });
  });

  it('calls no system when only the window is asked for', () => {
    expect(shape(planOf('{ visitForecast { from to months jointWithinWeeks } }').node)).toBe('registry');
  });
});

describe('the committed supergraph', () => {
  it("is what the subgraphs compose to today, with the sources' fan-out (run `npm run compose` after an SDL or source change)", () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(supergraphSdl);
    expect(readFileSync(FAN_OUT_PATH, 'utf8'), 'gateway/fan-out.json is stale: run npm run compose').toBe(defaultFanOutJson());
  });

  it('hides the merge machinery from clients', () => {
    const apiSchema = printSchema(supergraph.apiSchema());
    expect(apiSchema).not.toMatch(/\bparts\b|DecisionPart|scope/);
    expect(apiSchema).toMatch(/type DecisionPage/);
  });
});
