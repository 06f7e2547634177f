"""A scripted LSP session against `rubric lsp`: every capability, and garbage that must not kill it.

Usage: test_lsp.py RUBRIC_BINARY SOURCE_DIR. Prints one line per check and "N passed, N failed"."""
import os
import re
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import Client, frame  # noqa: E402

BINARY, SOURCE_DIR = sys.argv[1], sys.argv[2]
URI = "file:///tmp/editor-test.rubric"

# Line numbers below are 0-based, as LSP counts them.
RUBRIC = """rubric "Editor test"
offer {
  comp.base : money
  comp.bonus_pct : percent = 10%
  scope.level : "team" | "org"
}
let cash : money = comp.base + comp.base * comp.bonus_pct
criterion pay "Pay" weight 60 { score scale(cash, 100k => 0, 200k => 10) }
criterion scope "Scope" weight 40 {
  score match scope.level {
    "org" => 10
    "team" => 5
  }
}
flag low "Low pay" critical { when cash < 120k penalty 2 }
confirm written "Offer in writing" { when pay > 5 }
ask more "More base" { when comp.base < 150k range 150k .. 170k }
"""

checks = []


def check(function):
    checks.append(function)
    return function


def pos(line, character):
    return {"textDocument": {"uri": URI}, "position": {"line": line, "character": character}}


def at(text, line, needle, nth=0):
    """Returns the character where the nth `needle` starts on 0-based line `line` of text."""
    row = text.split("\n")[line]
    start = -1
    for _ in range(nth + 1):
        start = row.index(needle, start + 1)
    return start


def started():
    client = Client(BINARY)
    client.initialize()
    return client


def labels(items):
    return [item["label"] for item in items]


@check
def lifecycle_and_capabilities():
    client = Client(BINARY)
    early = client.request("textDocument/hover", pos(0, 0))
    assert early["error"]["code"] == -32002, early
    result = client.initialize()
    caps = result["capabilities"]
    for name in ("hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider",
                 "documentFormattingProvider", "codeActionProvider", "completionProvider", "semanticTokensProvider"):
        assert caps.get(name), name
    assert caps["textDocumentSync"]["change"] == 1
    assert caps["positionEncoding"] == "utf-16"
    again = client.request("initialize", {"capabilities": {}})
    assert "error" in again, again
    assert client.close() == 0


@check
def exit_without_shutdown_is_status_1():
    client = started()
    client.notify("exit")
    assert client.process.wait(timeout=20) == 1


@check
def shipped_rubrics_have_no_errors_and_an_outline():
    client = started()
    for name in sorted(os.listdir(os.path.join(SOURCE_DIR, "rules"))):
        if not name.endswith(".rubric"):
            continue
        uri = "file:///rules/" + name
        with open(os.path.join(SOURCE_DIR, "rules", name), encoding="utf-8") as f:
            text = f.read()
        diagnostics = client.open(uri, text)
        assert not [d for d in diagnostics if d["severity"] == 1], (name, diagnostics)
        outline = client.result("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
        names = [s["name"] for s in outline]
        assert "offer" in names and "pay" in names, (name, names)
        offer = next(s for s in outline if s["name"] == "offer")
        assert any(c["name"] == "comp.base" for c in offer["children"]), offer
        edits = client.result("textDocument/formatting",
                              {"textDocument": {"uri": uri}, "options": {"tabSize": 2, "insertSpaces": True}})
        assert edits == [], edits
    assert client.close() == 0


@check
def hover_definition_and_completion_on_the_shipped_rubrics():
    client = started()
    for name in sorted(os.listdir(os.path.join(SOURCE_DIR, "rules"))):
        if not name.endswith(".rubric"):
            continue
        uri = "file:///rules/" + name
        with open(os.path.join(SOURCE_DIR, "rules", name), encoding="utf-8") as f:
            text = f.read()
        lines = text.split("\n")
        client.open(uri, text)
        # The first let, and the first line after it that reads it: definition and hover from there.
        decl = next(i for i, l in enumerate(lines) if re.match(r"let [a-z_]", l))
        let = re.match(r"let ([a-z_0-9]+)", lines[decl]).group(1)
        use = next(i for i in range(decl + 1, len(lines))
                   if re.search(r"(?<![\w.{])%s\b" % let, lines[i]) and not lines[i].lstrip().startswith("#"))
        column = re.search(r"(?<![\w.{])%s\b" % let, lines[use]).start()
        where = {"textDocument": {"uri": uri}, "position": {"line": use, "character": column}}
        target = client.result("textDocument/definition", where)
        assert target["range"]["start"] == {"line": decl, "character": 4}, (name, let, target)
        hover = client.result("textDocument/hover", where)["contents"]["value"]
        assert hover.startswith("**let** `%s`" % let), (name, hover)
        # Every criterion's hover names its label and weight.
        for i, line in enumerate(lines):
            m = re.match(r'criterion ([a-z_0-9]+) "([^"]*)" weight ([0-9.]+)', line)
            if not m:
                continue
            hover = client.result("textDocument/hover", {"textDocument": {"uri": uri},
                                                         "position": {"line": i, "character": 10}})
            value = hover["contents"]["value"]
            assert m.group(2) in value and "weight: %s of 100" % m.group(3) in value, (name, value)
        # Completion after `comp.`: the next segment of every declared comp.* path.
        expected = []
        for line in lines:
            m = re.match(r"\s+comp\.([a-z_0-9]+)\s*:", line)
            if m and m.group(1) not in expected:
                expected.append(m.group(1))
        probe = text + "let zz_probe = comp."
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                                 "contentChanges": [{"text": probe}]})
        client.diagnostics(uri)
        items = client.result("textDocument/completion", {"textDocument": {"uri": uri}, "position": {
            "line": probe.count("\n"), "character": len("let zz_probe = comp.")}})
        assert labels(items) == expected, (name, labels(items), expected)
    assert client.close() == 0


