#!/usr/bin/env python3
"""Writes the benchmark's Markdown report and SVG charts from one bench/run output directory.

    python3 bench/report.py bench/target/runs/<run> [--publish docs/benchmarks]

Reads results.env (what bench/run measured itself) and each measured Gatling run's index.html: Gatling 3.15 no longer
writes js/stats.json, and its simulation.log is binary, so the statistics table and the chart series of the HTML
report are the stable source. Standard library only: PyPI is out of reach on the machines this runs on.
"""

import html
import json
import re
import shutil
import sys
from pathlib import Path

SCENARIOS = {
    "browse": "Browse (anonymous: list page, two product details)",
    "search": "Search (full text, words, prefixes, typos, SKUs)",
    "search_first": "Search, every query new to the shop (the same words within a random price range around every price)",
    "suggest": "Suggestions while typing (beginnings of the search words)",
    "checkout": "Checkout until CONFIRMED (log in, two lines, POST, poll)",
    "checkout_half": "Checkout until CONFIRMED, paced at half the confirmed orders/s of the checkout above",
    "rows_list": "Plain row: list page of 10 by name, with total count",
    "rows_sku": "Plain row: one product by SKU, rotating over the catalog",
    "rows_checkout": "Plain row: authenticated one-line checkout (POST answering 201)",
}
ROW_REQUESTS = {"rows_list": "list 10 by name", "rows_sku": "product by SKU", "rows_checkout": "one-line checkout"}
ROW_TARGETS = {"rows_sku": "Product by SKU", "rows_list": "List of 10 by name"}  # the rows with a p99 target
CHECKOUT_GROUP = "checkout to confirmed"
CHECKOUTS = ("checkout", "checkout_half")


def split_run(run_id):
    """A run's scenario and catalog size: rows_list_15 -> (rows_list, 15); browse -> (browse, None)."""
    base, _, suffix = run_id.rpartition("_")
    if base in SCENARIOS and suffix.isdigit():
        return base, int(suffix)
    return run_id, None


def title(run_id):
    scenario, products = split_run(run_id)
    text = SCENARIOS.get(scenario, scenario)
    return text if products is None else f"{text}, {products:,} products"
COLUMNS = ["total", "ok", "ko", "ko_percent", "rps", "min", "p50", "p75", "p95", "p99", "max", "mean", "std"]


def command(env):
    """The command that repeats the run; runs before it recorded its scenarios have them added."""
    recorded = env.get("command", "bench/run")
    if "SCENARIOS=" in recorded or not env.get("scenarios"):
        return recorded
    return f'SCENARIOS="{env["scenarios"]}" {recorded}'


def rows_catalogs(env):
    """Which catalogs the plain rows ran on, in a sentence."""
    sizes = [f"{int(n):,}" for n in env.get("rows_catalogs", "").split()]
    if not sizes:
        return "The plain rows did not run."
    return f"The plain rows ran on catalogs of {' and '.join(sizes)} products as well, each seeded into a fresh " \
        "data directory."


def read_env(path):
    values = {}
    for line in path.read_text().splitlines():
        if "=" in line:
            key, value = line.split("=", 1)
            values[key] = value
    return values


def number(text):
    text = text.strip()
    if text in ("-", ""):
        return None
    return float(text)


