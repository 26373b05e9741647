import { describe, expect, it } from 'vitest';
import { durationError, javaScriptSyntaxError, liquidSyntaxError, literalKind, readInput, writeInput } from './expressions';

describe('input values', () => {
  it('switching the expression type keeps the rest of the input', () => {
    const before = { typeName: 'String', expression: { type: 'Literal', value: 'a' }, extra: 1 };
    const value = readInput(before, 'String');
    expect(value).toEqual({ typeName: 'String', type: 'Literal', value: 'a' });
    expect(writeInput(before, { ...value, type: 'JavaScript', value: 'getVariable("x")' })).toEqual({ typeName: 'String', expression: { type: 'JavaScript', value: 'getVariable("x")' }, extra: 1 });
  });

  it('finds syntax errors without running code', () => {
    expect(javaScriptSyntaxError('return 1 + 2;')).toBe('');
    expect(javaScriptSyntaxError('const x = await fetchIt();')).toBe('');
    expect(javaScriptSyntaxError('if (')).not.toBe('');
    expect(liquidSyntaxError('Hi {{ name }')).toMatch(/Unbalanced/);
    expect(durationError('00:30:00')).toBe('');
    expect(durationError('half an hour')).not.toBe('');
  });

  it('picks an editor per input type', () => {
    expect(literalKind('Boolean', 'checkbox')).toBe('boolean');
    expect(literalKind('String[]', 'check-list', ['GET', 'POST'])).toBe('list');
    expect(literalKind('FlowJoinMode', 'dropdown', ['WaitAll', 'WaitAny'])).toBe('choice');
    expect(literalKind('TimeSpan', 'singleline')).toBe('duration');
    expect(literalKind('Int32', 'singleline')).toBe('number');
    expect(literalKind('Dictionary`2', 'singleline')).toBe('json');
    expect(literalKind('String', 'code-editor')).toBe('code');
  });
});
