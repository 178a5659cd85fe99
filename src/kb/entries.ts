/** The entries of the knowledge base: people who held offices, and organisations. */
import type { OfficeTerm } from './offices-format.js';

/** A person the knowledge base knows, with every office they held. */
export interface KbPerson {
  /** "person/emmanuel-macron", or "person/Q3052772" for an imported Wikidata item. */
  kbId: string;
  name: string;
  aliases: readonly string[];
  gender: 'male' | 'female' | null;
  /** ISO3 of the country whose offices they held, or null (an organisation's officer). */
  country: string | null;
  terms: readonly OfficeTerm[];
}

/** An international, national or non-state organisation. */
export interface KbOrganization {
  /** "org/nato". */
  kbId: string;
  name: string;
  aliases: readonly string[];
  /** kbId of the organisation it belongs to ("org/un" for the Security Council), or null. */
  parent: string | null;
  country: string | null;
}
