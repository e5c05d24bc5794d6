/**
 * The dashboard's stylesheet, inlined: system fonts only, light and dark from the reader's
 * setting, every text colour at WCAG AA contrast (4.5:1) on its background, a focus ring on
 * everything that takes focus, and one column on a phone.
 */
export const STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --surface: #f6f8fa; --text: #1f2328; --muted: #59636e; --border: #d1d9e0;
  --accent: #0969da; --good: #1a7f37; --bad: #c4151f; --bad-bg: #ffebe9; --focus: #0969da;
  --track: #eaeef2;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --surface: #151b23; --text: #e6edf3; --muted: #9198a1; --border: #3d444d;
    --accent: #4493f8; --good: #3fb950; --bad: #ff6a69; --bad-bg: #2d1214; --focus: #4493f8;
    --track: #262c36;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text); line-height: 1.5;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
/* The skip link moves the focus to main, which is not a control: no ring around the page. */
main:focus { outline: none; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip { position: absolute; left: 0.5rem; top: -3rem; background: var(--bg); padding: 0.5rem; z-index: 1; }
.skip:focus { top: 0.5rem; }
header.site, main, footer { max-width: 80rem; margin: 0 auto; padding: 0 1rem; }
header.site { padding-top: 1rem; border-bottom: 1px solid var(--border); }
header.site h1 { margin: 0; font-size: 1.6rem; }
header.site p { margin: 0.25rem 0; color: var(--muted); }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0.5rem 0; }
nav a { display: inline-block; padding: 0.25rem 0; }
section { padding: 1rem 0 1.5rem; border-bottom: 1px solid var(--border); }
h2 { font-size: 1.35rem; margin: 0.5rem 0; }
h3 { font-size: 1.1rem; margin: 0 0 0.25rem; }
h4 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
.lead, .muted, .after, .legend, .note { color: var(--muted); }
.board { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr)); }
.env { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 1rem;
  border-top: 4px solid var(--good); }
.env.failed { border-color: var(--bad); border-top-width: 4px; }
.after { margin: 0 0 0.5rem; font-size: 0.9rem; }
.badges { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0; margin: 0 0 0.5rem; }
.badges li { border: 1px solid var(--border); border-radius: 999px; padding: 0 0.5rem; font-size: 0.8rem; }
.running { margin: 0.25rem 0; }
.running .label { color: var(--muted); }
.version { font-size: 1.5rem; font-variant-numeric: tabular-nums; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0.5rem 0; font-size: 0.9rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.last { margin: 0.5rem 0 0; font-size: 0.9rem; }
.last.success { color: var(--good); }
.last.failure { background: var(--bad-bg); color: var(--text); border-left: 4px solid var(--bad); padding: 0.5rem; }
.last.failure p { margin: 0; }
.last.failure strong, .history tr.failure .result { color: var(--bad); }
.error { overflow-wrap: anywhere; white-space: pre-line; }
.nowrap { white-space: nowrap; }
.history tr.failure td { background: var(--bad-bg); }
.pending-list { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); }
.pending { border: 1px solid var(--border); border-left: 4px solid var(--accent); border-radius: 8px; padding: 1rem; }
.pending h3 .route { color: var(--muted); font-weight: normal; }
.pending p { margin: 0.25rem 0; }
.story-list { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; list-style: none; padding: 0; margin: 0; }
.scroll { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
thead th { background: var(--surface); white-space: nowrap; }
td time { white-space: nowrap; }
.place.running { font-weight: 600; color: var(--good); }
.place.eligible { color: var(--accent); }
.place.none { color: var(--muted); }
.filters, .search { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0.5rem 0; }
.filters[hidden], .search[hidden] { display: none; }
.filters div { display: flex; flex-direction: column; }
label { font-weight: 600; font-size: 0.9rem; }
select, input {
  font: inherit; color: var(--text); background: var(--bg); border: 1px solid var(--muted);
  border-radius: 6px; padding: 0.35rem 0.5rem; min-height: 2.5rem;
}
.search input { width: min(20rem, 100%); }
.search label { width: 100%; }
.story { border: 1px solid var(--border); border-radius: 8px; padding: 0.75rem 1rem; margin: 0.75rem 0; }
.story ul { margin: 0.25rem 0; padding-left: 1.25rem; }
.story p { margin: 0.25rem 0; }
.charts { display: grid; gap: 1.5rem 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: 0.5rem; }
.chart { width: 100%; height: auto; display: block; }
.chart text { fill: var(--text); font-size: 13px; font-family: inherit; }
.chart .tick, .chart .label { fill: var(--muted); }
.chart .axis { stroke: var(--muted); }
.chart .bar { fill: var(--accent); }
.chart .bar.bad { fill: var(--bad); }
.chart .track { fill: var(--track); }
.chart .reference { stroke: var(--text); stroke-dasharray: 6 4; }
details { margin: 0.5rem 0; }
summary { cursor: pointer; color: var(--accent); }
footer { color: var(--muted); padding: 1rem; font-size: 0.9rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  .version { font-size: 1.3rem; }
  .chart text { font-size: 16px; }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`
