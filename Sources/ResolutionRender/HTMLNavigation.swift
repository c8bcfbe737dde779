import ResolutionCompare

/// The HTML report's navigation: a filter bar (all, substantive, technical, added,
/// removed, moved), the next and previous change with n / p (or j / k), and unchanged
/// paragraphs folded to one line that opens on a click. All of it is added by a small
/// script: with JavaScript off the bar stays hidden and every paragraph shows in full,
/// and a print shows them all too.
enum HTMLNavigation {
    /// What a paragraph is, for the filters: its changes, "technical", "substantive"
    /// (a change beyond a yearly update or a renumbering) or "unchanged".
    static func kinds(_ entry: ChangeReport.Entry) -> String {
        if entry.isUnchanged { return "unchanged" }
        var kinds = entry.changes.map(\.rawValue)
        if entry.technical { kinds.append("technical") }
        if !entry.isTechnicalOnly && entry.changes.contains(where: { $0 != .renumbered }) {
            kinds.append("substantive")
        }
        return kinds.joined(separator: " ")
    }

    static let filters = ["all", "substantive", "technical", "added", "removed", "moved"]

    /// The bar, in the report's words.
    static func bar(_ w: ReportWords) -> String {
        "<div class=\"filters\" role=\"toolbar\" aria-label=\"\(HTMLEscape.text(w.toolbar))\" hidden>\n"
            + filters.map {
                "<button type=\"button\" data-filter=\"\($0)\" aria-pressed=\"\($0 == "all")\">\(HTMLEscape.text(w.filters[$0] ?? $0))</button>"
            }.joined(separator: " ")
            + "\n<span class=\"step\"><button type=\"button\" data-step=\"-1\">\(HTMLEscape.text(w.previous))</button> "
            + "<button type=\"button\" data-step=\"1\">\(HTMLEscape.text(w.next))</button> <span class=\"hint\">\(HTMLEscape.text(w.keysHint))</span>"
            + "</span>\n</div>\n"
    }

    /// The behaviour, inline so the file stands alone. `#selftest` in the address makes
    /// it check itself (filter, keys, no page wider than the window) and write the
    /// outcome into the page, which
    /// `make html-check` reads from the browser.
    static let script = """
        <script>
        (function () {
          var bar = document.querySelector('.filters');
          if (!bar) return;
          bar.hidden = false;
          document.documentElement.classList.add('js');
          var paras = Array.prototype.slice.call(document.querySelectorAll('[data-kind]'));
          function kinds(p) { return p.getAttribute('data-kind').split(' '); }
          paras.forEach(function (p) {
            if (kinds(p).indexOf('unchanged') < 0) return;
            if (p.tagName === 'TR') return;
            p.classList.add('collapsed');
            p.setAttribute('aria-expanded', 'false');
            p.tabIndex = 0;
            function toggle() { p.setAttribute('aria-expanded', String(!p.classList.toggle('collapsed'))); }
            p.addEventListener('click', toggle);
            p.addEventListener('keydown', function (e) {
              if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); }
            });
          });
          var filter = 'all', current = -1;
          function apply() {
            paras.forEach(function (p) { p.hidden = filter !== 'all' && kinds(p).indexOf(filter) < 0; });
            bar.querySelectorAll('[data-filter]').forEach(function (b) {
              b.setAttribute('aria-pressed', String(b.getAttribute('data-filter') === filter));
            });
          }
          function changes() {
            return paras.filter(function (p) { return !p.hidden && kinds(p).indexOf('unchanged') < 0; });
          }
          function step(d) {
            var c = changes();
            if (!c.length) return;
            current = (current + d + c.length) % c.length;
            c[current].scrollIntoView({ block: 'center' });
            c[current].focus();
          }
          bar.addEventListener('click', function (e) {
            var b = e.target.closest('button');
            if (!b) return;
            if (b.hasAttribute('data-filter')) { filter = b.getAttribute('data-filter'); current = -1; apply(); }
            else step(Number(b.getAttribute('data-step')));
          });
          document.addEventListener('keydown', function (e) {
            if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
            var t = e.target;
            if (t && t.tagName && (/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable)) return;
            if (e.key === 'n' || e.key === 'j') step(1);
            else if (e.key === 'p' || e.key === 'k') step(-1);
          });
          if (location.hash === '#selftest') {
            var results = [];
            var chosen = ['added', 'removed', 'moved', 'substantive', 'technical'].filter(function (k) {
              return paras.some(function (p) { return kinds(p).indexOf(k) >= 0; });
            })[0] || 'substantive';
            var expected = paras.filter(function (p) { return kinds(p).indexOf(chosen) >= 0; }).length;
            bar.querySelector('[data-filter="' + chosen + '"]').click();
            var shown = paras.filter(function (p) { return !p.hidden; }).length;
            results.push(expected > 0 && shown === expected ? 'filter ok' : 'filter FAILED (' + chosen + ': ' + shown + ' of ' + expected + ')');
            bar.querySelector('[data-filter="all"]').click();
            function key(k) { document.dispatchEvent(new KeyboardEvent('keydown', { key: k })); return document.activeElement; }
            var c = changes();
            var first = key('n'), second = key('j'), back = key('p');
            var next = c[1 % c.length];
            results.push(c.length > 0 && first === c[0] && second === next && back === c[0] ? 'keys ok' : 'keys FAILED');
            var over = document.documentElement.scrollWidth - window.innerWidth;
            results.push(over <= 0 ? 'fits' : 'overflows by ' + over + ' px');
            var pre = document.createElement('pre');
            pre.id = 'selftest';
            pre.textContent = 'selftest: ' + results.join(', ');
            document.body.appendChild(pre);
          }
        })();
        </script>

        """
}
