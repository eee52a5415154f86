import { describe, expect, it } from 'vitest';
import { decodeScope, encodeScope, ScopeRefusedError, type PartScope } from '../../schema/scope.ts';
import { createTokenSigner } from '../../schema/signed-token.ts';
import { canonicalFilter } from '../../schema/filter.ts';

const tokens = createTokenSigner('a key for the scope tests, 32+ characters');
const scope: PartScope = {
  system: 'EUROPEAN',
  kind: 'decisions',
  filter: canonicalFilter({ countries: ['si'], from: '2020-01-01', text: 'prison' }),
  offset: 40,
  limit: 20,
};

describe('a part scope', () => {
  it('comes back as it was signed, with named fields in its payload', () => {
    const token = encodeScope(scope, tokens);
    expect(token).toMatch(/^[\w-]+$/);
    expect(decodeScope(token, tokens)).toEqual(scope);
    expect(JSON.parse(Buffer.from(token.slice(0, -43), 'base64url').toString('utf8'))).toEqual({ version: 2, ...scope });
  });

  it('is refused when signed with another key or for another use, before its payload is read', () => {
    const other = createTokenSigner('another key for the scope tests, 32+ chars');
    expect(() => decodeScope(encodeScope(scope, other), tokens)).toThrow(ScopeRefusedError);
    expect(() => decodeScope(tokens.sign('cursor', { version: 2, ...scope }), tokens)).toThrow(/not signed with the hub's key/);
    expect(() => decodeScope('', tokens)).toThrow(ScopeRefusedError);
  });

  it('is refused out of bounds even when signed, without echoing what it holds', () => {
    const text = 'y'.repeat(5_000);
    const cases: [object, RegExp][] = [
      [{ limit: 0 }, /limit/],
      [{ limit: 101 }, /limit/],
      [{ offset: 5_001 }, /offset/],
      [{ offset: -1 }, /offset/],
      [{ kind: 'everything' }, /list/],
      [{ system: 'MARS' }, /system/],
      [{ version: 1 }, /version/],
      [{ filter: { ...scope.filter, text } }, /filter/],
      [{ filter: { ...scope.filter, importance: [9] } }, /filter/],
      [{ filter: { ...scope.filter, from: '2020-02-30' } }, /filter/],
      [{ filter: null }, /filter/],
    ];
    for (const [over, why] of cases) {
      const token = tokens.sign('scope', { version: 2, ...scope, ...over });
      expect(() => decodeScope(token, tokens)).toThrow(why);
      try {
        decodeScope(token, tokens);
      } catch (err) {
        expect((err as Error).message).not.toContain('yyyy');
      }
    }
    expect(decodeScope(tokens.sign('scope', { version: 2, ...scope, offset: 5_000, limit: 100 }), tokens)).toMatchObject({
      offset: 5_000,
      limit: 100,
    });
  });
});