@check
def diagnostics_with_range_notes_and_quick_fix():
    client = started()
    text = RUBRIC.replace("score scale(cash,", "score scale(cahs,")
    diagnostics = client.open(URI, text)
    assert len(diagnostics) == 1, diagnostics
    d = diagnostics[0]
    column = at(text, 7, "cahs")
    assert d["message"] == "unknown name 'cahs'", d
    assert d["code"] == "unknown-name", d  # the stable code of docs/diagnostics.md
    assert d["severity"] == 1 and d["source"] == "rubric"
    assert d["range"] == {"start": {"line": 7, "character": column}, "end": {"line": 7, "character": column + 4}}, d
    assert [r["message"] for r in d["relatedInformation"]] == ["did you mean 'cash'?"], d
    actions = client.result("textDocument/codeAction", {"textDocument": {"uri": URI}, "range": d["range"],
                                                         "context": {"diagnostics": [d]}})
    assert len(actions) == 1 and actions[0]["kind"] == "quickfix", actions
    edit = actions[0]["edit"]["changes"][URI][0]
    assert edit == {"range": d["range"], "newText": "cash"}, edit
    # Elsewhere in the file there is nothing to fix.
    none = client.result("textDocument/codeAction", {"textDocument": {"uri": URI},
                                                      "range": {"start": {"line": 0, "character": 0},
                                                                "end": {"line": 0, "character": 1}},
                                                      "context": {"diagnostics": []}})
    assert none == [], none
    assert client.close() == 0


@check
def quick_fix_for_an_enumeration_member_and_a_function():
    client = started()
    text = RUBRIC.replace('"team" => 5', '"taem" => 5').replace("penalty 2", "penalty ab(2)")
    diagnostics = client.open(URI, text)
    messages = [d["message"] for d in diagnostics]
    assert "'taem' is not one of 'team', 'org'" in messages and "unknown function 'ab'" in messages, messages
    fixes = {}
    for d in diagnostics:
        for action in client.result("textDocument/codeAction", {"textDocument": {"uri": URI}, "range": d["range"],
                                                                 "context": {"diagnostics": [d]}}):
            edit = action["edit"]["changes"][URI][0]
            fixes[edit["newText"]] = edit["range"]
    assert sorted(fixes) == ["abs", "team"], fixes
    member = at(text, 11, "taem")
    assert fixes["team"] == {"start": {"line": 11, "character": member},
                             "end": {"line": 11, "character": member + 4}}, fixes
    function = at(text, 14, "ab(")
    assert fixes["abs"] == {"start": {"line": 14, "character": function},
                            "end": {"line": 14, "character": function + 2}}, fixes
    assert client.close() == 0


