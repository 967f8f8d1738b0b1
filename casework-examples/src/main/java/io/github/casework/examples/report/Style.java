package io.github.casework.examples.report;

/** The report's style sheet, inlined into the page: system fonts, no web fonts, nothing loaded. */
final class Style {
  private Style() {}

  static final String CSS = """
      :root{--critical:#b42318;--critical-bg:#fef3f2;--error:#c4320a;--error-bg:#fff6ed;--warning:#b54708;\
      --warning-bg:#fffaeb;--info:#175cd3;--info-bg:#eff8ff;--ink:#101828;--muted:#475467;--line:#eaecf0;}
      *{box-sizing:border-box}
      body{margin:0;background:#f2f4f7;color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,\
      "Helvetica Neue",Arial,sans-serif}
      main{max-width:1220px;margin:0 auto;padding:28px 28px 40px}
      header h1{margin:0;font-size:30px;letter-spacing:-.01em}
      .meta{margin:4px 0 0;color:var(--muted);font-size:15px}
      .lead{margin:6px 0 0;color:var(--muted)}
      h2{font-size:20px;margin:0 0 4px}
      section{margin-top:22px}
      .summary{display:grid;grid-template-columns:repeat(4,1fr);gap:14px}
      .tile{display:flex;flex-direction:column;padding:14px 18px;border-radius:14px;background:#fff;\
      text-decoration:none;color:var(--ink);border-top:6px solid;box-shadow:0 1px 2px rgba(16,24,40,.08)}
      .tile .count{font-size:44px;font-weight:800;line-height:1.05}
      .tile .name{font-weight:700;font-size:17px}
      .tile .urgency{color:var(--muted);font-size:13px}
      .tile.none{opacity:.55}
      .tile.sev-critical{border-color:var(--critical)}.tile.sev-critical .count{color:var(--critical)}
      .tile.sev-error{border-color:var(--error)}.tile.sev-error .count{color:var(--error)}
      .tile.sev-warning{border-color:var(--warning)}.tile.sev-warning .count{color:var(--warning)}
      .tile.sev-info{border-color:var(--info)}.tile.sev-info .count{color:var(--info)}
      .where-grid{display:grid;grid-template-columns:1fr 1fr;gap:14px;margin-top:10px}
      table{width:100%;border-collapse:collapse;background:#fff;border-radius:12px;overflow:hidden;\
      box-shadow:0 1px 2px rgba(16,24,40,.08)}
      th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);\
      background:#f9fafb;padding:8px 12px;border-bottom:1px solid var(--line)}
      td{padding:6px 12px;border-bottom:1px solid var(--line);vertical-align:top}
      tr:last-child td{border-bottom:0}
      td.who{font-weight:600;white-space:nowrap;width:1%}
      td.c,th.c{width:34px;text-align:center;padding-left:4px;padding-right:4px}
      th.c.sev-critical{color:var(--critical)}th.c.sev-error{color:var(--error)}
      th.c.sev-warning{color:var(--warning)}th.c.sev-info{color:var(--info)}
      .badge{display:inline-block;min-width:24px;padding:1px 6px;border-radius:999px;font-weight:800;font-size:13px;\
      color:#fff}
      .badge.sev-critical{background:var(--critical)}.badge.sev-error{background:var(--error)}
      .badge.sev-warning{background:var(--warning)}.badge.sev-info{background:var(--info)}
      .dots{display:flex;flex-wrap:wrap;gap:4px}
      .dot{display:inline-block;min-width:22px;text-align:center;font-size:12px;font-weight:700;padding:1px 5px;\
      border-radius:6px;text-decoration:none}
      .no{font-size:12px;font-weight:700;color:var(--muted);background:#f2f4f7;border-radius:6px;padding:0 6px}
      .dot.sev-critical{background:var(--critical);color:#fff}
      .dot.sev-error{background:var(--error);color:#fff}
      .dot.sev-warning{background:var(--warning-bg);color:var(--warning);border:1px solid #fedf89}
      .dot.sev-info{background:var(--info-bg);color:var(--info);border:1px solid #b2ddff}
      .overdue table{margin-top:10px}
      .num{text-align:right;white-space:nowrap}
      .bar{display:inline-block;height:10px;background:var(--warning);border-radius:5px;margin-right:8px;\
      vertical-align:middle;opacity:.75}
      .overdue a{color:var(--ink);font-weight:600}
      .bar.sev-critical{background:var(--critical)}.bar.sev-error{background:var(--error)}
      .bar.sev-warning{background:var(--warning)}.bar.sev-info{background:var(--info)}
      .group h2{display:flex;align-items:baseline;gap:10px;padding-bottom:6px;border-bottom:3px solid}
      .group h2 .n{font-size:15px;background:var(--ink);color:#fff;border-radius:999px;padding:0 9px}
      .group h2 .urgency{font-size:14px;font-weight:400;color:var(--muted)}
      h2.sev-critical{border-color:var(--critical);color:var(--critical)}
      h2.sev-error{border-color:var(--error);color:var(--error)}
      h2.sev-warning{border-color:var(--warning);color:var(--warning)}
      h2.sev-info{border-color:var(--info);color:var(--info)}
      .cards{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));grid-auto-flow:row dense;gap:14px;\
      margin-top:12px}
      .finding{background:#fff;border-radius:14px;padding:14px 18px;border-left:6px solid;\
      box-shadow:0 1px 2px rgba(16,24,40,.08)}
      .finding.wide{grid-column:1 / -1}
      .finding.sev-critical{border-color:var(--critical)}
      .finding.sev-error{border-color:var(--error)}
      .finding.sev-warning{border-color:var(--warning)}
      .finding.sev-info{border-color:var(--info)}
      .card-head{display:flex;align-items:center;flex-wrap:wrap;gap:8px}
      .card-head h3{margin:0;font-size:17px}
      .pill{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:2px 8px;\
      border-radius:999px;color:#fff}
      .pill.sev-critical{background:var(--critical)}.pill.sev-error{background:var(--error)}
      .pill.sev-warning{background:var(--warning)}.pill.sev-info{background:var(--info)}
      .term{font-style:italic;color:var(--muted);font-size:14px}
      .next{margin:10px 0 6px;padding:10px 14px;border-radius:10px;background:#ecfdf3;border:1px solid #abefc6}
      .next .label{display:block;font-size:12px;font-weight:800;text-transform:uppercase;letter-spacing:.05em;\
      color:#067647}
      .next p{margin:2px 0 0;font-size:16px;font-weight:600;color:#054f31}
      .explanation{margin:8px 0 6px;color:#344054;font-size:14px}
      .subjects{display:flex;flex-wrap:wrap;gap:4px;margin:6px 0 0}
      code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
      .subjects code{background:#f2f4f7;border-radius:6px;padding:1px 6px;color:var(--muted)}
      .subjects code.code{background:var(--ink);color:#fff}
      figure{margin:8px 0 0;display:flex;flex-direction:column;align-items:center}
      figure svg{max-width:100%;height:auto}
      figcaption{font-size:13px;color:var(--muted)}
      .due{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:6px 0 0;font-size:14px}
      .due-date{font-weight:700}
      .late{background:var(--warning-bg);color:var(--warning);border:1px solid #fedf89;border-radius:999px;\
      padding:0 8px;font-weight:700}
      .owed{color:var(--muted)}
      .empty{font-size:18px;background:#fff;padding:20px;border-radius:14px}
      footer{margin-top:28px;color:var(--muted);font-size:13px}
      @media (max-width:800px){.summary{grid-template-columns:repeat(2,1fr)}\
      .cards,.where-grid{grid-template-columns:1fr}}
      @media print{body{background:#fff}.finding,.tile,table{box-shadow:none;border:1px solid var(--line)}}
      """;
}