def parse_stats(index):
    """The rows of Gatling's statistics table: ROOT (all requests), groups and requests, with full names."""
    rows = {}
    for match in re.finditer(r'<tr id="([^"]+)"(?: data-parent="([^"]*)")?\s*>(.*?)</tr>', index, re.S):
        row_id, parent, body = match.groups()
        name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', body).group(1))
        cells = re.findall(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>', body)
        values = {COLUMNS[int(col) - 2]: number(text) for col, text in cells}
        rows[row_id] = {"id": row_id, "parent": parent, "name": name, **values}
    for row in rows.values():
        parts, parent = [row["name"]], row["parent"]
        while parent and parent != "ROOT" and parent in rows:
            parts.insert(0, rows[parent]["name"])
            parent = rows[parent]["parent"]
        row["path"] = " / ".join(parts) if row["id"] != "ROOT" else "All requests"
        row["kind"] = "root" if row["id"] == "ROOT" else ("group" if row["id"].startswith("group_") else "request")
    return rows


def parse_series(index, container):
    """The named series of one Highcharts chart of the report: {name: [(epoch ms, value), …]}."""
    start = index.find("renderTo: '%s'" % container)
    if start < 0:
        start = index.find("renderTo:'%s'" % container)
    if start < 0:
        return {}
    end = index.find("new Highcharts", start)
    chunk = index[start:end if end > 0 else len(index)]
    series = {}
    for name, data in re.findall(r"name: '([^']*)',\s*data: (\[\[.*?\]\])", chunk, re.S):
        series[name] = [(point[0], point[1]) for point in json.loads(data)]
    return series


def gatling_report(out, scenario, phase):
    folders = sorted((out / "gatling" / f"{scenario}-{phase}").glob("*/index.html"))
    return folders[-1].read_text() if folders else None


# --- SVG, written by hand ------------------------------------------------------------------------------------------

COLOURS = ["#1f77b4", "#ff7f0e", "#d62728", "#2ca02c", "#9467bd", "#8c564b"]


def nice_max(value):
    if value <= 0:
        return 1
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        magnitude = 10 ** (len(str(int(value))) - 1)
        if value <= step * magnitude:
            return step * magnitude
    return value


def line_chart(title, y_label, series, width=720, height=300):
    """Lines over time (seconds from the first point); series: {label: [(epoch ms, value or None), …]}."""
    left, right, top, bottom = 60, 130, 30, 40
    points = [p for values in series.values() for p in values if p[1] is not None]
    if not points:
        return None
    t0 = min(p[0] for p in points)
    t_max = max(max(p[0] for p in points) - t0, 1000) / 1000
    y_max = nice_max(max(p[1] for p in points))
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(ms):
        return left + (ms - t0) / 1000 / t_max * plot_w

    def y(value):
        return top + plot_h - value / y_max * plot_h

    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
           f'font-size="11"><rect width="100%" height="100%" fill="white"/>',
           f'<text x="{left}" y="18" font-size="13" font-weight="bold">{html.escape(title)}</text>']
    for i in range(5):
        value = y_max * i / 4
        svg.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(value):.1f}" y2="{y(value):.1f}" stroke="#ddd"/>')
        svg.append(f'<text x="{left - 5}" y="{y(value) + 4:.1f}" text-anchor="end">{value:g}</text>')
    step = max(1, round(t_max / 6))  # whole seconds, about six ticks
    for seconds in range(0, int(t_max) + 1, step):
        px = left + seconds / t_max * plot_w
        svg.append(f'<text x="{px:.1f}" y="{top + plot_h + 15}" text-anchor="middle">{seconds}</text>')
    svg.append(f'<text x="{left + plot_w / 2}" y="{height - 5}" text-anchor="middle">seconds into the run</text>')
    svg.append(f'<text x="14" y="{top + plot_h / 2}" transform="rotate(-90 14 {top + plot_h / 2})" '
               f'text-anchor="middle">{html.escape(y_label)}</text>')
    svg.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#888"/>')
    for number_, (label, values) in enumerate(series.items()):
        colour = COLOURS[number_ % len(COLOURS)]
        path = " ".join(f"{x(t):.1f},{y(v):.1f}" for t, v in values if v is not None)
        svg.append(f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{path}"/>')
        ly = top + 12 + number_ * 16
        svg.append(f'<line x1="{left + plot_w + 10}" x2="{left + plot_w + 30}" y1="{ly - 4}" y2="{ly - 4}" '
                   f'stroke="{colour}" stroke-width="2"/>')
        svg.append(f'<text x="{left + plot_w + 35}" y="{ly}">{html.escape(label)}</text>')
    svg.append("</svg>")
    return "\n".join(svg)


def bar_chart(title, y_label, groups, width=720, height=320):
    """Grouped bars; groups: [(label, {series: value})]."""
    left, right, top, bottom = 60, 110, 30, 70
    names = sorted({name for _, values in groups for name in values}, key=lambda n: list(groups[0][1]).index(n)
                   if n in groups[0][1] else 99)
    y_max = nice_max(max([v for _, values in groups for v in values.values() if v is not None] or [1]))
    plot_w, plot_h = width - left - right, height - top - bottom
    slot = plot_w / max(len(groups), 1)
    bar = slot * 0.8 / max(len(names), 1)
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
           f'font-size="11"><rect width="100%" height="100%" fill="white"/>',
           f'<text x="{left}" y="18" font-size="13" font-weight="bold">{html.escape(title)}</text>']
    for i in range(5):
        value = y_max * i / 4
        py = top + plot_h - value / y_max * plot_h
        svg.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{py:.1f}" y2="{py:.1f}" stroke="#ddd"/>')
        svg.append(f'<text x="{left - 5}" y="{py + 4:.1f}" text-anchor="end">{value:g}</text>')
    svg.append(f'<text x="14" y="{top + plot_h / 2}" transform="rotate(-90 14 {top + plot_h / 2})" '
               f'text-anchor="middle">{html.escape(y_label)}</text>')
    for g, (label, values) in enumerate(groups):
        for s, name in enumerate(names):
            value = values.get(name)
            if value is None:
                continue
            h = value / y_max * plot_h
            px = left + g * slot + slot * 0.1 + s * bar
            svg.append(f'<rect x="{px:.1f}" y="{top + plot_h - h:.1f}" width="{bar * 0.9:.1f}" height="{h:.1f}" '
                       f'fill="{COLOURS[s % len(COLOURS)]}"><title>{html.escape(label)} {name}: {value:g}</title>'
                       f'</rect>')
        cx = left + g * slot + slot / 2
        svg.append(f'<text x="{cx:.1f}" y="{top + plot_h + 14}" text-anchor="end" '
                   f'transform="rotate(-25 {cx:.1f} {top + plot_h + 14})">{html.escape(label)}</text>')
    for s, name in enumerate(names):
        ly = top + 12 + s * 16
        svg.append(f'<rect x="{left + plot_w + 10}" y="{ly - 9}" width="12" height="10" '
                   f'fill="{COLOURS[s % len(COLOURS)]}"/><text x="{left + plot_w + 27}" y="{ly}">{name}</text>')
    svg.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#888"/>')
    svg.append("</svg>")
    return "\n".join(svg)