@check
def every_did_you_mean_of_the_golden_errors_fixes_its_error():
    client = started()
    folder = os.path.join(SOURCE_DIR, "tests", "golden", "errors")
    fixed = 0
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            text = f.read()
        if "did you mean" not in text:
            continue
        uri = "file:///golden/" + name
        diagnostics = client.open(uri, text)
        target = next(d for d in diagnostics
                      if any("did you mean" in r["message"] for r in d.get("relatedInformation", [])))
        actions = client.result("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": target["range"],
                                                             "context": {"diagnostics": [target]}})
        assert len(actions) == 1, (name, actions)
        edit = actions[0]["edit"]["changes"][uri][0]
        lines = text.split("\n")
        r = edit["range"]
        assert r["start"]["line"] == r["end"]["line"], (name, edit)
        row = lines[r["start"]["line"]]
        lines[r["start"]["line"]] = row[:r["start"]["character"]] + edit["newText"] + row[r["end"]["character"]:]
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                                 "contentChanges": [{"text": "\n".join(lines)}]})
        after = [d["message"] for d in client.diagnostics(uri)]
        assert target["message"] not in after, (name, after)
        fixed += 1
    assert fixed >= 4, fixed
    assert client.close() == 0


@check
def changes_republish_diagnostics_and_close_clears_them():
    client = started()
    assert client.open(URI, RUBRIC) == []
    client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2},
                                             "contentChanges": [{"text": RUBRIC.replace("weight 40", "weight 45")}]})
    diagnostics = client.diagnostics(URI)
    assert [d["message"] for d in diagnostics] == ["criterion weights sum to 105, not 100"], diagnostics
    assert [r["message"] for r in diagnostics[0]["relatedInformation"]][-1] == "sum 105", diagnostics
    client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 3},
                                             "contentChanges": [{"text": "rubric \"x\"\ncriterion {"}]})
    broken = client.diagnostics(URI)
    assert len(broken) == 1 and broken[0]["range"]["start"]["line"] == 1, broken
    client.notify("textDocument/didClose", {"textDocument": {"uri": URI}})
    assert client.diagnostics(URI) == []
    gone = client.request("textDocument/hover", pos(0, 0))
    assert gone["error"]["code"] == -32602, gone
    assert client.close() == 0


@check
def formatting_answers_the_layout_of_rubric_fmt():
    client = started()
    messy = "rubric \"M\"\noffer {\n base:money\n}\ncriterion pay \"Pay\" weight 100 {\nscore base/1000 # why\n}\n"
    tidy = ("rubric \"M\"\n\noffer {\n  base : money\n}\n\n"
            "criterion pay \"Pay\" weight 100 {\n  score base / 1000 # why\n}\n")
    client.open(URI, messy)
    options = {"textDocument": {"uri": URI}, "options": {"tabSize": 2, "insertSpaces": True}}
    edits = client.result("textDocument/formatting", options)
    assert edits == [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 7, "character": 0}},
                      "newText": tidy}], edits
    client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2},
                                             "contentChanges": [{"text": tidy}]})
    client.diagnostics(URI)
    assert client.result("textDocument/formatting", options) == []
    client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 3},
                                             "contentChanges": [{"text": "rubric \"x\"\ncriterion {"}]})
    client.diagnostics(URI)
    assert client.result("textDocument/formatting", options) == []
    assert client.close() == 0


@check
def warnings_have_warning_severity():
    client = started()
    diagnostics = client.open(URI, RUBRIC.replace("ask more", "let unused = 1\nask more"))
    assert [d["severity"] for d in diagnostics] == [2], diagnostics
    assert client.close() == 0


@check
def hover_on_every_kind_of_name():
    client = started()
    client.open(URI, RUBRIC)

    def hover(line, needle, nth=0):
        result = client.result("textDocument/hover", pos(line, at(RUBRIC, line, needle, nth) + 1))
        return result["contents"]["value"] if result else None

    criterion = hover(15, "pay")  # the reference in the confirm
    assert "criterion" in criterion and "Pay" in criterion and "60" in criterion and "0..10" in criterion, criterion
    let = hover(7, "cash")
    assert "let" in let and "money" in let and "comp.base + comp.base * comp.bonus_pct" in let, let
    field = hover(6, "comp.bonus_pct")
    assert "percent" in field and "10%" in field and "optional" in field, field
    required = hover(16, "comp.base")
    assert "money" in required and "required" in required, required
    enum = hover(9, "scope.level")
    assert '"team" | "org"' in enum and "required" in enum, enum
    flag = hover(14, "low")
    assert "critical" in flag and "`2`" in flag and "Low pay" in flag, flag
    function = hover(7, "scale")
    assert "scale(x, x1 => y1, x2 => y2, ...)" in function, function
    confirm = hover(15, "written")
    assert "confirm" in confirm and "Offer in writing" in confirm, confirm
    ask = hover(16, "more")
    assert "ask" in ask and "150k" in ask and "170k" in ask, ask
    assert client.result("textDocument/hover", pos(0, 0)) is None
    assert client.close() == 0


