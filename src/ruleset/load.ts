/**
 * Loads every rule file in `rules/`, validates it with its zod schema, expands
 * named sub-patterns, compiles regexes and freezes the result. A bad rule file is
 * a Message naming file, entry and reason, never a throw.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { z } from 'zod';
import { sha256 } from '../core/ids.js';
import { message, type Message } from '../core/messages.js';
import { RULE_FILES, type RuleSet, type RawRuleSet } from './registry.js';
import { compileRuleSet } from './compile.js';

export function defaultRulesDir(): string {
  // dist/ruleset/load.js or src/ruleset/load.ts → <root>/rules
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..', 'rules');
}

let fingerprint: string | undefined;

/**
 * A hash of the extractor's own code (every `.js`/`.ts` file of `dist/`, or of `src/` when running
 * from sources), part of the rules version: a document is skipped only when neither its content, nor
 * the rules, nor the code that reads it changed, so a new build re-extracts (~15 ms, once per run:
 * worker threads are given the main thread's, see {@link knownCodeFingerprint}).
 */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const parts: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:js|ts)$/u.test(e.name) && !e.name.endsWith('.d.ts')) parts.push(relative(root, p), readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  fingerprint = sha256(parts.join('\0'));
  return fingerprint;
}

/** The fingerprint computed by another thread of this process (the same code): not walked again. */
export function knownCodeFingerprint(known: string): void {
  fingerprint = known;
}

export type LoadOutcome = { ok: true; rules: RuleSet } | { ok: false; errors: Message[] };

export function loadRules(dir: string = defaultRulesDir()): LoadOutcome {
  const errors: Message[] = [];
  const raw: Record<string, unknown> = {};
  const hash: string[] = [];
  for (const [key, spec] of Object.entries(RULE_FILES)) {
    const files = listFiles(dir, spec.path);
    if (files.length === 0) {
      errors.push(message('error', 'rules', 'rules/missing', `${spec.path}: rule file missing`));
      continue;
    }
    const parsed: unknown[] = [];
    for (const file of files) {
      const rel = relative(dir, file);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        errors.push(message('error', 'rules', 'rules/read', `${rel}: cannot read (${(e as Error).message})`));
        continue;
      }
      hash.push(rel, text);
      let data: unknown;
      try {
        data = spec.path.endsWith('.yaml') || file.endsWith('.yaml') ? YAML.parse(text) : text;
      } catch (e) {
        errors.push(message('error', 'rules', 'rules/yaml', `${rel}: invalid YAML (${(e as Error).message.split('\n')[0]})`));
        continue;
      }
      const result = (spec.schema as z.ZodType).safeParse(data);
      if (!result.success) {
        for (const issue of result.error.issues.slice(0, 10)) {
          errors.push(
            message('error', 'rules', 'rules/schema', `${rel}: entry ${issue.path.join('.') || '(root)'}: ${issue.message}`),
          );
        }
        continue;
      }
      parsed.push(spec.dir ? { file: rel, data: result.data } : result.data);
    }
    raw[key] = spec.dir ? parsed : parsed[0];
  }
  if (errors.length) return { ok: false, errors };
  hash.push('code', codeFingerprint());
  const compiled = compileRuleSet(raw as unknown as RawRuleSet, sha256(hash.join('\0')).slice(0, 12), resolve(dir));
  if (!compiled.ok) return compiled;
  return { ok: true, rules: deepFreeze(compiled.rules) };
}

function listFiles(dir: string, path: string): string[] {
  const full = join(dir, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isDirectory()) {
    return readdirSync(full)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => join(full, f));
  }
  return [full];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof RegExp) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

let cached: RuleSet | undefined;
/** Load once per process (workers call this too); throws only for a bug-level failure the CLI has already reported. */
export function rulesOnce(dir?: string): RuleSet {
  if (cached) return cached;
  const r = loadRules(dir);
  if (!r.ok) throw new Error(r.errors.map((e) => e.reason).join('\n'));
  cached = r.rules;
  return cached;
}
