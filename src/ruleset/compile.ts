import { message, type Message } from '../core/messages.js';
import { makeTools } from './define.js';
import { RULE_FILES, type RawRuleSet, type RuleSet } from './registry.js';
import type { Named } from './expand.js';

export function compileRuleSet(raw: RawRuleSet, version: string, dir: string): { ok: true; rules: RuleSet } | { ok: false; errors: Message[] } {
  const failures: { file: string; entry: string; reason: string }[] = [];
  const named = raw.patterns as Named;
  const out: Record<string, unknown> = { version, dir };
  for (const [key, def] of Object.entries(RULE_FILES)) {
    const tools = makeTools(def.path, named, failures);
    out[key] = (def.compile as (r: unknown, t: typeof tools) => unknown)(raw[key as keyof RawRuleSet], tools);
  }
  if (failures.length) {
    return {
      ok: false,
      errors: failures.map((f) => message('error', 'rules', 'rules/compile', `${f.file}: entry ${f.entry}: ${f.reason}`)),
    };
  }
  return { ok: true, rules: out as unknown as RuleSet };
}