@check
def definition_and_references():
    client = started()
    client.open(URI, RUBRIC)
    target = client.result("textDocument/definition", pos(7, at(RUBRIC, 7, "cash")))
    assert target == {"uri": URI, "range": {"start": {"line": 6, "character": 4},
                                            "end": {"line": 6, "character": 8}}}, target
    path = client.result("textDocument/definition", pos(16, at(RUBRIC, 16, "comp.base") + 3))
    assert path["range"]["start"] == {"line": 2, "character": 2}, path
    refs = client.result("textDocument/references", {**pos(6, 5), "context": {"includeDeclaration": True}})
    lines = [r["range"]["start"]["line"] for r in refs]
    assert lines == [6, 7, 14], lines
    refs = client.result("textDocument/references", {**pos(2, 3), "context": {"includeDeclaration": False}})
    assert [(r["range"]["start"]["line"], r["range"]["start"]["character"]) for r in refs] == [
        (6, at(RUBRIC, 6, "comp.base")), (6, at(RUBRIC, 6, "comp.base", 1)), (16, at(RUBRIC, 16, "comp.base"))], refs
    assert client.result("textDocument/definition", pos(0, 0)) is None
    assert client.close() == 0


@check
def completion_in_every_context():
    client = started()
    text = RUBRIC + "let extra = \n"
    client.open(URI, text)
    end = len(text.split("\n")) - 2  # the `let extra = ` line

    def complete(line, character):
        return labels(client.result("textDocument/completion", pos(line, character)))

    top = complete(end + 1, 0)
    assert {"rubric", "offer", "let", "criterion", "flag", "confirm", "ask"} <= set(top), top
    expression = complete(end, len("let extra = "))
    assert {"cash", "pay", "low", "written", "more", "total", "scale", "max_of", "comp", "scope", "if"} <= set(
        expression), expression
    assert "criterion" not in expression
    function = next(i for i in client.result("textDocument/completion", pos(end, len("let extra = ")))
                    if i["label"] == "clamp")
    assert function["detail"] == "clamp(x, lo, hi)", function
    # Segment by segment after a dot, while the line does not parse.
    client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2},
                                             "contentChanges": [{"text": RUBRIC + "let extra = comp.\n"}]})
    assert client.diagnostics(URI)  # a syntax error: completion uses the last good analysis
    assert complete(end, len("let extra = comp.")) == ["base", "bonus_pct"]
    client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 3},
                                             "contentChanges": [{"text": RUBRIC + "let extra = scope.level == \n"}]})
    client.diagnostics(URI)
    assert complete(end, len("let extra = scope.level == ")) == ['"team"', '"org"']
    # Inside a match arm on an enumeration, and inside its opening quote.
    arms = complete(11, 4)
    assert '"team"' in arms and '"org"' in arms, arms
    assert complete(11, 5)[:2] == ["team", "org"]
    # Inside a criterion block, the clause keywords; after a colon in an offer block, the types.
    client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 4},
                                             "contentChanges": [{"text": RUBRIC}]})
    client.diagnostics(URI)
    clause = complete(14, at(RUBRIC, 14, "when"))
    assert "penalty" in clause and "cash" in clause, clause
    types = complete(2, at(RUBRIC, 2, "money"))
    assert types == ["number", "money", "percent", "bool", "text", "grant"], types
    assert client.close() == 0


COMPENSATION = """rubric "Grants"
currency EUR
rates as of "2026-11-30" { USD = 0.93 }
offer {
  comp.base   : money
  comp.equity : grant = 0
}
let year_1 : money = comp.base + vested(comp.equity, 1)
criterion pay "Pay" weight 100 { score scale(year_1 + vested_through(comp.equity, 2), 100k => 0, 300k => 10) }
"""


