/** The stylesheet, served as /static/style.css (a file, as the Content-Security-Policy wants). */

// Speaker colours: a qualitative palette (Paul Tol's "light" scheme, and two more), each a different
// hue light enough to read dark text on; the twelfth class is for quotes found by name across articles.
const PALETTE = ['#77aadd', '#ee8866', '#44bb99', '#eedd88', '#ffaabb', '#99ddff', '#bbcc33', '#c5b0d5', '#dddddd', '#d9b382', '#aaaa00', '#ffd6a5'];

/** The CSS text. */
export const STYLE = `
:root { color-scheme: light dark; --ink: #1d1d1f; --muted: #5f5f66; --line: #dcdce0; --coop: #1a7f37; --conflict: #c62828; --accent: #0b57d0; --page: #fafafa; --panel: #fff; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e8e8ea; --muted: #a8a8b0; --line: #3a3a40; --coop: #4cc26a; --conflict: #ff6b6b; --accent: #8ab4f8; --page: #151517; --panel: #1f1f23; }
  .q, .article-text a.q { color: #111; }
  .node text { stroke: var(--panel); }
}
.skip { position: absolute; left: -10000px; top: .5rem; background: var(--panel); padding: .4rem .8rem; border: 2px solid var(--accent); z-index: 10; }
.skip:focus { left: 1rem; }
.article-text [data-who]::before { content: attr(data-who); font: 700 .7rem system-ui, sans-serif; background: #111; color: #fff; border-radius: .6rem; padding: 0 .3rem; margin-right: .15rem; vertical-align: .35rem; }
.swatch.q { color: #111; font: 700 .7rem/0.9rem system-ui, sans-serif; text-align: center; width: 1.1rem; height: 1.1rem; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--page); }
header { display: flex; gap: 2rem; align-items: baseline; padding: .75rem 1.5rem; background: var(--panel); border-bottom: 1px solid var(--line); }
header .brand { font-weight: 700; font-size: 1.2rem; color: var(--ink); text-decoration: none; }
header nav a { margin-right: 1rem; color: var(--accent); text-decoration: none; }
header nav a[aria-current="page"] { font-weight: 600; text-decoration: underline; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
footer { text-align: center; color: var(--muted); font-size: .85rem; padding: 1rem; }
a { color: var(--accent); }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
.muted { color: var(--muted); }
.error { color: var(--conflict); }
form.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin: 1rem 0; }
form.filters label, form.extract label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
input, select, textarea, button { font: inherit; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: var(--panel); }
button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
form.extract { display: grid; grid-template-columns: 1fr 12rem; gap: .75rem; }
form.extract .wide { grid-column: 1 / -1; }
form.extract button { justify-self: start; }
ol.quotes, ul.articles { padding-left: 1.2rem; }
.quote-item { margin: .75rem 0; }
.quote-item blockquote { margin: 0 0 .25rem; padding: .3rem .6rem; border-radius: 4px; }
.pager { display: flex; justify-content: space-between; margin: 1rem 0; }
.record { display: grid; grid-template-columns: minmax(0, 1fr) 18rem; gap: 1.5rem; }
.article-text { white-space: pre-wrap; background: var(--panel); padding: 1rem 1.25rem; border: 1px solid var(--line); border-radius: 6px; font-family: Georgia, serif; font-size: 1.05rem; line-height: 1.7; }
.article-text a.q { color: inherit; text-decoration: none; border-bottom: 2px solid rgba(0,0,0,.25); }
.article-text a.q:hover { border-bottom-color: var(--ink); }
.q { border-radius: 3px; }
.q.unknown { background: #e8e8ea; }
${PALETTE.map((colour, i) => `.q.c${i} { background: ${colour}; }`).join('\n')}
.cue { text-decoration: underline; text-decoration-thickness: 2px; }
.speaker { font-weight: 700; }
mark.event { background: none; outline: 2px solid #f9a825; border-radius: 2px; }
mark.event.negated { outline-style: dashed; }
.swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .4rem; vertical-align: -2px; border: 1px solid rgba(0,0,0,.15); }
ul.legend, ul.entities, ul.roles, ul.messages { list-style: none; padding: 0; margin: 0; }
ul.legend li, ul.entities li { margin: .2rem 0; }
.messages .error { color: var(--conflict); }
table { border-collapse: collapse; width: 100%; background: var(--panel); font-size: .92rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
tr.coop td:first-child { border-left: 4px solid var(--coop); }
tr.conflict td:first-child { border-left: 4px solid var(--conflict); }
svg.timeline { width: 100%; max-width: 720px; height: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
svg.timeline rect { fill: var(--accent); }
svg.timeline a:hover rect { fill: #174ea6; }
svg.timeline text { font-size: 10px; fill: var(--muted); }
svg.timeline .axis { stroke: var(--line); }
svg.network { width: 100%; height: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.edge { stroke-opacity: .8; fill: none; }
.edge.coop { stroke: var(--coop); }
.edge.conflict { stroke: var(--conflict); }
.arrow.coop { fill: var(--coop); }
.arrow.conflict { fill: var(--conflict); }
.edge.other { stroke-dasharray: 5 4; stroke-opacity: .55; }
.node text.label-hidden { display: none; }
.node:hover text.label-hidden, .node:focus text.label-hidden { display: inline; }
.legend-line .line.solid { background: var(--ink); }
.legend-line .line.dashed { background: repeating-linear-gradient(90deg, var(--ink) 0 5px, transparent 5px 9px); }
li.flag-negated, li.flag-requested, li.flag-possible, li.flag-planned, li.flag-hypothetical, li.flag-habitual { opacity: .8; border-left: 3px dashed var(--muted); padding-left: .4rem; }
em.flag { font-style: normal; font-size: .8rem; padding: 0 .3rem; border: 1px dashed var(--muted); border-radius: 3px; }
.assumed { font-weight: 600; font-size: .85rem; color: #8a4b00; }
.node circle { fill: #fff; stroke: var(--ink); stroke-width: 1.5; }
.node.person circle { fill: #e3f2fd; }
.node.organization circle { fill: #fff3e0; }
.node.country circle { fill: #f3e5f5; }
.node text { font-size: 11px; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.node:hover circle { stroke-width: 3; }
.legend-line .line { display: inline-block; width: 1.5rem; height: 3px; vertical-align: middle; margin: 0 .3rem 0 .8rem; }
.legend-line .line.coop { background: var(--coop); }
.legend-line .line.conflict { background: var(--conflict); }
svg.chart { width: 100%; max-width: 760px; height: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
svg.chart text { font-size: 11px; fill: var(--ink); }
svg.chart .tick { fill: var(--muted); font-size: 10px; }
svg.chart .grid { stroke: var(--line); }
svg.chart .axis { stroke: var(--muted); }
nav.toc ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; }
section.stat { margin-bottom: 1.5rem; }
@media (max-width: 800px) { .record { grid-template-columns: 1fr; } }
`;
