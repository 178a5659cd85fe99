/** Other names of one organisation ("Tories" → "Conservative Party"), loaded from aliases.json once. */
import data from './aliases.json' with { type: 'json' };

const CANONICAL = new Map<string, string>();
for (const [name, forms] of Object.entries(data.parties)) {
  CANONICAL.set(name.toLowerCase(), name);
  for (const form of forms) CANONICAL.set(form.toLowerCase(), name);
}

/** The full name an organisation's other name stands for ("Lib Dems" → "Liberal Democrats"), matched without case; undefined for any other name. */
export function canonicalName(name: string): string | undefined {
  return CANONICAL.get(name.toLowerCase());
}
