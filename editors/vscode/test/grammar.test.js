// Tokenizes the shipped rubrics (rules/*.rubric, and tests/data/robustness/fixture.rubric) with the extension's
// TextMate grammar, as VS Code does (vscode-textmate + vscode-oniguruma), and compares the tokens with the
// snapshots in test/snapshots/.
// Usage: node test/grammar.test.js [--update]. Exits 77 with a message when the npm packages are absent
// (scripts/vscode-extension.sh installs them).
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const repo = path.resolve(root, "..", "..");
let vsctm, oniguruma;
try {
  vsctm = require("vscode-textmate");
  oniguruma = require("vscode-oniguruma");
} catch (error) {
  console.log("skipped: vscode-textmate and vscode-oniguruma are not installed (run scripts/vscode-extension.sh)");
  process.exit(77);
}

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== "source.rubric") return null;
      const file = path.join(root, "syntaxes", "rubric.tmLanguage.json");
      return vsctm.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
  return registry.loadGrammar("source.rubric");
}

// One line per token that has a scope beyond source.rubric: "line:start-end text -> scopes".
function tokenize(grammar, text) {
  const out = [];
  let state = vsctm.INITIAL;
  text.split("\n").forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const scopes = token.scopes.filter((s) => s !== "source.rubric");
      if (scopes.length === 0) continue;
      const piece = line.slice(token.startIndex, token.endIndex);
      out.push(`${index + 1}:${token.startIndex}-${token.endIndex} ${JSON.stringify(piece)} -> ${scopes.join(" ")}`);
    }
    state = result.ruleStack;
  });
  return out.join("\n") + "\n";
}

async function main() {
  const update = process.argv.includes("--update");
  const grammar = await loadGrammar();
  const rules = path.join(repo, "rules");
  const files = fs.readdirSync(rules).filter((f) => f.endsWith(".rubric")).sort().map((f) => path.join(rules, f));
  // Words no shipped rubric uses yet: `negotiable` (the robustness fixture, docs/reports.md).
  files.push(path.join(repo, "tests", "data", "robustness", "fixture.rubric"));
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const name = path.basename(file);
    const actual = tokenize(grammar, fs.readFileSync(file, "utf8"));
    const snapshot = path.join(root, "test", "snapshots", name + ".tokens");
    if (update) fs.writeFileSync(snapshot, actual);
    const expected = fs.existsSync(snapshot) ? fs.readFileSync(snapshot, "utf8") : "";
    if (actual === expected) {
      passed++;
      console.log(`ok   ${name}`);
      continue;
    }
    failed++;
    const a = actual.split("\n");
    const e = expected.split("\n");
    const at = a.findIndex((lineText, i) => lineText !== e[i]);
    console.log(`FAIL ${name}: first difference at token ${at + 1}`);
    console.log(`  expected: ${e[at]}`);
    console.log(`  actual:   ${a[at]}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
