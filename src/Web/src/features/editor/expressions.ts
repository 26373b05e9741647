/** Input values as Elsa writes them: `{ typeName, expression: { type, value } }`, and quick client-side syntax checks. */
import { isObject, type Json, type JsonObject } from '../../mapping/json';

export const EXPRESSION_TYPES = ['Literal', 'JavaScript', 'Liquid', 'Variable', 'Object'] as const;
export type ExpressionType = (typeof EXPRESSION_TYPES)[number];

export interface InputValue {
  typeName: string;
  type: string;
  value: Json | undefined;
}

export function readInput(raw: Json | undefined, typeName: string): InputValue {
  if (isObject(raw) && isObject(raw.expression))
    return { typeName: typeof raw.typeName === 'string' ? raw.typeName : typeName, type: String(raw.expression.type ?? 'Literal'), value: raw.expression.value };
  return { typeName, type: 'Literal', value: raw ?? undefined };
}

export function writeInput(previous: Json | undefined, input: InputValue): JsonObject {
  const base = isObject(previous) ? previous : {};
  const oldExpression = isObject(base.expression) ? base.expression : {};
  const expression: JsonObject = { ...oldExpression, type: input.type };
  if (input.value === undefined) delete expression.value;
  else expression.value = input.value;
  return { ...base, typeName: input.typeName, expression };
}

/** A JavaScript syntax error message, or '' (the code is parsed, never run). */
export function javaScriptSyntaxError(code: string): string {
  if (!code.trim()) return '';
  try {
    // Parsing an async function body accepts top-level await and return, as the engine's scripts may use them.
    new Function(`return (async () => {\n${code}\n});`);
    return '';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export function liquidSyntaxError(text: string): string {
  const open = (text.match(/\{\{/g) ?? []).length;
  const close = (text.match(/\}\}/g) ?? []).length;
  const openTag = (text.match(/\{%/g) ?? []).length;
  const closeTag = (text.match(/%\}/g) ?? []).length;
  if (open !== close) return `Unbalanced output markers: ${open} "{{" and ${close} "}}".`;
  if (openTag !== closeTag) return `Unbalanced tag markers: ${openTag} "{%" and ${closeTag} "%}".`;
  return '';
}

export function jsonSyntaxError(text: string): string {
  if (!text.trim()) return '';
  try {
    JSON.parse(text);
    return '';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const DURATION = /^-?(\d+\.)?\d{1,2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/;
export const durationError = (text: string) => (!text || DURATION.test(text) ? '' : 'Use [d.]hh:mm:ss, e.g. 00:30:00 or 1.00:00:00.');

export type LiteralKind = 'boolean' | 'number' | 'choice' | 'list' | 'json' | 'duration' | 'code' | 'multiline' | 'text';

export function literalKind(type: string, uiHint: string, options?: string[] | null): LiteralKind {
  const t = type.toLowerCase();
  if (t === 'boolean' || uiHint === 'checkbox') return 'boolean';
  if (options && options.length > 0 && uiHint !== 'check-list') return 'choice';
  if (['int32', 'int64', 'double', 'decimal', 'single', 'int16', 'number'].includes(t)) return 'number';
  if (t === 'timespan') return 'duration';
  if (t.endsWith('[]') || t.startsWith('list') || t.startsWith('ienumerable') || uiHint === 'check-list' || uiHint === 'dynamic-outcomes' || uiHint === 'multitext') return 'list';
  if (uiHint === 'code-editor') return 'code';
  if (t === 'object' || t.startsWith('dictionary') || uiHint === 'json-editor') return 'json';
  if (uiHint === 'multiline') return 'multiline';
  return 'text';
}
