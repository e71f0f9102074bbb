/**
 * The report's browser script. It is inlined into every page as `(${reportClient})()`, so it
 * must stay self-contained: no imports, no references to anything outside this function.
 * Type-checked against the DOM library like the rest of the project.
 */
export function reportClient(): void {
  const qsa = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document): T[] => Array.from(root.querySelectorAll<T>(sel));
  const attrSel = (name: string, value: string) => `[${name}="${CSS.escape(value)}"]`;

  if (document.body.classList.contains('doc-page')) documentPage();
  else corpusPage();

  function documentPage(): void {
    const src = document.querySelector<HTMLElement>('.src');
    const side = document.querySelector<HTMLElement>('.side');
    if (!src || !side) return;
    let flashed: Element[] = [];
    let flashTimer = 0;

    const pieces = (id: string) => qsa(attrSel('data-id', id), src);

    function flash(els: Element[]): void {
      for (const el of flashed) el.classList.remove('flash');
      window.clearTimeout(flashTimer);
      void src!.offsetWidth; // restart the animation when the same item is flashed again
      for (const el of els) el.classList.add('flash');
      flashed = els;
      flashTimer = window.setTimeout(() => {
        for (const el of flashed) el.classList.remove('flash');
        flashed = [];
      }, 2400);
    }

    function showTab(name: string): void {
      for (const b of qsa('[data-tab]', side!)) b.setAttribute('aria-selected', String(b.dataset.tab === name));
      for (const p of qsa('[data-panel]', side!)) p.hidden = p.dataset.panel !== name;
    }

    /** The structured-view element of an item: in the visible panel when there is one. */
    function sideElement(id: string): HTMLElement | null {
      const all = qsa(attrSel('data-go', id), side!);
      return all.find((el) => !el.closest<HTMLElement>('[data-panel]')?.hidden) ?? all[0] ?? null;
    }

    function select(id: string, scroll: boolean): void {
      for (const el of qsa('.sel', side!)) el.classList.remove('sel');
      let el = sideElement(id);
      // a piece of a task (unit, target, deadline) without its own entry: its task
      if (!el) {
        const task = id.match(/^t\d+/);
        if (task) el = sideElement(task[0]);
      }
      if (!el) return;
      const panel = el.closest<HTMLElement>('[data-panel]');
      if (panel?.hidden && panel.dataset.panel) showTab(panel.dataset.panel);
      const row = el.closest('tr') ?? el.closest('li') ?? el;
      row.classList.add('sel');
      el.classList.add('sel');
      if (scroll) row.scrollIntoView({ block: 'nearest' });
    }

    /** Scroll the text to an item, flash it and select it on the right. */
    function goTo(id: string, fromSide: boolean): boolean {
      const els = pieces(id);
      if (!els.length) return false;
      els[0].scrollIntoView({ block: 'center' });
      flash(els);
      select(id, !fromSide);
      history.replaceState(null, '', `#${id}`);
      return true;
    }

    side.addEventListener('click', (e) => {
      const target = e.target as Element;
      const tabButton = target.closest<HTMLElement>('[data-tab]');
      if (tabButton?.dataset.tab) {
        showTab(tabButton.dataset.tab);
        return;
      }
      const go = target.closest<HTMLElement>('[data-go]');
      if (go?.dataset.go) {
        e.preventDefault();
        goTo(go.dataset.go, true);
      }
    });

    src.addEventListener('click', (e) => {
      const sel = window.getSelection();
      if (sel && !sel.isCollapsed) return; // selecting text to copy
      const hit = (e.target as Element).closest<HTMLElement>('[data-id]');
      if (!hit?.dataset.id) return;
      flash(pieces(hit.dataset.id));
      select(hit.dataset.id, true);
      history.replaceState(null, '', `#${hit.dataset.id}`);
    });

    // highlight switches
    for (const box of qsa<HTMLInputElement>('.legend input[data-kind]')) {
      box.addEventListener('change', () => document.body.classList.toggle(`off-${box.dataset.kind}`, !box.checked));
    }

    // task filter: title, units (written and canonical) and the task's text from the source pane
    const filter = document.getElementById('task-filter') as HTMLInputElement | null;
    const count = document.getElementById('task-count');
    const rows = qsa<HTMLTableRowElement>('table.tasks tbody tr');
    const haystack = new Map<HTMLElement, string>();
    const hay = (row: HTMLElement): string => {
      let h = haystack.get(row);
      if (h === undefined) {
        const id = row.dataset.row ?? '';
        h = [row.textContent ?? '', row.dataset.units ?? '', ...pieces(id).map((p) => p.textContent ?? '')].join('\n').toLowerCase();
        haystack.set(row, h);
      }
      return h;
    };
    function applyFilter(): void {
      const q = (filter?.value ?? '').trim().toLowerCase();
      const terms = q.split(/\s+/).filter(Boolean);
      let shown = 0;
      let total = 0;
      let group: HTMLElement | null = null;
      let groupShown = false;
      const closeGroup = () => {
        if (group) group.hidden = !groupShown;
      };
      for (const row of rows) {
        if (row.classList.contains('grp')) {
          closeGroup();
          group = row;
          groupShown = false;
          continue;
        }
        total++;
        const ok = terms.every((t) => hay(row).includes(t));
        row.hidden = !ok;
        if (ok) {
          shown++;
          groupShown = true;
        }
      }
      closeGroup();
      if (count) count.textContent = terms.length ? `${shown} of ${total}` : `${total} tasks`;
    }
    filter?.addEventListener('input', applyFilter);
    applyFilter();

    // keyboard: j / k for the next / previous task
    document.addEventListener('keydown', (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey || (e.target as Element).closest('input, textarea')) return;
      if (e.key !== 'j' && e.key !== 'k') return;
      const ids = rows.filter((r) => !r.hidden && !r.classList.contains('grp')).map((r) => r.dataset.row ?? '');
      if (!ids.length) return;
      const current = location.hash.slice(1).match(/^t\d+/)?.[0];
      const at = current ? ids.indexOf(current) : -1;
      const next = e.key === 'j' ? Math.min(ids.length - 1, at + 1) : Math.max(0, at - 1);
      goTo(ids[next], false);
    });

    function fromHash(): void {
      const h = decodeURIComponent(location.hash.slice(1));
      if (!h) return;
      if (h.startsWith('unit=')) {
        const unit = h.slice(5);
        showTab('tasks');
        if (filter) {
          filter.value = unit;
          applyFilter();
        }
        const ids = qsa('[data-canon]', side!)
          .filter((c) => c.dataset.canon === unit)
          .map((c) => c.dataset.go ?? '');
        const els = ids.flatMap((id) => pieces(id));
        if (els.length) {
          els[0].scrollIntoView({ block: 'center' });
          flash(els);
        }
        return;
      }
      if (/^[a-z]+\d/.test(h)) goTo(h, false);
    }
    window.addEventListener('hashchange', fromHash);
    fromHash();
  }

  function corpusPage(): void {
    interface Index {
      plans: { label: string; title: string }[];
      docs: { page: string; format: string }[];
      tasks: { p: number; m: string; t: string; x: string; u: string; r: [number, string][] }[];
    }
    const dataEl = document.getElementById('search-data');
    const input = document.getElementById('q') as HTMLInputElement | null;
    const list = document.getElementById('results');
    const count = document.getElementById('q-count');
    if (dataEl && input && list) {
      const index = JSON.parse(dataEl.textContent ?? '{}') as Index;
      const hays = index.tasks.map((t) => ({ title: t.t.toLowerCase(), all: `${t.t}\n${t.x}\n${t.u}`.toLowerCase() }));
      const bigrams = (s: string) => {
        const out = new Set<string>();
        const chars = Array.from(s.replace(/\s+/g, ''));
        for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
        return out;
      };
      const occurrences = (hay: string, term: string) => {
        let n = 0;
        for (let i = hay.indexOf(term); i !== -1 && n < 20; i = hay.indexOf(term, i + term.length)) n++;
        return n;
      };

      /** Text with every occurrence of the terms wrapped in <mark>, built from text nodes. */
      const marked = (text: string, terms: string[]): DocumentFragment => {
        const frag = document.createDocumentFragment();
        const lower = text.toLowerCase();
        let i = 0;
        while (i < text.length) {
          let best = -1;
          let len = 0;
          for (const t of terms) {
            const at = lower.indexOf(t, i);
            if (at !== -1 && (best === -1 || at < best || (at === best && t.length > len))) {
              best = at;
              len = t.length;
            }
          }
          if (best === -1 || !len) {
            frag.append(text.slice(i));
            break;
          }
          if (best > i) frag.append(text.slice(i, best));
          const m = document.createElement('mark');
          m.textContent = text.slice(best, best + len);
          frag.append(m);
          i = best + len;
        }
        return frag;
      };

      const snippet = (text: string, terms: string[]): string => {
        const lower = text.toLowerCase();
        const hits = terms.map((t) => lower.indexOf(t)).filter((x) => x >= 0);
        const at = hits.length ? Math.min(...hits) : 0;
        const from = Math.max(0, at - 40);
        const to = Math.min(text.length, at + 110);
        return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
      };

      function run(): void {
        const q = input!.value.trim().toLowerCase();
        list!.replaceChildren();
        history.replaceState(null, '', q ? `#q=${encodeURIComponent(input!.value.trim())}` : location.pathname);
        if (!q) {
          if (count) count.textContent = '';
          return;
        }
        const terms = q.split(/\s+/).filter(Boolean);
        let approximate = false;
        let hits = index.tasks
          .map((t, i) => {
            const h = hays[i];
            if (!terms.every((term) => h.all.includes(term))) return { i, score: 0 };
            return { i, score: terms.reduce((s, term) => s + (h.title.includes(term) ? 10 : 0) + occurrences(h.all, term), 0) };
          })
          .filter((x) => x.score > 0);
        if (!hits.length) {
          // no exact match: tasks sharing most of the query's character pairs (e.g. 文创产业 ~ 文化创意产业)
          const grams = bigrams(q);
          if (grams.size >= 2) {
            approximate = true;
            hits = index.tasks
              .map((_, i) => {
                let n = 0;
                for (const g of grams) if (hays[i].all.includes(g)) n++;
                return { i, score: n / grams.size };
              })
              .filter((x) => x.score >= 0.5);
          }
        }
        hits.sort((a, b) => b.score - a.score || a.i - b.i);
        if (count) count.textContent = `${hits.length} task${hits.length === 1 ? '' : 's'}${approximate ? ' (approximate: no exact match)' : ''}`;
        const markTerms = approximate ? [...bigrams(q)] : terms;
        for (const { i } of hits.slice(0, 200)) {
          const t = index.tasks[i];
          const li = document.createElement('li');
          li.className = 'result';
          const head = document.createElement('div');
          head.className = 'r-head';
          const plan = document.createElement('span');
          plan.className = 'r-plan';
          plan.textContent = index.plans[t.p]?.label ?? '';
          plan.title = index.plans[t.p]?.title ?? '';
          const [firstDoc, firstItem] = t.r[0];
          const a = document.createElement('a');
          a.className = 'r-title';
          a.href = `${index.docs[firstDoc].page}#${firstItem}`;
          a.append(`${t.m} `, marked(t.t, markTerms));
          head.append(plan, a);
          for (const [d, item] of t.r) {
            const f = document.createElement('a');
            f.className = 'badge fmt';
            f.href = `${index.docs[d].page}#${item}`;
            f.textContent = index.docs[d].format.toUpperCase();
            head.append(' ', f);
          }
          const body = document.createElement('div');
          body.className = 'r-text';
          body.append(marked(snippet(t.x, markTerms), markTerms));
          li.append(head, body);
          if (t.u) {
            const units = document.createElement('div');
            units.className = 'r-units';
            units.append(marked(t.u, markTerms));
            li.append(units);
          }
          list!.append(li);
        }
      }
      let timer = 0;
      input.addEventListener('input', () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(run, 60);
      });
      const h = location.hash.match(/^#q=(.*)$/);
      if (h) {
        input.value = decodeURIComponent(h[1]);
        run();
      }
    }

    const unitFilter = document.getElementById('unit-filter') as HTMLInputElement | null;
    const unitCount = document.getElementById('unit-count');
    const unitRows = qsa<HTMLTableRowElement>('table.matrix tbody tr');
    const filterUnits = () => {
      const q = (unitFilter?.value ?? '').trim().toLowerCase();
      let n = 0;
      for (const r of unitRows) {
        r.hidden = !!q && !(r.dataset.unit ?? '').toLowerCase().includes(q);
        if (!r.hidden) n++;
      }
      if (unitCount) unitCount.textContent = q ? `${n} of ${unitRows.length}` : `${unitRows.length} units`;
    };
    unitFilter?.addEventListener('input', filterUnits);
    filterUnits();
  }
}
