/** A record shown in full: highlighted text, speakers, quotes, events, entities, messages. Used by the article and extract pages. */
import type { ArticleRecord } from '../../doc/record.js';
import { entityActorKey, highlightText, speakerColour, speakerLegend, speakerNumbers } from './highlight.js';
import { actorHref, html, type Html } from './html.js';

function actorName(record: ArticleRecord, entityId: string | null, name: string, articleKey: string | null): Html {
  const key = entityActorKey(record, entityId, articleKey);
  return key === null ? html`${name}` : html`<a href="${actorHref(key)}">${name}</a>`;
}

/** The record's sections; links to actors when `articleKey` (the stored article's key) is given. */
export function recordView(record: ArticleRecord, articleKey: string | null): Html {
  const options = { articleKey };
  const events = record.events.map(
    (event) => html`<tr class="${cooperative(event.code) ? 'coop' : 'conflict'}"><td>${actorName(record, event.source.entityId, event.source.name, articleKey)}</td><td><code>${event.code}</code>${event.mode ? html` <span class="muted">${event.mode}</span>` : ''}</td><td>${actorName(record, event.target.entityId, event.target.name, articleKey)}</td><td>${event.negated ? 'negated' : ''}</td><td>${event.modality}</td><td>“${event.trigger.text}”</td></tr>`,
  );
  const numbers = speakerNumbers(record, options);
  const quotes = record.quotes.map((quote) => {
    const named = quote.speaker ? actorName(record, quote.speaker.entityId, quote.speaker.name, articleKey) : html`<span class="muted">unknown</span>`;
    // How the speaker was found, when not named on the spot ("pronoun", "continued", "unresolved").
    const basis = quote.speaker?.basis;
    const who = basis !== undefined && basis !== 'named' ? html`${named} <span class="muted basis">${basis}</span>` : named;
    const key = entityActorKey(record, quote.speaker?.entityId ?? null, articleKey) ?? `name:${quote.speaker?.name ?? ''}`;
    const number = quote.speaker ? numbers.get(key) : undefined;
    return html`<tr><td><span class="swatch q ${number === undefined ? 'unknown' : speakerColour(number)}">${number ?? ''}</span>${who}</td><td>${quote.kind}</td><td>${quote.cue?.text ?? ''}</td><td>${quote.text}</td></tr>`;
  });
  const entities = record.entities.map(
    (entity) => html`<li>${actorName(record, entity.id, entity.name, articleKey)} <span class="muted">${entity.type}${entity.role ? `, ${entity.role}` : ''}${entity.country ? `, ${entity.country}` : ''} · ${entity.mentions.length} mentions</span></li>`,
  );
  return html`
<section class="record">
<div class="text-column">${highlightText(record, options)}</div>
<aside>
<h2>Speakers</h2>${speakerLegend(record, options)}
<h2>Entities</h2>${entities.length === 0 ? html`<p class="muted">None.</p>` : html`<ul class="entities">${entities}</ul>`}
${record.messages.length > 0 ? html`<h2>Messages</h2><ul class="messages">${record.messages.map((m) => html`<li class="${m.level}"><code>${m.code}</code> ${m.message}</li>`)}</ul>` : ''}
</aside>
</section>
<h2>Quotes (${record.quotes.length})</h2>
${quotes.length === 0 ? html`<p class="muted">None.</p>` : html`<table class="quotes-table"><thead><tr><th>Speaker</th><th>Kind</th><th>Cue</th><th>Text</th></tr></thead><tbody>${quotes}</tbody></table>`}
<h2>Events (${record.events.length})</h2>
${events.length === 0 ? html`<p class="muted">None.</p>` : html`<table class="events-table"><thead><tr><th>Source</th><th>Code</th><th>Target</th><th></th><th>Modality</th><th>Trigger</th></tr></thead><tbody>${events}</tbody></table>`}`;
}

/** PLOVER categories of cooperation; every other one is conflict. */
export const COOPERATION = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'YIELD']);

/** True when the PLOVER code is a cooperation. */
export function cooperative(code: string): boolean {
  return COOPERATION.has(code.toUpperCase());
}
