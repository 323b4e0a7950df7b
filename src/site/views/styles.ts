/**
 * The whole stylesheet, inlined in every page: on a 3G link one less request
 * before first paint matters more than caching ~3 KB gzip. A CSP hash allows
 * it (see ../respond.ts), so no 'unsafe-inline' is needed.
 *
 * Fonts: the system stack only. Android's Roboto/Noto, iOS's San Francisco,
 * Windows' Segoe UI and Linux's DejaVu/Liberation all carry the full
 * Vietnamese set (stacked diacritics such as ễ, ặ, ỗ), and a web font would
 * cost 20–40 KB per weight on a cheap phone's first visit.
 */
const CSS = `
:root{--ink:#1d1b18;--muted:#5b554d;--paper:#fffdf8;--line:#e4ddd1;--accent:#8a2d12;--accent-2:#1f5f5b;--mark:#ffe08a;--card:#fff;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"DejaVu Sans","Liberation Sans",sans-serif;
color:var(--ink);background:var(--paper);line-height:1.55;-webkit-text-size-adjust:100%;text-size-adjust:100%}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-size:1rem;overflow-wrap:break-word}
a{color:var(--accent)}a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--accent-2);outline-offset:2px}
img,video{max-width:100%;height:auto}
h1,h2,h3{line-height:1.25;margin:1.2em 0 .5em}h1{font-size:1.7rem;margin-top:.6em}h2{font-size:1.3rem}h3{font-size:1.08rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-999px;top:0;background:var(--ink);color:#fff;padding:.5em 1em;z-index:9}.skip:focus{left:0}
.wrap{max-width:60rem;margin:0 auto;padding:0 1rem}
header.site{background:var(--ink);color:#fff}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem 1rem;padding-top:.5rem;padding-bottom:.5rem}
header.site a{color:#fff;text-decoration:none}header.site a:hover,header.site a:focus-visible{text-decoration:underline}
.brand{font-weight:700;font-size:1.1rem;margin-right:auto}
nav.main ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
nav.main a,.lang{display:inline-block;padding:.4rem 0}
.lang{border:1px solid #fff8;border-radius:4px;padding:.3rem .6rem}
form.search-box,.search-box{display:flex;gap:.4rem;margin:1rem 0}
.search-box input[type=search]{flex:1;min-width:0;font:inherit;padding:.6rem .7rem;border:2px solid var(--muted);border-radius:6px;background:#fff;color:var(--ink)}
button,.button{font:inherit;padding:.55rem 1rem;border-radius:6px;border:2px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
.button.quiet,button.quiet{background:transparent;color:var(--accent)}
main{padding-bottom:2rem;min-height:50vh}
.lead{font-size:1.08rem;color:var(--muted)}
ul.cards{list-style:none;padding:0;display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr))}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.75rem .9rem;display:block;text-decoration:none;color:var(--ink)}
.card h3{color:var(--accent);text-decoration:underline}
ul.chips{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}ul.chips a{display:inline-block;padding:.45rem .8rem;border:1px solid var(--line);border-radius:999px;background:var(--card);text-decoration:none}
.card h3{margin:.1rem 0 .3rem}.card p{margin:.2rem 0;color:var(--muted)}
.meta{color:var(--muted);font-size:.92rem}
.tag{display:inline-block;font-size:.8rem;padding:.05rem .45rem;border-radius:999px;background:#efe8dc;color:var(--ink);margin-right:.3rem}
.uncertain{display:inline-block;font-size:.8rem;padding:.05rem .45rem;border-radius:4px;background:#fff1c2;color:#5a4300;border:1px solid #e2c66b}
ol.hits{list-style:none;padding:0}ol.hits li{border-bottom:1px solid var(--line);padding:.7rem 0}
a.hit{font-size:1.08rem;font-weight:600}
mark{background:var(--mark);color:inherit;padding:0 .1em}
.layout-search{display:grid;gap:1rem}
fieldset{border:1px solid var(--line);border-radius:8px;margin:0 0 .6rem;padding:.4rem .7rem}
legend{font-weight:600;padding:0 .3rem}
details.facets summary{cursor:pointer;font-weight:600;padding:.4rem 0}
.facet-list{display:flex;flex-wrap:wrap;gap:.1rem .9rem}
.facet-list label{display:inline-flex;align-items:center;gap:.35rem;padding:.3rem 0;min-height:2.2rem}
.facet-list input{width:1.15rem;height:1.15rem;margin:0}
dl.facts{margin:1rem 0}dl.facts dt{font-weight:600;color:var(--muted);font-size:.9rem}dl.facts dd{margin:0 0 .5rem;min-width:0;overflow-wrap:anywhere}
.dates li{margin:.3rem 0}.lunar{color:var(--muted)}
.prose{max-width:42rem}
ol.sources li{margin:.35rem 0}
.player{position:relative;background:#000;border-radius:6px;overflow:hidden;margin:1rem 0}
.player video{display:block;width:100%;aspect-ratio:16/9;background:#000}
.player.audio{background:var(--card);border:1px solid var(--line);padding:.6rem}
.player audio{width:100%}
ol.transcript{list-style:none;padding:0;margin:.5rem 0 0;max-height:18rem;overflow:auto;border-top:1px solid var(--line)}
ol.transcript button{display:block;width:100%;text-align:left;background:transparent;color:var(--ink);border:0;border-radius:0;padding:.4rem .3rem;border-bottom:1px solid var(--line)}
ol.transcript button .time{color:var(--muted);font-variant-numeric:tabular-nums;margin-right:.5rem}
ol.transcript button.is-current,ol.transcript button[aria-current=true]{background:#fff1c2}
figure.image{margin:1rem 0;position:relative}
figure.image .ph{position:absolute;inset:0;width:100%;height:100%;object-fit:cover;filter:blur(8px)}
figure.image picture{position:relative;display:block}figure.image img.full{position:relative;display:block}
.portrait{max-width:20rem}
figcaption{color:var(--muted);font-size:.9rem;margin-top:.3rem}
.thumb{display:block;aspect-ratio:16/9;object-fit:cover;width:100%;border-radius:6px;background:#ddd}
details.cite{margin:1.5rem 0;border-top:1px solid var(--line)}details.cite summary{cursor:pointer}details.cite summary h2{display:inline;font-size:1.1rem}
.ref{margin:0;overflow-wrap:anywhere}ul.cite-files{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;padding-left:1.2rem}
.share{display:flex;flex-wrap:wrap;gap:.5rem;margin:1.5rem 0}
.notice{background:#eef6f5;border-left:4px solid var(--accent-2);padding:.6rem .8rem;margin:1rem 0}
table.month{width:100%;border-collapse:collapse;table-layout:fixed}
table.month th{font-size:.8rem;color:var(--muted);padding:.2rem}
table.month td{vertical-align:top;border:1px solid var(--line);height:3.6rem;padding:.15rem .2rem;font-size:.8rem}
table.month td.out{background:#f4f0e8;color:var(--muted)}table.month td.today{outline:2px solid var(--accent-2);outline-offset:-2px}
table.month .d{font-weight:700;font-size:.95rem}table.month .l{color:var(--muted);font-size:.72rem;float:right}
table.month .ev{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:.72rem}
.pager{display:flex;justify-content:space-between;gap:1rem;flex-wrap:wrap;margin:1rem 0}
.crumbs ol{list-style:none;padding:0;margin:.8rem 0 0;display:flex;flex-wrap:wrap;gap:.3rem;font-size:.9rem}
.crumbs li+li::before{content:"›";margin-right:.3rem;color:var(--muted)}
form.panel .field{margin:0 0 1rem}form.panel label{display:block;font-weight:600}
form.panel input[type=text],form.panel input[type=email],form.panel input[type=password],form.panel textarea{display:block;width:100%;font:inherit;padding:.5rem .6rem;border:2px solid var(--muted);border-radius:6px;background:#fff;color:var(--ink)}
form.panel [aria-invalid=true]{border-color:#a4161a}.field-error{color:#a4161a;font-weight:600;margin:.2rem 0}.hint{color:var(--muted);font-size:.9rem;margin:.2rem 0}
form.panel .check{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}.hp{display:none}
.secret{display:block;word-break:break-all;background:#fff;border:2px dashed var(--accent-2);padding:.6rem;font-size:1rem}
table.tokens{width:100%;border-collapse:collapse}table.tokens td,table.tokens th{border-bottom:1px solid var(--line);padding:.35rem;text-align:left}
footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem;padding:1rem 0 2rem}
@media (min-width:36rem){dl.facts{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.3rem 1rem}dl.facts dd{margin:0}}
@media (min-width:48rem){.layout-search{grid-template-columns:16rem 1fr}details.facets[open] summary{display:none}h1{font-size:2rem}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important}}
`;

export const SITE_CSS = CSS.replace(/\n/g, '').replace(/\s*([{};,>])\s*/g, '$1').trim();