@check
def hover_and_completion_know_grants_and_currencies():
    client = started()
    diagnostics = client.open(URI, COMPENSATION)
    assert diagnostics == [], diagnostics
    text = COMPENSATION + "let extra = \n"

    def hover(line, needle):
        result = client.result("textDocument/hover", pos(line, at(text, line, needle) + 1))
        return result["contents"]["value"] if result else None

    vested = hover(7, "vested")
    assert "vested(g, y)" in vested and "year" in vested, vested
    through = hover(8, "vested_through")
    assert "vested_through(g, y)" in through, through
    equity = hover(7, "comp.equity")
    assert "grant" in equity and "optional" in equity, equity
    client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2},
                                             "contentChanges": [{"text": text}]})
    client.diagnostics(URI)
    end = len(text.split("\n")) - 2
    items = client.result("textDocument/completion", pos(end, len("let extra = ")))
    details = {i["label"]: i.get("detail") for i in items}
    assert details.get("grant_value") == "grant_value(g)", details
    assert {"vested", "vested_through"} <= set(details), details
    top = labels(client.result("textDocument/completion", pos(end + 1, 0)))
    assert {"currency", "rates"} <= set(top), top
    assert labels(client.result("textDocument/completion", pos(5, at(text, 5, "grant"))))[-1] == "grant"
    assert client.close() == 0


@check
def semantic_tokens_mark_names():
    client = started()
    client.open(URI, RUBRIC)
    data = client.result("textDocument/semanticTokens/full", {"textDocument": {"uri": URI}})["data"]
    assert data and len(data) % 5 == 0
    # The first token is the declaration of comp.base on line 2: a property (type 0) and a declaration.
    assert data[:5] == [2, 2, len("comp.base"), 0, 1], data[:5]
    assert client.close() == 0


@check
def utf16_and_utf8_positions():
    text = 'rubric "Émoji 😀 test"\noffer { a : number }\ncriterion c "😀é" weight 100 { score b }\n'
    client = Client(BINARY)
    client.initialize()
    d = client.open(URI, text)[0]
    # "😀" is two UTF-16 units and four UTF-8 bytes; "é" is one unit and two bytes.
    utf16 = text.split("\n")[2].index(" b ") + 1 + 1  # one extra unit for the emoji's surrogate pair
    assert d["range"]["start"] == {"line": 2, "character": utf16}, d
    assert client.close() == 0
    client = Client(BINARY)
    result = client.initialize(encodings=["utf-8", "utf-16"])
    assert result["capabilities"]["positionEncoding"] == "utf-8"
    d = client.open(URI, text)[0]
    utf8 = text.split("\n")[2].encode("utf-8").index(b" b ") + 1
    assert d["range"]["start"] == {"line": 2, "character": utf8}, d
    assert client.close() == 0


@check
def garbage_never_kills_the_server():
    client = started()
    # Not JSON, JSON that is not a request, a header without a length, a huge length, a bad length,
    # garbage between frames: each is answered or skipped, and the next request is answered.
    client.send_raw(frame(b"{not json"))
    assert client.receive(lambda m: m.get("id", 0) is None)["error"]["code"] == -32700
    client.send_raw(frame(b"[1, 2]"))
    assert client.receive(lambda m: m.get("id", 0) is None)["error"]["code"] == -32600
    client.send_raw(b"Content-Type: application/json\r\n\r\n")  # no length: skipped
    client.send_raw(b"Content-Length: 99999999999999999999\r\n\r\n")
    client.send_raw(b"Content-Length: 999999999999\r\n\r\n{}")
    client.send_raw(b"Content-Length: twelve\r\n\r\n")
    client.send_raw(b"garbage without a newline")
    problems = [client.receive(lambda m: m.get("id", 0) is None)["error"]["message"] for _ in range(3)]
    assert problems[0] == "Content-Length is not a number", problems
    assert problems[1] == ("Content-Length 999999999999 exceeds the limit of 134217728 bytes; message skipped"), problems
    assert problems[2] == "Content-Length is not a number", problems
    unknown = client.request("workspace/unknownThing", {})
    assert unknown["error"]["code"] == -32601, unknown
    bad = client.request("textDocument/hover", {"textDocument": 5})
    assert bad["error"]["code"] == -32602, bad
    client.notify("textDocument/didOpen", {"textDocument": {"uri": 7}})  # a bad notification: logged, no answer
    client.notify("$/cancelRequest", {"id": 1})
    client.open(URI, "\x00\xff garbage {{{")
    client.open(URI, "rubric \"x\"\n" + "(" * 100000)
    assert client.result("textDocument/hover", pos(0, 0)) is None
    assert client.close() == 0
    log = client.log()
    assert "not valid JSON" in log and "exceeds the limit" in log and "invalid params" in log, log


@check
def end_of_input_mid_message_ends_the_server():
    client = started()
    client.send_raw(b"Content-Length: 100\r\n\r\n{\"jsonrpc\"")
    client.process.stdin.close()
    assert client.process.wait(timeout=20) == 1


