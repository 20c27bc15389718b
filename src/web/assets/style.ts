/**
 * The web app's one style sheet, served as /assets/app.css (kept as a string so that it ships inside
 * dist/ with the code). No inline style anywhere: the CSP allows style sheets from this server only.
 * Text colours meet WCAG AA on their backgrounds in light and dark mode; lean and fact-status colours
 * differ in hue and lightness, and every colour also comes with a word or a glyph.
 */
export const APP_CSS = `
:root{--bg:#f5f4f0;--card:#fff;--ink:#1b1c1e;--ink2:#45484d;--ink3:#5f636a;--line:#e3e1db;--line2:#cbc8c0;
--brand:#13294b;--brand2:#1e3d6e;--link:#1a56a8;--focus:#0b61d6;
--left:#2358b8;--center:#6e5a9e;--right:#bf3a2f;--unknown:#a7a49c;
--consensus:#1d7344;--consensus-bg:#d9f0e1;--partial:#9a5f00;--partial-bg:#fcebc2;--single:#4b43b0;--single-bg:#e4e2fb;
--conflict:#b8322a;--conflict-bg:#fbe1de;--loaded:#a8165f;--hedge:#1a56a8;--off:#ecebe7;
--shadow:0 1px 2px rgba(20,20,30,.06),0 2px 8px rgba(20,20,30,.05);--radius:10px;
--sans:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;
--serif:Charter,"Iowan Old Style","Source Serif Pro",Georgia,Cambria,"Liberation Serif","Times New Roman",serif}
@media (prefers-color-scheme:dark){:root{--bg:#121316;--card:#1b1d21;--ink:#ececec;--ink2:#c4c6ca;--ink3:#a5a8ae;--line:#2d3036;--line2:#40444b;
--brand:#0d1a30;--brand2:#1b2f52;--link:#8cbcff;--focus:#8cbcff;--left:#5d8fe6;--center:#a08bd0;--right:#ec6f63;--unknown:#6f7279;
--consensus:#6fd39a;--consensus-bg:#1c3d2a;--partial:#f0b454;--partial-bg:#4a3810;--single:#a9a3ff;--single-bg:#2c2a5c;
--conflict:#ff8a80;--conflict-bg:#4a2220;--loaded:#ff7ab8;--hedge:#8cbcff;--off:#24262b}}
*{box-sizing:border-box}
html{scroll-padding-top:4rem}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 var(--sans);-webkit-text-size-adjust:100%}
a{color:var(--link)}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:3px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:.5rem;top:-3rem;z-index:100;background:var(--card);color:var(--link);padding:.5rem .9rem;border-radius:6px;font-weight:600}
.skip:focus{top:.5rem}
.wrap{max-width:78rem;margin:0 auto;padding:0 1.25rem}
.muted{color:var(--ink3)}
h1,h2,h3{line-height:1.25;margin:0}
code{font-size:.9em;background:var(--off);padding:.05em .35em;border-radius:4px}

/* site header and footer */
.site-head{background:var(--brand);color:#fff}
.site-head .wrap{display:flex;align-items:center;gap:1.5rem;min-height:3.5rem;flex-wrap:wrap}
.brand{display:flex;align-items:center;gap:.55rem;color:#fff;text-decoration:none;font-weight:700;font-size:1.15rem;letter-spacing:.01em}
.brand svg{width:1.7rem;height:1.2rem}
.brand .r1{fill:#5d8fe6;opacity:.9}.brand .r2{fill:#ec6f63;opacity:.9}.brand .r3{fill:#fff}
.site-nav{display:flex;gap:.25rem;margin-left:auto}
.site-nav a{color:#dfe6f3;text-decoration:none;padding:.4rem .75rem;border-radius:6px;font-weight:500}
.site-nav a:hover{background:var(--brand2);color:#fff}
.site-nav a[aria-current=page]{background:var(--brand2);color:#fff;box-shadow:inset 0 -2px 0 #8cbcff}
.site-head :focus-visible{outline-color:#fff}
main{display:block;padding:1.75rem 0 3rem}
main:focus{outline:none}
.site-foot{border-top:1px solid var(--line);color:var(--ink3);font-size:.875rem;padding:1.25rem 0 2rem}

/* shared pieces */
.card{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);box-shadow:var(--shadow);padding:1.1rem 1.25rem;min-width:0}
.kicker{font-size:.78rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--ink3)}
.page-title{font-family:var(--serif);font-size:clamp(1.55rem,3.2vw,2.35rem);font-weight:700;letter-spacing:-.01em;margin:.35rem 0 .6rem}
.lede{color:var(--ink2);max-width:46rem;margin:.25rem 0 0}
.badge{display:inline-flex;align-items:center;gap:.3rem;font-size:.78rem;font-weight:700;padding:.12rem .55rem;border-radius:999px;border:1px solid currentColor;white-space:nowrap}
.badge.blind{color:var(--conflict);background:var(--conflict-bg);border-color:transparent}
.badge.unsaved{color:var(--partial);background:var(--partial-bg);border-color:transparent}
.lab{display:inline-grid;place-items:center;min-width:1.45rem;height:1.45rem;padding:0 .3rem;border-radius:5px;background:var(--ink);color:var(--card);font-size:.78rem;font-weight:700;text-decoration:none;vertical-align:.1em}
a.lab:hover{background:var(--link)}
.lean{font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;padding:.08rem .45rem;border-radius:4px;color:#fff;white-space:nowrap}
.lean-left{background:var(--left)}.lean-center{background:var(--center)}.lean-right{background:var(--right)}.lean-unknown{background:var(--off);color:var(--ink2)}
.notice{border-left:4px solid var(--partial);background:var(--partial-bg);padding:.75rem 1rem;border-radius:6px;margin:0 0 1rem}
.notice.error{border-left-color:var(--conflict);background:var(--conflict-bg)}
.notice ul{margin:.35rem 0 0;padding-left:1.2rem}
.button,button{font:inherit;font-weight:600;border-radius:8px;border:1px solid var(--brand2);background:var(--brand2);color:#fff;padding:.5rem 1rem;cursor:pointer;text-decoration:none;display:inline-block}
.button.secondary,button.secondary{background:var(--card);color:var(--ink);border-color:var(--line2)}
button:hover,.button:hover{filter:brightness(1.1)}
input,select{height:2.6rem}
input[type=checkbox],input[type=file]{height:auto}
input,select,textarea{font:inherit;color:var(--ink);background:var(--card);border:1px solid var(--line2);border-radius:8px;padding:.45rem .6rem;max-width:100%}
textarea{width:100%;min-height:9rem;resize:vertical;line-height:1.45}
label{font-weight:600;font-size:.9rem}
.field{display:flex;flex-direction:column;gap:.3rem;min-width:0}
.check{display:flex;align-items:center;gap:.45rem;font-weight:500}
.check input{width:1.1rem;height:1.1rem}

/* coverage bar */
.cov{display:flex;flex-direction:column;gap:.3rem;min-width:12rem}
.cov svg{width:100%;height:.6rem;border-radius:999px;overflow:hidden;display:block;background:var(--off)}
.cov .l{fill:var(--left)}.cov .c{fill:var(--center)}.cov .r{fill:var(--right)}.cov .u{fill:var(--unknown)}
.cov-legend{display:flex;flex-wrap:wrap;gap:.15rem .7rem;font-size:.8rem;color:var(--ink2);margin:0;padding:0;list-style:none}
.cov-legend li::before{content:"";display:inline-block;width:.6rem;height:.6rem;border-radius:2px;margin-right:.3rem;vertical-align:-.02em}
.cov-legend .l::before{background:var(--left)}.cov-legend .c::before{background:var(--center)}.cov-legend .r::before{background:var(--right)}.cov-legend .u::before{background:var(--unknown)}
.cov-legend .zero{color:var(--ink3)}

/* story list */
.list-head{display:flex;justify-content:space-between;align-items:flex-end;gap:1rem;flex-wrap:wrap;margin-bottom:1.25rem}
.filters{display:grid;grid-template-columns:minmax(14rem,2fr) repeat(3,minmax(8rem,1fr)) auto;gap:.75rem 1rem;align-items:end;margin-bottom:1.5rem}
.filters .actions{display:flex;gap:.5rem;align-items:center}
.filters .check{grid-column:1/-1}
.result-count{color:var(--ink3);font-size:.9rem;margin:0 0 .75rem}
.stories{list-style:none;margin:0;padding:0;display:grid;gap:.85rem}
.story-card{display:grid;grid-template-columns:minmax(0,1fr) 19rem;gap:.5rem 2rem;align-items:center}
.story-card h2{font-family:var(--serif);font-size:1.3rem;margin:.2rem 0 .35rem}
.story-card h2 a{color:var(--ink);text-decoration:none}
.story-card h2 a:hover{color:var(--link);text-decoration:underline}
.story-meta{display:flex;flex-wrap:wrap;gap:.25rem .6rem;align-items:center;font-size:.85rem;color:var(--ink3)}
.story-meta .sep::before{content:"·"}
.outlets{font-size:.88rem;color:var(--ink2);margin:0}
.empty{text-align:center;padding:2.5rem 1rem}
.pager{display:flex;justify-content:space-between;margin-top:1.25rem}

/* story page */
.crumb{font-size:.9rem;margin:0 0 .75rem;display:inline-block}
.story-head{display:grid;grid-template-columns:minmax(0,1fr) 19rem;gap:1rem 2.5rem;align-items:end;margin-bottom:1.25rem}
.story-head .cov{align-self:end}
.cov-title{font-size:.78rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--ink3);margin:0}
.tiles{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:.75rem;margin:0 0 1.25rem;padding:0;list-style:none}
.tile{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:.7rem .9rem;border-top:4px solid var(--line2)}
.tile-link{display:block;color:inherit;text-decoration:none}
.tile-link:hover span{text-decoration:underline}
.tile b{display:block;font-size:1.6rem;line-height:1.1}
.tile span{display:block;font-size:.82rem;line-height:1.3;color:var(--ink2);margin-top:.15rem}
.tile.t-consensus{border-top-color:var(--consensus)}.tile.t-partial{border-top-color:var(--partial)}.tile.t-single{border-top-color:var(--single)}.tile.t-conflict{border-top-color:var(--conflict)}.tile.t-voices{border-top-color:var(--ink3)}
.toc{position:sticky;top:0;z-index:20;background:var(--bg);border-bottom:1px solid var(--line);margin:0 0 1.5rem}
.toc ul{display:flex;gap:.2rem;overflow-x:auto;margin:0;padding:.45rem 0;list-style:none;scrollbar-width:thin}
.toc a{display:block;padding:.3rem .7rem;border-radius:6px;text-decoration:none;color:var(--ink2);font-size:.9rem;font-weight:600;white-space:nowrap}
.toc a:hover{background:var(--card);color:var(--ink)}
.block{margin:0 0 2.25rem}
.block>h2{font-size:1.3rem;margin:0 0 .35rem}
.block>.intro{color:var(--ink2);margin:0 0 .9rem;max-width:52rem;font-size:.95rem}
.two{display:grid;grid-template-columns:minmax(0,1.7fr) minmax(0,1fr);gap:1.25rem;align-items:start}
.summary p{font-family:var(--serif);font-size:1.12rem;line-height:1.6;margin:0 0 .75rem}
.summary p:last-child{margin-bottom:0}
.cite{font-family:var(--sans);display:inline-grid;place-items:center;min-width:1.3rem;height:1.3rem;padding:0 .25rem;margin-left:.15rem;border-radius:4px;background:var(--off);color:var(--link);font-size:.72rem;font-weight:700;text-decoration:none;vertical-align:.15em}
.cite:hover{background:var(--link);color:#fff}
.card>h3.kicker{margin:0 0 .7rem}
.sources{list-style:none;margin:0;padding:0;display:grid;gap:.8rem}
.sources li{display:grid;grid-template-columns:auto minmax(0,1fr);gap:.1rem .6rem}
.sources .who{font-weight:700;display:flex;gap:.4rem;align-items:center;flex-wrap:wrap;overflow-wrap:anywhere}
.sources .what{grid-column:2;font-size:.9rem;color:var(--ink2);overflow-wrap:anywhere}

/* fact × outlet matrix */
.key{display:flex;flex-wrap:wrap;gap:.4rem 1.1rem;font-size:.85rem;color:var(--ink2);margin:0 0 .75rem;padding:0;list-style:none}
.key li{display:flex;align-items:center;gap:.35rem}
.scroll{overflow-x:auto;max-width:100%;border:1px solid var(--line);border-radius:var(--radius);background:var(--card);box-shadow:var(--shadow)}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{padding:.55rem .7rem;text-align:left;vertical-align:top;border-bottom:1px solid var(--line)}
thead th{background:var(--bg);font-size:.8rem;color:var(--ink2);font-weight:700;vertical-align:bottom;white-space:nowrap}
tbody tr:last-child>*{border-bottom:0}
.matrix .fact{min-width:20rem;font-weight:400;border-left:4px solid transparent}
.matrix tr.consensus .fact{border-left-color:var(--consensus)}.matrix tr.partial .fact{border-left-color:var(--partial)}.matrix tr.single .fact{border-left-color:var(--single)}
.matrix td.cell,.matrix th.out,.matrix td.n{text-align:center;vertical-align:middle}
.matrix th.out span.name{display:block;max-width:9rem;overflow:hidden;text-overflow:ellipsis;font-weight:600;margin-top:.2rem}
.matrix tbody tr:target>*,.matrix tbody tr.flash>*{background:var(--partial-bg)}
.matrix th button{all:unset;cursor:pointer;display:inline-flex;align-items:baseline;gap:.3rem;border-radius:4px}
.matrix th.out button{flex-direction:column;align-items:center;gap:.1rem}
.matrix th button:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.matrix th button::after{content:"↕";font-size:.75rem;color:var(--ink3)}
.matrix th[aria-sort=ascending] button::after{content:"▲"}.matrix th[aria-sort=descending] button::after{content:"▼"}
.status{display:inline-block;font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:.05rem .4rem;border-radius:4px;margin-right:.35rem;vertical-align:.1em}
.status.consensus{background:var(--consensus-bg);color:var(--consensus)}.status.partial{background:var(--partial-bg);color:var(--partial)}.status.single{background:var(--single-bg);color:var(--single)}
.mk{display:inline-grid;place-items:center;width:1.6rem;height:1.6rem;border-radius:50%;font-weight:700;font-size:.9rem;text-decoration:none;line-height:1}
.mk.reported{background:var(--consensus);color:#fff}
.mk.omitted{border:2px solid var(--line2);color:var(--ink3)}
.mk.conflicting{background:var(--conflict);color:#fff}
a.mk:hover{box-shadow:0 0 0 3px var(--consensus-bg)}
details.wording{margin-top:.3rem;font-size:.88rem}
details.wording>summary{cursor:pointer;color:var(--link);font-weight:600;font-size:.8rem;width:max-content}
.wording ul{list-style:none;margin:.4rem 0 0;padding:0 0 0 .6rem;border-left:3px solid var(--line);display:grid;gap:.35rem}
.wording li.omit{color:var(--ink3)}
details.wording>summary{color:var(--ink3)}
details.wording>summary:hover,details.wording[open]>summary{color:var(--link)}
.conflict-note{margin:.35rem 0 .1rem;font-size:.86rem;color:var(--conflict)}
.conflict-note a{color:inherit}

/* conflicts */
.conflict{border-top:4px solid var(--conflict);margin-bottom:1rem}
.conflict h3{font-size:1.05rem;margin:.3rem 0 .75rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,18rem),1fr));gap:.75rem}
.side{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:.75rem .9rem}
.side .value{font-size:1.15rem;font-weight:700;color:var(--conflict);margin:.35rem 0}
.side blockquote{margin:0;font-family:var(--serif);color:var(--ink2)}

/* articles side by side */
.legend{display:flex;flex-wrap:wrap;gap:.45rem .9rem;margin:0 0 .9rem;padding:.6rem .8rem;list-style:none;font-size:.85rem;background:var(--card);border:1px solid var(--line);border-radius:8px}
.legend li{white-space:nowrap}
.legend span{padding:0 .25rem}
.texts{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(22rem,1fr);gap:1rem;overflow-x:auto;padding-bottom:.25rem}
.card.text{padding:0;display:flex;flex-direction:column;max-height:78vh}
.text header{padding:.8rem 1rem;border-bottom:1px solid var(--line)}
.text header .who{display:flex;gap:.45rem;align-items:center;flex-wrap:wrap;font-weight:700;overflow-wrap:anywhere}
.text header .title{font-family:var(--serif);font-size:1.02rem;font-weight:700;margin:.35rem 0 .15rem;overflow-wrap:anywhere}
.text header .sub{font-size:.82rem;color:var(--ink3);margin:0;overflow-wrap:anywhere}
.text .body{padding:.9rem 1rem 1.1rem;white-space:pre-wrap;overflow-wrap:anywhere;overflow-y:auto;font-family:var(--serif);font-size:1.02rem;line-height:1.7}
.hl{color:inherit;text-decoration:none;border-radius:2px;cursor:pointer}
.hl:hover,.hl.on{outline:2px solid var(--focus);outline-offset:1px}
.fc{background:var(--consensus-bg);box-shadow:inset 0 -2px 0 var(--consensus)}
.fp{background:var(--partial-bg);box-shadow:inset 0 -2px 0 var(--partial)}
.fs{background:var(--single-bg);box-shadow:inset 0 -2px 0 var(--single)}
.fx{background:var(--conflict-bg);box-shadow:inset 0 -3px 0 var(--conflict)}
.q{font-style:italic}
.rl{text-decoration:underline wavy var(--loaded);text-decoration-skip-ink:none;text-underline-offset:.2em}
.rh{text-decoration:underline dashed var(--hedge);text-underline-offset:.2em}
.off{background:var(--off);color:var(--ink3)}
.off-note{display:inline-block;font-family:var(--sans);font-size:.72rem;font-weight:700;color:var(--ink2);background:var(--line);border-radius:4px;padding:0 .4rem;margin:0 .3rem 0 0}
span[id]:target+.hl,.hl:target{outline:3px solid var(--focus)}
.pop{position:absolute;z-index:50;max-width:min(27rem,calc(100vw - 1rem));background:var(--card);color:var(--ink);border:1px solid var(--line2);border-radius:10px;box-shadow:0 10px 30px rgba(0,0,0,.18);padding:.8rem .95rem;font:14px/1.45 var(--sans)}
.pop[hidden]{display:none}
.pop section+section{border-top:1px solid var(--line);margin-top:.6rem;padding-top:.6rem}
.pop h3{font-size:.9rem;margin:0 0 .35rem}
.pop ul{list-style:none;margin:.3rem 0 0;padding:0;display:grid;gap:.3rem}
.pop .tag{font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:var(--ink3)}
.pop p{margin:.2rem 0 0}
.pop .more{display:inline-block;margin-top:.45rem;font-weight:600}

/* who gets to speak, wording, entities, timeline */
.outlet-cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));gap:1rem;margin-bottom:1rem;align-items:start}
.outlet-cols h3{font-size:1rem;display:flex;gap:.45rem;align-items:center;flex-wrap:wrap;margin-bottom:.6rem;overflow-wrap:anywhere}
.voices{list-style:none;margin:0;padding:0;display:grid;gap:.35rem}
.voices li{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:.5rem;align-items:center;font-size:.92rem}
.voices .dots{color:var(--brand2);font-size:.7rem;letter-spacing:.12em;white-space:nowrap}
.voices .dots b{font-size:.85rem;letter-spacing:0;color:var(--ink2);margin-left:.3rem}
.stance{font-size:.72rem;font-weight:700;padding:0 .35rem;border-radius:4px;background:var(--off);color:var(--ink2)}
.speakers{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,24rem),1fr));gap:.5rem;align-items:start}
.speakers details{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.55rem .85rem}
.speakers summary{cursor:pointer;font-weight:700}
.speakers summary .muted{font-weight:400}
.quotes{list-style:none;margin:.5rem 0 .2rem;padding:0;display:grid;gap:.55rem}
.quotes li{display:grid;grid-template-columns:auto minmax(0,1fr);gap:.5rem;font-size:.95rem}
.quotes q,.quotes .said{font-family:var(--serif)}
.quotes .cue{font-size:.8rem;color:var(--ink3)}
.quotes li:target,.framing li:target{background:var(--partial-bg);border-radius:6px}
.framing{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
.framing li{font-size:.92rem;padding:.15rem .2rem}
.framing .words{font-family:var(--serif);font-weight:700}
.framing .kind{font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:.05rem .35rem;border-radius:4px;background:var(--off);color:var(--ink2);margin-right:.3rem}
.framing .kind.loaded,.framing .kind.opinion,.framing .kind.label{color:var(--loaded)}
.framing .note{display:block;font-size:.82rem;color:var(--ink3)}
.entity-groups{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,17rem),1fr));gap:1rem;align-items:start}
.entities{list-style:none;margin:.5rem 0 0;padding:0;display:grid;gap:.45rem}
.entities li{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:0 .5rem;align-items:baseline}
.entities .name{font-weight:600;overflow-wrap:anywhere}
.entities .also{grid-column:1;grid-row:2;font-size:.8rem;color:var(--ink3);overflow-wrap:anywhere}
.entities .counts{grid-column:2;grid-row:1/3;display:flex;gap:.25rem}
.count{display:inline-flex;gap:.2rem;align-items:center;font-size:.72rem;font-weight:700;color:var(--ink2);background:var(--off);border-radius:4px;padding:.05rem .35rem}
.count b{color:var(--ink)}
.count.zero{opacity:.45}
.timeline{list-style:none;margin:0;padding:0 0 0 1.2rem;border-left:2px solid var(--line2);display:grid;gap:1rem}
.timeline li{position:relative}
.timeline li::before{content:"";position:absolute;left:-1.62rem;top:.35rem;width:.75rem;height:.75rem;border-radius:50%;background:var(--card);border:3px solid var(--brand2)}
.timeline time{font-size:.82rem;font-weight:700;color:var(--ink2)}
.timeline .who{display:flex;gap:.45rem;align-items:center;flex-wrap:wrap;margin-top:.15rem;overflow-wrap:anywhere}
.timeline .sub{font-size:.85rem;color:var(--ink3)}
details.problems>summary{cursor:pointer;font-weight:700}

/* compare your own */
.compare-form{display:grid;gap:1.25rem;margin-top:1.5rem}
.compare-form h2{font-size:1.1rem;margin:0 0 .35rem}
.compare-form .card>p.muted{margin:0 0 .8rem;font-size:.92rem}
.compare-form .card>.field{margin-top:.6rem}
input[type=file]{border:0;background:none;padding:.2rem 0}
.drop .field{align-items:center}
.drop p.muted{margin:.4rem 0 0;font-size:.9rem}
.pasted{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));gap:1rem}
.pasted fieldset{border:1px solid var(--line);border-radius:var(--radius);background:var(--card);padding:.9rem 1rem;margin:0;display:grid;gap:.6rem;min-width:0}
.pasted legend{font-weight:700;padding:0 .3rem}
.drop{border:2px dashed var(--line2);border-radius:var(--radius);background:var(--card);padding:1.25rem;text-align:center}
.drop.over{border-color:var(--focus);background:var(--single-bg)}
.drop ul{list-style:none;padding:0;margin:.5rem 0 0;font-size:.9rem;color:var(--ink2)}
.form-actions{display:flex;flex-wrap:wrap;gap:1rem;align-items:center}

@media (max-width:60rem){
.story-head,.two{grid-template-columns:minmax(0,1fr)}
.tiles{grid-template-columns:repeat(3,minmax(0,1fr))}
.filters{grid-template-columns:1fr 1fr}
.filters .field:first-child{grid-column:1/-1}
.story-card{grid-template-columns:minmax(0,1fr)}
}
@media (max-width:40rem){
.wrap{padding:0 .9rem}
main{padding-top:1.1rem}
.site-head .wrap{gap:.25rem 1rem;padding-top:.35rem;padding-bottom:.35rem}
.site-head .wrap{flex-wrap:nowrap}
.brand{font-size:1.05rem}
.site-nav a{padding:.3rem .5rem;font-size:.9rem;white-space:nowrap}
.tiles{gap:.5rem}
.tile{padding:.5rem .6rem}
.tile-link{display:block;color:inherit;text-decoration:none}
.tile-link:hover span{text-decoration:underline}
.tile b{font-size:1.3rem}
.card{padding:.9rem 1rem}
.texts{grid-auto-flow:row;grid-auto-columns:auto;overflow-x:visible}
.card.text{max-height:none}
.matrix .fact{min-width:12rem}
.matrix .n,.matrix th.out span.name{display:none}
th,td{padding:.45rem .5rem}
.filters{grid-template-columns:1fr}
}
@media print{.site-head,.toc,.skip,.pop{display:none}.card.text{max-height:none}}
`;
