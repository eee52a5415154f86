import { SOURCE as SPINTERNET_SOURCE } from '../../adapters/spinternet/config.ts';
import type { AccessLevel } from '../../schema/access-level.ts';
import type { ListKind } from '../../schema/types.ts';

/**
 * The owners' access policy for the sources the hub wraps from outside (a mechanism's own database gives each record
 * its level itself, `access` on the record). Reviewable data, one rule per line: which records of a source (all of a
 * list, or those whose fields have one of the values in `where`), at which level, and which of their fields are at a
 * higher one. A record matched by no rule is PUBLIC. The content stays the source's; only its level is the owner's choice.
 * The slice applies the rules before its own filters (text, status…), so a hidden field is never matched on; a field
 * rule on a source that searches text itself (Uwazi) cannot stop that source's own search from reading the field.
 */
export interface AccessRule {
  source: string;
  kind: ListKind;
  /** Field → values: the rule applies to records whose field has one of them (absent: every record of the list). */
  where?: Record<string, readonly (string | null)[]>;
  /** The records' level. */
  level?: AccessLevel;
  /** Fields above the record's level: null for a lesser caller, with the reason in sources[].warnings. */
  fields?: Record<string, AccessLevel>;
  /** Why the owner chose it (the README repeats it). */
  why: string;
}

export const ACCESS_POLICY: readonly AccessRule[] = [
  {
    source: SPINTERNET_SOURCE,
    kind: 'visits',
    where: { status: ['REQUESTED'] },
    level: 'MECHANISMS',
    why: 'A visit a mandate has asked for and the State has not accepted is still a matter between them: the other mechanisms may plan around it, the public sees it once accepted.',
  },
  {
    source: SPINTERNET_SOURCE,
    kind: 'visits',
    fields: { requestedOn: 'OWNER', remindersOn: 'OWNER' },
    why: "When a mandate asked and how often it reminded the State is the mandate's own correspondence.",
  },
];
