/** The frame of every page: head with our stylesheet, the navigation, the content. */
import { html, type Html } from './html.js';

/** Which navigation entry is current. */
export type Section = 'search' | 'articles' | 'network' | 'dashboard' | 'extract' | 'none';

const NAV: Array<[Section, string, string]> = [
  ['search', '/', 'Quotes'],
  ['articles', '/articles', 'Articles'],
  ['network', '/network', 'Network'],
  ['dashboard', '/dashboard', 'Dashboard'],
  ['extract', '/extract', 'Extract'],
];

/** A whole page. Scripts are files (the Content-Security-Policy forbids inline ones). */
export function layout(title: string, section: Section, content: Html, scripts: string[] = []): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · onrecord</title>
<link rel="stylesheet" href="/static/style.css">
${scripts.map((src) => html`<script type="module" src="${src}"></script>`)}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><a class="brand" href="/">onrecord</a><nav>${NAV.map(([id, path, label]) => html`<a href="${path}"${id === section ? html` aria-current="page"` : ''}>${label}</a>`)}</nav></header>
<main id="main" tabindex="-1">
${content}
</main>
<footer>onrecord · who said what, and who did what to whom · <a href="/api/openapi.json">API</a></footer>
</body>
</html>
`.value;
}
