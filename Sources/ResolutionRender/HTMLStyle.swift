import DiffEngine
import ResolutionAmend
import ResolutionCheck
import ResolutionCompare
import ResolutionLanguage
import ResolutionModel

/// The report's stylesheet, inline so the file opens the same from disk, mail or a
/// file share. Colours meet WCAG AA contrast (4.5:1) on their backgrounds; strike and
/// underline carry the meaning in black and white, so the report prints.
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; }
        body { margin: 0 auto; max-width: 52rem; padding: 1.5rem 2rem 3rem 8.5rem; color: #1a1a1a; background: #fff;
          font: 16px/1.5 "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; }
        h1, h2, h3, th, .badge, .label, nav, footer, .documents, .legend { font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #767676; padding-bottom: .2rem; }
        h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
        .doc-title { font-size: 1.1rem; margin: 0 0 1rem; }
        table { border-collapse: collapse; font-size: .9rem; }
        th, td { border: 1px solid #b0b0b0; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        /* A symbol or a URL longer than a line breaks rather than widening the page. */
        p, td, dd { overflow-wrap: anywhere; }
        td.label, .badge { overflow-wrap: normal; }
        th { background: #f0f0f0; }
        a { color: #0b4f8a; }
        del { color: #8a0000; background: #fde7e7; text-decoration: line-through; text-decoration-thickness: 1.5px; }
        ins { color: #0a5a1f; background: #e3f4e7; text-decoration: underline; text-decoration-thickness: 1.5px; }
        .para { position: relative; margin: 0 0 1rem; break-inside: avoid; page-break-inside: avoid; }
        .para p { margin: 0; }
        .para .label { font-size: .8rem; font-weight: bold; color: #404040; }
        .badges { position: absolute; left: -8rem; width: 7.4rem; top: .1rem; text-align: right; }
        .badge { display: inline-block; font-size: .68rem; font-weight: bold; letter-spacing: .02em; line-height: 1.2;
          border: 1px solid #404040; border-radius: 3px; padding: .05rem .25rem; margin: 0 0 .2rem; background: #fff; color: #1a1a1a; }
        .badge.added { border-color: #0a5a1f; color: #0a5a1f; }
        .badge.removed { border-color: #8a0000; color: #8a0000; }
        .badge.technical { border-style: dashed; }
        .para.removed p { color: #8a0000; }
        .para.unchanged { color: #333; }
        .side { width: 100%; margin-left: -6.5rem; width: calc(100% + 6.5rem); font-size: .95rem; }
        .side td { width: 45%; font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; }
        .side td.label { width: 10%; font-family: "Helvetica Neue", Arial, sans-serif; font-size: .8rem; }
        .side .badge { display: block; margin-top: .2rem; }
        .side tr { break-inside: avoid; page-break-inside: avoid; }
        .legend dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .9rem; }
        .legend dt { text-align: right; }
        .legend dd { margin: 0; }
        .summary td.count { text-align: right; }
        .amendment { margin: .3rem 0 0; padding: .2rem .5rem; border-left: 3px solid #0b4f8a; font-size: .9rem; color: #1a1a1a; }
        .amendment .badge { border-color: #0b4f8a; color: #0b4f8a; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        footer { margin-top: 3rem; font-size: .8rem; color: #505050; }
        .version { margin: .1rem 0; font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: .95rem; }
        .version .which { display: inline-block; width: 2.6rem; font-size: .75rem; font-weight: bold; text-transform: uppercase; color: #404040; }
        .version .file { color: #505050; }
        .filters { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid #b0b0b0; padding: .4rem 0; margin: 1rem 0;
          font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: .85rem; }
        .filters button { font: inherit; padding: .15rem .5rem; border: 1px solid #404040; border-radius: 3px; background: #fff; color: #1a1a1a; cursor: pointer; }
        .filters button[aria-pressed="true"] { background: #1a1a1a; color: #fff; }
        .filters .step { margin-left: 1rem; }
        .filters .hint { color: #505050; }
        .para:focus, tr:focus { outline: 3px solid #0b4f8a; outline-offset: 3px; }
        .js .para.collapsed { cursor: pointer; }
        .js .para.collapsed p { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; color: #505050; }
        @page { size: A4; margin: 18mm 15mm; }
        @media print {
          body { max-width: none; padding: 0 0 0 7rem; font-size: 11pt; }
          a { color: inherit; text-decoration: none; }
          del { background: none; color: #000; }
          ins { background: none; color: #000; }
          .para.removed p { color: #000; }
          .badge { color: #000 !important; border-color: #000 !important; }
          h2 { break-after: avoid; page-break-after: avoid; }
          main { break-before: page; page-break-before: always; }
          .filters { display: none !important; }
          [data-kind][hidden] { display: block !important; }
          tr[data-kind][hidden] { display: table-row !important; }
          .js .para.collapsed p { white-space: normal; overflow: visible; color: #000; }
        }
        @media (max-width: 40rem) {
          body { padding: 1rem; }
          .badges { position: static; width: auto; text-align: left; }
          .side { margin-left: 0; width: 100%; }
        }
        """
}