# --- The report ------------------------------------------------------------------------------------------------------

def fmt(value, digits=0):
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def verdict(ok):
    return "met" if ok else "**not met**"


def confirmed(rows):
    """A checkout run's group "checkout to confirmed" and its confirmed orders per second over the run's time."""
    group = next((r for r in rows.values() if r["kind"] == "group" and r["name"] == CHECKOUT_GROUP), None)
    root = rows.get("ROOT")
    if group and root and root["rps"]:
        return group, (group["ok"] or 0) / (root["total"] / root["rps"])
    return group, None


def statement_costs(path, confirmed, confirmation):
    """What a confirmed order cost the database, by kind of statement and by the schema it names (pg_stat_statements,
    from the start of the measured run until its publications completed), and its placement to confirmation from the
    orders' own status history."""
    lines = []
    if confirmation:
        p50, p99, count = confirmation.split(",")
        lines += [f"Placement to confirmation, from each order's status history (the server's clock): p50 {fmt(number(p50))} ms, "
                  f"p99 {fmt(number(p99))} ms over {fmt(number(count))} orders placed in the measured run.", ""]
    if not path.exists() or not confirmed:
        return lines
    rows = [line.split("\t") for line in path.read_text().splitlines() if line.strip()]
    totals = {}
    lines += ["Statements per confirmed order (pg_stat_statements; the simulation's log-ins, cart lines and status polls "
              "included), by the schema they name:", "",
              "| kind | schema | statements per order | rows per order | WAL bytes per order |", "|---|---|---:|---:|---:|"]
    for kind, schema, calls, rows_, wal in rows:
        calls, rows_, wal = number(calls), number(rows_), number(wal)
        total = totals.setdefault(kind, [0, 0, 0])
        total[0] += calls or 0
        total[1] += rows_ or 0
        total[2] += wal or 0
        lines.append(f"| {kind} | {schema} | {fmt(calls / confirmed, 1)} | {fmt(rows_ / confirmed, 1)} | "
                     f"{fmt(wal / confirmed if wal else 0)} |")
    for kind, (calls, rows_, wal) in sorted(totals.items()):
        lines.append(f"| **{kind}, all** | | **{fmt(calls / confirmed, 1)}** | {fmt(rows_ / confirmed, 1)} | "
                     f"**{fmt(wal / confirmed)}** |")
    lines.append("")
    return lines


