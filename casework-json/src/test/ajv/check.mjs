// Validates every golden vector of wire format version 1 against both schema families with ajv 8 (Ajv2020,
// strict: true, formats asserted) and compares each verdict with the one the vectors' manifests give.
//
//   node check.mjs [SCHEMA_DIR [VECTOR_DIR]]
//
// SCHEMA_DIR holds the tolerant family and, under strict/, the strict one; VECTOR_DIR is vectors/v1. Prints one JSON
// object: per family the number of schemas compiled and the vectors checked, and every disagreement. Exits 1 on a
// disagreement, 2 if a schema does not compile.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaDir = path.resolve(process.argv[2] ?? path.join(here, "../../main/resources/io/github/casework/json/schema/v1"));
const vectorDir = path.resolve(process.argv[3] ?? path.join(here, "../resources/vectors/v1"));
const BASE = "https://casework.github.io/casework/schema/v1/";

// Mirrors VectorCorpusTest.TOLERANT_REFUSALS: strict-mode vectors that a tolerant reader refuses too.
const TOLERANT_REFUSALS = new Set(["stream-caseload-header-with-cases.ndjson"]);
// The kinds whose data is one event: a schema-invalid one must get exactly one error (the union is discriminated by
// its type, so ajv reports the selected branch only, never every branch's).
const EVENT_KINDS = new Set(["case-event", "referral-event", "escalation-event", "signal-event"]);

function family(name) {
  const dir = name === "strict" ? path.join(schemaDir, "strict") : schemaDir;
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  const files = fs.readdirSync(dir).filter(f => f.endsWith(".schema.json")).sort();
  for (const f of files) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
  const prefix = name === "strict" ? BASE + "strict/" : BASE;
  for (const f of files) ajv.getSchema(prefix + f); // compiles it: strict mode throws on any schema fault
  return { name, files, validate(ref, text) {
    const v = ajv.getSchema(prefix + ref);
    if (!v) throw new Error("no schema " + prefix + ref);
    let value;
    try { value = JSON.parse(text); } catch { return [{ wrapper: false, text: "not JSON" }]; }
    // An "if" error (the selected branch failed) and a "propertyNames" error (a name failed) only restate the error
    // beneath them: they are wrappers, not errors of their own.
    return v(value) ? [] : v.errors.map(e => ({ wrapper: e.keyword === "if" || e.keyword === "propertyNames",
      text: `${e.instancePath || "/"} ${e.message} (${e.schemaPath})` }));
  } };
}

const lines = text => text.split(/\r?\n/).filter((l, i, all) => !(i === all.length - 1 && l === ""));
const read = rel => fs.readFileSync(path.join(vectorDir, rel), "utf8");
const manifest = rel => {
  const [head, ...rows] = lines(read(rel));
  const names = head.split("\t");
  return rows.map(r => Object.fromEntries(r.split("\t").map((v, i) => [names[i], v])));
};

// The verdicts to check: [vector, kind, whole text or lines, expected verdict per family].
const checks = [];
const isStream = kind => kind.endsWith("-events");
for (const folder of fs.readdirSync(vectorDir).sort()) {
  if (folder === "invalid" || folder === "noncanonical" || !fs.statSync(path.join(vectorDir, folder)).isDirectory()) continue;
  for (const f of fs.readdirSync(path.join(vectorDir, folder)).sort()) {
    checks.push({ vector: `${folder}/${f}`, kind: folder, scope: "all", expect: { tolerant: "valid", strict: "valid" } });
  }
}
for (const row of manifest("noncanonical/manifest.tsv")) {
  // A non-canonical input reads in both modes (any) or only in tolerant mode, where the strict reader refuses an
  // unknown member (tolerant): the families say the same.
  checks.push({ vector: "noncanonical/" + row.file, kind: row.kind, scope: "all",
    expect: { tolerant: "valid", strict: row.mode === "any" ? "valid" : "invalid" } });
}
for (const row of manifest("invalid/manifest.tsv")) {
  if (row.schema === "-") continue;
  // The manifest's verdict is the strict family's; the tolerant family's is the same except on strict rows, where it
  // accepts what a tolerant reader reads (see the vectors' README).
  const tolerant = row.mode === "strict" && !TOLERANT_REFUSALS.has(row.file) ? "valid" : row.schema;
  checks.push({ vector: "invalid/" + row.file, kind: row.kind, scope: "header",
    expect: { tolerant, strict: row.schema } });
}

const report = { ajv: JSON.parse(fs.readFileSync(path.join(here, "node_modules/ajv/package.json"), "utf8")).version,
  families: {}, failures: [] };
for (const name of ["tolerant", "strict"]) {
  let fam;
  try {
    fam = family(name);
  } catch (e) {
    report.failures.push({ family: name, vector: "-", problem: "schemas do not compile: " + e.message });
    console.log(JSON.stringify(report));
    process.exit(2);
  }
  const checked = [];
  const verdicts = { valid: 0, invalid: 0 };
  for (const c of checks) {
    const text = read(c.vector);
    let errors;
    if (isStream(c.kind)) {
      const ls = lines(text);
      const header = fam.validate(c.kind + ".schema.json", ls[0] ?? "");
      errors = c.scope === "header" ? header
        : header.concat(...ls.slice(1).map((l, i) => fam.validate(c.kind + ".schema.json#/$defs/event", l)
          .map(e => ({ ...e, text: `line ${i + 2}: ${e.text}` }))));
    } else {
      errors = fam.validate(c.kind + ".schema.json", text);
    }
    const verdict = errors.length === 0 ? "valid" : "invalid";
    verdicts[verdict]++;
    checked.push(c.vector);
    if (verdict !== c.expect[name]) {
      report.failures.push({ family: name, vector: c.vector, problem: `expected ${c.expect[name]}, ajv says ${verdict}`,
        errors: errors.slice(0, 5).map(e => e.text) });
    } else if (verdict === "invalid" && EVENT_KINDS.has(c.kind) && errors.filter(e => !e.wrapper).length !== 1) {
      report.failures.push({ family: name, vector: c.vector, problem: "more than one error for one event",
        errors: errors.map(e => e.text) });
    }
  }
  report.families[name] = { schemas: fam.files.length, checked, verdicts };
}
console.log(JSON.stringify(report));
process.exit(report.failures.length === 0 ? 0 : 1);
