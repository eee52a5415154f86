import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';
import { InvalidConfigError } from '../_kit/errors.ts';

/** One Uwazi template on one instance: what the generic adapter needs to search it. */
export interface UwaziConfig {
  /** The hub's name for the source, e.g. 'ihrda-achpr' or 'upr-info'. */
  name: string;
  /** Instance root (the API is at `${baseUrl}/api/...`), e.g. https://caselaw.ihrda.org. */
  baseUrl: string;
  /** Template id whose entities are searched (`types=["<template>"]`), e.g. '59f8a857c01ffe324453ba2f'. */
  template: string;
  /** How long an answer may be served from cache, in milliseconds. Default 6 hours. */
  ttlMs: number;
  /** Rows asked per request (`limit=`). Default 100. */
  pageSize: number;
}

export const UWAZI_DEFAULTS = { ttlMs: 6 * 3600_000, pageSize: 100 } as const;

/** Uwazi ids: Mongo ObjectIds for templates ('59f8a857c01ffe324453ba2f'). */
const TEMPLATE_ID = /^[0-9a-f]{24}$/i;
const NAME = /^[a-z0-9-]+$/;

/**
 * Fills the defaults and checks a config at start-up, naming the key and the value received.
 * validateUwaziConfig({ name: 'upr-info', baseUrl: 'https://upr-info-database.uwazi.io', template: 'x' }) throws
 * "adapters.upr-info.template must be a Uwazi template id (24 hex digits) such as 5d8ce04361cde0408222e9a8; got \"x\"".
 */
export function validateUwaziConfig(cfg: Pick<UwaziConfig, 'name' | 'baseUrl' | 'template'> & Partial<UwaziConfig>): UwaziConfig {
  if (typeof cfg.name !== 'string' || !NAME.test(cfg.name))
    throw new InvalidConfigError(
      `adapters.uwazi.name must be a lower-case source name such as "ihrda-achpr"; got ${JSON.stringify(cfg.name)}`,
    );
  const at = `adapters.${cfg.name}`;
  if (typeof cfg.template !== 'string' || !TEMPLATE_ID.test(cfg.template))
    throw new InvalidConfigError(
      `${at}.template must be a Uwazi template id (24 hex digits) such as 5d8ce04361cde0408222e9a8; got ${JSON.stringify(cfg.template)}`,
    );
  const full = { ...UWAZI_DEFAULTS, ...cfg };
  return {
    name: cfg.name,
    template: cfg.template,
    baseUrl: requireBaseUrl(`${at}.baseUrl`, cfg.baseUrl),
    ttlMs: requirePositiveInt(`${at}.ttlMs`, full.ttlMs),
    pageSize: requirePositiveInt(`${at}.pageSize`, full.pageSize, 'rows'),
  };
}
