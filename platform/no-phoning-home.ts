import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';

/**
 * The hub talks to its configured sources and its own services only. Apollo Server would report usage and the
 * schema to Apollo's cloud when APOLLO_KEY is in the environment: these plugins turn that off in code, for the
 * gateway and every subgraph.
 */
export function noPhoningHome(): ApolloServerPlugin[] {
  return [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()];
}

/**
 * Builds @apollo/gateway with its OpenTelemetry data-collection exporter off. The gateway reads only
 * APOLLO_TELEMETRY_DISABLED, in its constructor, so the variable is set for that call (and put back after),
 * whatever the caller's environment says.
 */
export function withoutGatewayTelemetry<T>(build: () => T): T {
  const before = process.env.APOLLO_TELEMETRY_DISABLED;
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  try {
    return build();
  } finally {
    if (before === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = before;
  }
}