@check
def outline_lists_every_declaration_with_its_kind():
    client = started()
    client.open(URI, RUBRIC)
    outline = client.result("textDocument/documentSymbol", {"textDocument": {"uri": URI}})
    # Each kind of declaration has its own SymbolKind, so an outline can tell them apart.
    got = [(s["name"], s["detail"], s["range"]["start"]["line"], [c["name"] for c in s.get("children", [])])
           for s in outline]
    assert got == [("offer", "3 fields", 1, ["comp.base", "comp.bonus_pct", "scope.level"]),
                   ("cash", "money", 6, []), ("pay", 'weight 60 "Pay"', 7, []), ("scope", 'weight 40 "Scope"', 8, []),
                   ("low", 'critical "Low pay"', 14, []), ("written", 'confirm "Offer in writing"', 15, []),
                   ("more", 'ask "More base"', 16, [])], got
    kinds = {s["name"]: s["kind"] for s in outline}
    assert len({kinds["cash"], kinds["pay"], kinds["low"], kinds["written"], kinds["more"]}) == 5, kinds
    field = outline[0]["children"][1]
    assert field["selectionRange"]["start"] == {"line": 3, "character": 2}, field
    assert client.close() == 0


@check
def function_hover_has_its_signature_and_a_line_of_doc():
    client = started()
    client.open(URI, RUBRIC)
    hover = client.result("textDocument/hover", pos(7, at(RUBRIC, 7, "scale") + 1))["contents"]["value"]
    signature, doc = hover.split("\n\n", 1)
    assert signature == "**function** `scale(x, x1 => y1, x2 => y2, ...)`", hover
    assert doc.strip() and "\n" not in doc.strip() and "interpolates" in doc, hover
    assert client.close() == 0


@check
def offer_paths_complete_segment_by_segment_at_any_depth():
    client = started()
    deep = ('rubric "Deep"\noffer {\n  a.b.c : number\n  a.b.d : number = 1\n  a.e : number = 2\n}\n'
            'criterion x "X" weight 100 { score a.b.c + a.b.d + a.e }\n')
    client.open(URI, deep)
    for typed, expected in (("a", None), ("a.", ["b", "e"]), ("a.b.", ["c", "d"]), ("a.b.c.", [])):
        text = deep + "let probe = " + typed + "\n"
        client.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2},
                                                 "contentChanges": [{"text": text}]})
        client.diagnostics(URI)
        line = text.count("\n") - 1
        items = labels(client.result("textDocument/completion", pos(line, len("let probe = " + typed))))
        if expected is None:
            assert "a" in items and "x" in items, items  # the first segment among the names
        else:
            assert items == expected, (typed, items)
    assert client.close() == 0


@check
def semantic_tokens_cover_every_name_in_the_file():
    client = Client(BINARY)
    legend = client.initialize()["capabilities"]["semanticTokensProvider"]["legend"]
    client.open(URI, RUBRIC)
    data = client.result("textDocument/semanticTokens/full", {"textDocument": {"uri": URI}})["data"]
    rows, line, character, got = RUBRIC.split("\n"), 0, 0, []
    for i in range(0, len(data), 5):  # relative positions (LSP 3.17), decoded back to absolute ones
        delta_line, delta_character, length, kind, modifiers = data[i:i + 5]
        line, character = line + delta_line, (character if delta_line == 0 else 0) + delta_character
        declared = "+" if modifiers & 1 else ""
        got.append(f"{line}:{rows[line][character:character + length]}:{legend['tokenTypes'][kind]}{declared}")
    assert legend["tokenModifiers"] == ["declaration"], legend
    assert got == ["2:comp.base:property+", "3:comp.bonus_pct:property+", "4:scope.level:property+", "6:cash:variable+",
                   "6:comp.base:property", "6:comp.base:property", "6:comp.bonus_pct:property", "7:pay:class+",
                   "7:scale:function", "7:cash:variable", "8:scope:class+", "9:scope.level:property", "14:low:event+",
                   "14:cash:variable", "15:written:enumMember+", "15:pay:class", "16:more:enumMember+",
                   "16:comp.base:property"], got
    assert client.close() == 0


def main():
    passed = failed = 0
    for function in checks:
        try:
            function()
            passed += 1
            print("ok   " + function.__name__)
        except Exception:  # noqa: BLE001 - every failure is reported, then the next check runs
            failed += 1
            print("FAIL " + function.__name__)
            traceback.print_exc()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