def main():
    out = Path(sys.argv[1]).resolve()
    publish = Path(sys.argv[sys.argv.index("--publish") + 1]) if "--publish" in sys.argv else None
    env = read_env(out / "results.env")
    charts = out / "charts"
    charts.mkdir(exist_ok=True)
    scenarios = env.get("scenarios", "").split() + env.get("row_runs", "").split()

    measured, ko_measured, ko_warmup, lines = {}, 0, 0, []
    for scenario in scenarios:
        index = gatling_report(out, scenario, "measure")
        if index is None:
            continue
        rows = parse_stats(index)
        measured[scenario] = rows
        ko_measured += sum(int(r["ko"] or 0) for r in rows.values() if r["kind"] == "request")
        warmup = gatling_report(out, scenario, "warmup")
        if warmup:
            ko_warmup += sum(int(r["ko"] or 0) for r in parse_stats(warmup).values() if r["kind"] == "request")
        percentiles = parse_series(index, "ResponseTimeContainerId")
        requests = parse_series(index, "RequestsContainerId")
        responses = parse_series(index, "ResponsesContainerId")
        latency_svg = line_chart(f"{scenario}: response time percentiles over time (all requests)", "ms",
                                 {k: percentiles[k] for k in ("50%", "95%", "99%") if k in percentiles})
        throughput = {"requests/s": requests.get("All", [])}
        if "KO" in responses:
            throughput["KO/s"] = responses["KO"]
        throughput_svg = line_chart(f"{scenario}: throughput over time", "per second", throughput)
        charts_of_run = [("latency", latency_svg), ("throughput", throughput_svg)]
        if split_run(scenario)[0] in CHECKOUTS:
            # The group's own page holds its time series: the customer's wait from POST to CONFIRMED.
            pages = sorted((out / "gatling" / f"{scenario}-measure").glob("*/group_checkout-to-con*.html"))
            if pages:
                waits = parse_series(pages[-1].read_text(), "groupDurationOverTimeContainerId")
                charts_of_run.append(("confirmation", line_chart(
                    "checkout: POST to CONFIRMED over time (group duration)", "ms",
                    {k: waits[k] for k in ("50%", "95%", "99%") if k in waits})))
        for name, svg in charts_of_run:
            if svg:
                (charts / f"{scenario}-{name}.svg").write_text(svg)

    pgbench_tpcb = float(env["pgbench_tpcb_tps"]) if env.get("pgbench_tpcb_tps") else None
    pgbench_select = float(env["pgbench_select_tps"]) if env.get("pgbench_select_tps") else None
    cores = int(env.get("cores", "1"))

    lines += [f"# Benchmark {env.get('run', out.name)}", "",
              f"Agora at commit `{env.get('commit')}` on {env.get('jdk')} (virtual threads "
              f"{env.get('virtual_threads')}), {cores} cores ({env.get('cpu_model')}), "
              f"{env.get('products')} products, {env.get('customers')} customers, {env.get('concurrency')} virtual "
              f"users (closed model, one keep-alive connection each), {env.get('warmup_s')} s warm-up and "
              f"{env.get('duration_s')} s measured per scenario. " + rows_catalogs(env), "",
              "Command:", "", "```sh", command(env), "```", ""]

    # Summary, against the targets.
    def row_of(scenario, name):
        for r in measured.get(scenario, {}).values():
            if r["path"] == name:
                return r
        return None

    _, confirmed_per_s = confirmed(measured.get("checkout", {}))
    ratio = confirmed_per_s / pgbench_tpcb if confirmed_per_s and pgbench_tpcb else None
    startup = int(env["startup_restart_ms"]) if env.get("startup_restart_ms") else None
    startup_archived = int(env["startup_restart_archived_ms"]) if env.get("startup_restart_archived_ms") else None
    rss_mb = int(env["rss_kb"]) / 1024 if env.get("rss_kb") else None
    incomplete = int(env.get("incomplete_publications", "-1"))

    targets = []

    def p99_target(label, scenario, name, limit=20):
        r = row_of(scenario, name)
        if r:
            targets.append((label, f"p99 ≤ {limit} ms", f"{fmt(r['p99'])} ms", verdict(r["p99"] is not None
                                                                                     and r["p99"] <= limit)))

    def throughput_target(label, scenario, name, floor):
        r = row_of(scenario, name)
        if r and r.get("rps") is not None:
            targets.append((label, f"≥ {floor:,} requests/s", f"{r['rps']:,.0f}/s", verdict(r["rps"] >= floor)))

    p99_target("Product detail (browse)", "browse", "product detail")
    p99_target("Product list page (browse)", "browse", "product list page")
    for run_id in scenarios:
        scenario, products = split_run(run_id)
        size = f", {products:,} products" if products else ""
        if scenario in ROW_TARGETS:
            p99_target(f"{ROW_TARGETS[scenario]} (plain row{size})", run_id, ROW_REQUESTS[scenario])
    p99_target("Search", "search", "search")
    p99_target("Search, every query asked for the first time", "search_first", "search, first asked", 50)
    throughput_target("Search, every query asked for the first time", "search_first", "search, first asked", 1000)
    p99_target("Suggestions while typing", "suggest", "suggest")
    if ratio is not None:
        targets.append(("Confirmed orders/s vs pgbench TPC-B TPS (issue 21)", "≥ 5 %",
                        f"{confirmed_per_s:.1f}/s vs {pgbench_tpcb:,.0f} TPS = {ratio * 100:.1f} %",
                        verdict(ratio >= 0.05)))
    if env.get("checkout_half_confirmation_ms"):
        p50, p99, _ = (number(n) for n in env["checkout_half_confirmation_ms"].split(","))
        rate = env.get("checkout_half_rate")
        targets.append((f"Placement to confirmation at half the maximum rate ({rate} orders/s, issue 21)",
                        "p50 ≤ 100 ms, p99 ≤ 500 ms", f"p50 {fmt(p50)} ms, p99 {fmt(p99)} ms",
                        verdict(p50 is not None and p99 is not None and p50 <= 100 and p99 <= 500)))
    if startup is not None:
        targets.append(("Start to ready, existing data directory (`java -jar`)", "≤ 3 s", f"{startup / 1000:.2f} s",
                        verdict(startup <= 3000)))
    if startup_archived is not None:
        targets.append(("Start to ready, existing data directory (extracted jar, class-data archive)", "≤ 3 s",
                        f"{startup_archived / 1000:.2f} s", verdict(startup_archived <= 3000)))
    if rss_mb is not None:
        targets.append(("RSS of the shop's JVM after the run", "≤ 400 MB", f"{rss_mb:.0f} MB",
                        verdict(rss_mb <= 400)))
    targets.append(("KO responses (non-2xx or failed check), measured runs", "0", str(ko_measured),
                    verdict(ko_measured == 0)))
    targets.append(("KO responses in the warm-ups", "0", str(ko_warmup), verdict(ko_warmup == 0)))
    targets.append(("Incomplete event publications after the run", "0", str(incomplete), verdict(incomplete == 0)))

    lines += ["## Against the targets", "", "| what | target | measured | |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in targets]
    lines += [""]

    lines += ["## Start-up, seeding, memory", "",
              "| | |", "|---|---|",
              f"| start to ready, first start (fresh data directory: initdb, migrations) | "
              f"{fmt(int(env.get('startup_first_ms', 0)) / 1000, 2)} s |",
              f"| start to ready, restart on the seeded data directory (`java -jar`) | {fmt((startup or 0) / 1000, 2)} s |",
              f"| start to ready, the same from the extracted jar with "
              f"`{re.sub(r'=.*/', '=…/', env.get('archive_opts', '')) or 'no archive'}` | "
              f"{fmt(startup_archived / 1000 if startup_archived else None, 2)} s |",
              f"| the shop's JVM options | `{env.get('app_java_opts') or '(the JVM defaults)'}` |",
              f"| seeding with bench/seed.sql ({env.get('products')} products, {env.get('customers')} customers) | "
              f"{fmt(int(env.get('seed_ms', 0)) / 1000, 1)} s |",
              f"| RSS (VmRSS) of the shop's JVM after the scenarios | {fmt(rss_mb)} MB |",
              f"| orders neither confirmed nor beyond after the run | {env.get('orders_not_confirmed', '–')} |", ""]

    lines += ["## Scenarios", "",
              "Times in ms. Requests per CPU-second: the run's requests divided by the user and system CPU time of "
              "the shop's JVM (/proc/<pid>/stat) from the start of the measured run until its event publications "
              "completed; PostgreSQL's processes are not counted. Log-ins (bcrypt) are part of the run and its CPU "
              "time.", ""]
    def cpu_seconds(run_id):
        return float(env.get(f"{run_id}_cpu_seconds", "0") or 0)

    def per_cpu_second(run_id):
        cpu = cpu_seconds(run_id)
        return measured[run_id]["ROOT"]["total"] / cpu if cpu else None

    for scenario in scenarios:
        rows = measured.get(scenario)
        if not rows:
            lines += [f"### {title(scenario)}", "", "No Gatling report was found.", ""]
            continue
        root = rows["ROOT"]
        lines += [f"### {title(scenario)}", "",
                  f"{fmt(root['rps'], 1)} requests/s, {fmt(per_cpu_second(scenario), 0)} requests per CPU-second "
                  f"({fmt(cpu_seconds(scenario), 1)} CPU-s for {fmt(root['total'])} requests), {fmt(root['ko'])} KO; incomplete event "
                  f"publications after it: {env.get(f'{scenario}_incomplete_publications', '–')}.", "",
                  "| request | count | KO | per s | p50 | p95 | p99 | max |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for r in rows.values():
            label = r["path"] if r["kind"] != "group" else f"**{r['path']}** (group: duration, pauses included)"
            lines.append(f"| {label} | {fmt(r['total'])} | {fmt(r['ko'])} | {fmt(r['rps'], 1)} | {fmt(r['p50'])} | "
                         f"{fmt(r['p95'])} | {fmt(r['p99'])} | {fmt(r['max'])} |")
        lines.append("")
        if scenario in CHECKOUTS:
            group_of, per_second = confirmed(rows)
            xact_of = number(env.get(f"{scenario}_xact_commits", ""))
            confirmed_of = number(env.get(f"{scenario}_confirmed_orders_sql", ""))
            paced = (f"Paced at {env[f'{scenario}_rate']} orders/s. " if env.get(f"{scenario}_rate") else "")
            lines += [f"{paced}Confirmed orders: {fmt(group_of['ok'] if group_of else None)} in the Gatling group, "
                      f"{fmt(confirmed_of)} by the orders table; "
                      f"{fmt(per_second, 1)} confirmed orders/s. PostgreSQL commits in the database meanwhile: {fmt(xact_of)}, "
                      f"{fmt(xact_of / confirmed_of if xact_of and confirmed_of else None, 1)} per confirmed order "
                      "(log-ins, carts, order, saga, notifications and the registry's own checks included).", ""]
            lines += statement_costs(out / f"statements-{scenario}.tsv", confirmed_of,
                                     env.get(f"{scenario}_confirmation_ms"))
        for name in ("confirmation", "latency", "throughput"):
            if (charts / f"{scenario}-{name}.svg").exists():
                lines.append(f"![{scenario} {name}](charts/{scenario}-{name}.svg)")
        lines.append("")

    row_runs = [r for r in scenarios if r in measured and split_run(r)[0] in ROW_REQUESTS]
    if row_runs:
        lines += ["### The plain rows side by side", "",
                  "The row's own request (the log-in and cart line of the checkout row left out). Times in ms.", "",
                  "| row | products | requests/s | p50 | p95 | p99 | requests per CPU-second |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for run_id in row_runs:
            scenario, products = split_run(run_id)
            r = row_of(run_id, ROW_REQUESTS[scenario])
            if r:
                lines.append(f"| {ROW_REQUESTS[scenario]} | {fmt(products or int(env.get('products', 0)))} | "
                             f"{fmt(r['rps'], 1)} | {fmt(r['p50'])} | {fmt(r['p95'])} | {fmt(r['p99'])} | "
                             f"{fmt(per_cpu_second(run_id))} |")
        lines.append("")

    summary = [(s, measured[s]["ROOT"]) for s in scenarios if s in measured]
    if summary:
        svg = bar_chart("Response time percentiles per scenario (all requests)", "ms",
                        [(s, {"p50": r["p50"], "p95": r["p95"], "p99": r["p99"]}) for s, r in summary])
        (charts / "percentiles.svg").write_text(svg)
        lines += ["### All scenarios", "", "![percentiles](charts/percentiles.svg)", ""]

    lines += ["## pgbench: the same PostgreSQL server, same client count", "",
              f"`pgbench -i -s {env.get('pgbench_scale')}` in a database `pgbench` of the embedded server, then "
              f"`-c {env.get('concurrency')} -j {cores} -T {env.get('pgbench_duration_s', env.get('duration_s'))}` (s) while the shop idles; "
              "pgbench runs on the same cores, as Gatling does.", "",
              "| mode | TPS |", "|---|---:|",
              f"| TPC-B-like | {fmt(pgbench_tpcb, 0)} |", f"| select-only (`-S`) | {fmt(pgbench_select, 0)} |", ""]
    if ratio is not None:
        lines += [f"Confirmed orders/s over TPC-B TPS: {ratio * 100:.1f} %.", ""]

    lines += ["## How it was measured", "",
              "See bench/README.md. The catalog and customers were written by bench/seed.sql (a fixture, not the "
              "API); the shop was restarted on that data directory before measuring. Each scenario ran once to warm "
              "up, unreported, then once measured; between runs the script waited for every event publication to "
              "complete. Gatling and Maven ran on JDK 17 whichever JDK the shop ran on.", ""]

    report = out / "report.md"
    report.write_text("\n".join(lines))
    print(report)
    if publish:
        publish.mkdir(parents=True, exist_ok=True)
        name = env.get("run", out.name)
        target = publish / f"{name}.md"
        target.write_text("\n".join(lines).replace("](charts/", f"]({name}/"))
        shutil.copytree(charts, publish / name, dirs_exist_ok=True)
        print(target)


if __name__ == "__main__":
    main()
