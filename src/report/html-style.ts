/**
 * The HTML report's inline style sheet. Colours meet WCAG AA contrast for body text in light and
 * dark mode; highlight colours differ in hue and lightness so the three fact statuses stay apart.
 */
export const HTML_STYLE = `
:root{--bg:#fff;--fg:#1b1b1b;--muted:#555;--line:#d0d0d0;--panel:#f6f6f4;--link:#0b57a4;
--consensus:#cdeccf;--partial:#ffe8a3;--single:#dcdcff;--conflict:#b3261e;--quote:#444;--loaded:#b0186a;--ok:#1e6b2a;--hedge:#0b57a4;--off:#ececec}
@media (prefers-color-scheme:dark){:root{--bg:#161616;--fg:#ececec;--muted:#b4b4b4;--line:#444;--panel:#222;--link:#8cc4ff;
--consensus:#1f4d2a;--partial:#5a4606;--single:#33336e;--conflict:#ff8a80;--quote:#ccc;--loaded:#ff7ab8;--ok:#7fdc8c;--hedge:#8cc4ff;--off:#2a2a2a}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:80rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.25rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
a{color:var(--link)}
.meta,.muted{color:var(--muted)}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.5rem 0;font-size:.95rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--panel)}
td.mark{text-align:center;font-weight:700;white-space:nowrap}
td.mark a{text-decoration:none;color:inherit}
.cov-reported{color:var(--ok)}.cov-conflicting{color:var(--conflict)}.cov-omitted{color:var(--muted)}
.lab{text-decoration:none;display:inline-block;min-width:1.6em;padding:0 .3em;border-radius:.3em;background:var(--fg);color:var(--bg);font-weight:700;text-align:center;font-size:.85em}
.cite{text-decoration:none;font-weight:700;font-size:.85em}
.badge{display:inline-block;padding:0 .4em;border-radius:.3em;border:1px solid var(--conflict);color:var(--conflict);font-size:.8em;font-weight:600}
ul.facts{padding-left:1.2rem}
ul.facts>li{margin:.5rem 0}
ul.wording{list-style:none;padding-left:.5rem;margin:.25rem 0;border-left:3px solid var(--line)}
.status-consensus{border-left:6px solid #2e7d32}
.status-partial{border-left:6px solid #b08600}
.status-single{border-left:6px solid #4b4bb8}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,18rem),1fr));gap:.75rem}
.side{background:var(--panel);border:1px solid var(--line);border-top:4px solid var(--conflict);padding:.5rem .75rem;border-radius:.3rem}
.side .value{font-weight:700;font-size:1.1rem}
.legend span{margin-right:.75rem;white-space:nowrap}
.texts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,24rem),1fr));gap:1rem}
.text{border:1px solid var(--line);border-radius:.3rem;background:var(--panel);min-width:0}
.text header{padding:.5rem .75rem;border-bottom:1px solid var(--line)}
.text .body{padding:.5rem .75rem;white-space:pre-wrap;overflow-wrap:anywhere;max-height:80vh;overflow-y:auto;line-height:1.6}
.fc{background:var(--consensus)}.fp{background:var(--partial)}.fs{background:var(--single)}
.fx{box-shadow:inset 0 -3px 0 var(--conflict)}
.q{font-style:italic;text-decoration:underline dotted var(--quote)}
.rl{text-decoration:underline wavy var(--loaded);text-decoration-skip-ink:none}.rh{border-bottom:2px dashed var(--hedge)}
.badge.off-story{margin-right:.4em}
.off{background:var(--off);color:var(--muted)}
span[id]:target+span,span.hl[id]:target{outline:3px solid var(--link)}
details>summary{cursor:pointer;font-weight:600}
@media (max-width:40rem){main{padding:.5rem}h1{font-size:1.3rem}table{font-size:.85rem}.text .body{max-height:none}}
`;
