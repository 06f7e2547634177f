#!/usr/bin/env python3
"""Measures `rubric lsp` re-checking a 10,000-line rubric after a one-character edit.

Usage: bench/lsp.py [RUBRIC_BINARY] [LINES]   (defaults: build/rubric, 10000)
Opens a rubric from gen_rubric.py in the server, then RUNS times (environment, default 30) changes
one character (a valid edit, then a typo that the checker reports) and times from sending didChange
to receiving its publishDiagnostics: the whole round trip an editor waits for. Prints the median and
the worst in milliseconds, and the server's CPU time per edit (from /proc, 10 ms ticks), which a
loaded machine does not inflate. The target is under 50 ms (docs/editors.md).
"""
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "editors"))
from lsp_client import Client  # noqa: E402

URI = "file:///bench/big.rubric"


def cpu_ms(pid):
    """Returns the CPU time (user + system) the process has used, from /proc, in milliseconds."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def round_trip(client, text, version):
    """Returns the wall and the server's CPU milliseconds from didChange to its diagnostics."""
    cpu = cpu_ms(client.process.pid)
    start = time.perf_counter()
    client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": version},
                                             "contentChanges": [{"text": text}]})
    diagnostics = client.diagnostics(URI)
    return (time.perf_counter() - start) * 1000, cpu_ms(client.process.pid) - cpu, diagnostics


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "build", "rubric")
    lines = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    runs = int(os.environ.get("RUNS", "30"))
    criteria = max(1, (lines - 9) // 5)  # gen_rubric.py writes 5 lines per criterion after a 9-line head
    text = subprocess.run([sys.executable, os.path.join(HERE, "gen_rubric.py"), str(criteria)], check=True,
                          capture_output=True, text=True).stdout
    valid = text.replace("comp.base * 1.0001 + 0", "comp.base * 1.0001 + 1", 1)
    typo = text.replace("comp.base * 1.0001 + 0", "comp.bas * 1.0001 + 0", 1)
    assert valid != text and typo != text
    client = Client(binary)
    client.initialize()
    start = time.perf_counter()
    client.open(URI, text)
    first = (time.perf_counter() - start) * 1000
    timings = {"valid edit": [], "typo (1 error)": []}
    version = 1
    for _ in range(runs):
        for name, edited in (("valid edit", valid), ("typo (1 error)", typo)):
            version += 1
            ms, cpu, diagnostics = round_trip(client, edited, version)
            expected = 0 if name == "valid edit" else 1
            assert len([d for d in diagnostics if d["severity"] == 1]) == expected, diagnostics[:3]
            timings[name].append((ms, cpu))
        version += 1
        round_trip(client, text, version)
    client.close()
    print("rubric lsp: %d lines (%d bytes), didOpen %.1f ms" % (text.count("\n"), len(text.encode()), first))
    print("| edit | runs | median wall ms | worst wall ms | median server CPU ms |")
    print("|---|---|---|---|---|")
    for name, values in timings.items():
        wall = [v[0] for v in values]
        cpu = [v[1] for v in values]
        print("| %s | %d | %.1f | %.1f | %.1f |" % (name, len(values), statistics.median(wall), max(wall),
                                                   statistics.median(cpu)))


if __name__ == "__main__":
    main()
