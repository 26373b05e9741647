/** Finds the workflow files the round-trip tests cover: the shared Elsa corpus and the repository's workflows/ folder. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isObject, type JsonObject } from './json';

const here = fileURLToPath(new URL('.', import.meta.url));
export const repositoryRoot = resolve(here, '../../../..');
export const corpusFolder = resolve(repositoryRoot, '../shared/elsa-corpus');
export const workflowsFolder = resolve(repositoryRoot, 'workflows');

export function jsonFilesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...jsonFilesUnder(path));
    else if (name.endsWith('.json')) found.push(path);
  }
  return found;
}

/** The document when the file is a workflow definition (an object with a root activity), else undefined. */
export function readWorkflow(path: string): JsonObject | undefined {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  return isObject(value) && isObject(value.root) ? value : undefined;
}
