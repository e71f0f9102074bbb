import { processDocument } from '../../src/pipeline.js';
import type { PolicyDocument } from '../../src/schema/output.js';
import { testRules } from './context.js';

/** A plan's text through the whole pipeline, as a TXT file would go. */
export async function runPlan(text: string): Promise<PolicyDocument> {
  return (await processDocument('plan.txt', Buffer.from(text), testRules())).doc;
}

/** Each task's units by its title: `[name, canonical, role]`. */
export function unitsByTask(doc: PolicyDocument): Record<string, string[][]> {
  return Object.fromEntries(doc.tasks.map((t) => [t.title, t.units.map((u) => [u.name, u.canonical, u.role])]));
}
