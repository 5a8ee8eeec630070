import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  UsageError,
  VERSION,
  failsAt,
  inputProblems,
  lint,
  plainError
} from "./chunks/chunk-UX4KEKAT.js";
import "./chunks/chunk-N2VXY6NR.js";
import {
  HOMEPAGE
} from "./chunks/chunk-NRQHVOZI.js";
import {
  data
} from "./chunks/chunk-D4MRBA53.js";
import "./chunks/chunk-SQ35NPRJ.js";
import {
  counts
} from "./chunks/chunk-M3HJ4LOD.js";
import "./chunks/chunk-IHVTIVXH.js";
import {
  relativeTo
} from "./chunks/chunk-PI3B2TVI.js";
import "./chunks/chunk-6W3GW4QD.js";
import "./chunks/chunk-JN2ZT5OB.js";
import "./chunks/chunk-6DQTS6ZR.js";

// src/github-action.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/report/formats.ts
async function loadFormatter(name) {
  switch (name) {
    case "stylish":
      return (await import("./chunks/stylish-EDVXU54Y.js")).stylish;
    case "json":
      return (await import("./chunks/json-EJOJGXYY.js")).json;
    case "sarif":
      return (await import("./chunks/sarif-Q4BX77XN.js")).sarif;
    case "github":
      return (await import("./chunks/github-6XIQNP3A.js")).github;
    case "markdown":
      return (await import("./chunks/markdown-3UHH4XOE.js")).markdown;
    case "html":
      return (await import("./chunks/html-QMF4XSRQ.js")).html;
  }
}

// src/github-action.ts
var FAIL_ON = ["error", "warning", "info", "never"];
async function runAction(io) {
  const log = (s) => io.stdout.write(`${s}
`);
  try {
    return await run(io, log);
  } catch (e) {
    if (e instanceof UsageError) {
      log(`::error title=drainlint::${data(e.message)}`);
      return 2;
    }
    log(`::error title=drainlint internal error::${data(`${e.stack ?? e}
This is a bug: please report it at ${HOMEPAGE}/issues`)}`);
    return 3;
  }
}
async function run(io, log) {
  const inputs = readInputs(io.env);
  const workspace = path.resolve(io.env["GITHUB_WORKSPACE"] || process.cwd());
  const cwd = path.resolve(workspace, inputs.workingDirectory);
  const full = await lint({
    paths: inputs.paths,
    // The job summary draws the timeline of each workload with findings.
    options: { cwd, config: inputs.config, meshConfig: inputs.meshConfig, istioVersion: inputs.istioVersion, kubernetesVersion: inputs.kubernetesVersion, explain: inputs.summary ? "with-findings" : void 0 }
  });
  const result = relativeTo(full, workspace);
  const ctx = { color: false, version: VERSION, workspace, blobUrl: blobUrl(io.env) };
  const n = counts(result.findings);
  const problems = result.findings.filter((f) => !f.suppressions).length;
  const stop = randomUUID();
  log(`::group::drainlint: ${plural(problems, "problem")} (${plural(n.errors, "error")}, ${plural(n.warnings, "warning")}, ${n.infos} info) in ${plural(result.files.length, "file")}`);
  log(`::stop-commands::${stop}`);
  io.stdout.write((await loadFormatter("stylish"))(result, ctx));
  log(`::${stop}::`);
  log("::endgroup::");
  if (inputs.annotations) io.stdout.write((await loadFormatter("github"))(result, ctx));
  let sarifFile = "";
  if (inputs.sarifFile) {
    const file = path.resolve(cwd, inputs.sarifFile);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, (await loadFormatter("sarif"))(result, ctx));
    } catch (e) {
      throw new UsageError(`cannot write the SARIF file ${inputs.sarifFile}: ${plainError(e)}`);
    }
    sarifFile = path.relative(workspace, file).split(path.sep).join("/") || file;
  }
  if (inputs.summary && io.env["GITHUB_STEP_SUMMARY"]) appendFileSync(io.env["GITHUB_STEP_SUMMARY"], (await loadFormatter("markdown"))(result, ctx));
  setOutputs(io.env, { findings: problems, errors: n.errors, warnings: n.warnings, infos: n.infos, "sarif-file": sarifFile });
  const usage = inputProblems(full, inputs.paths);
  for (const p of usage) log(`::error title=drainlint::${data(p)}`);
  if (usage.length > 0) return 2;
  const failing = result.findings.filter((f) => failsAt(f, inputs.failOn)).length;
  if (failing > 0) {
    log(`::error title=drainlint::${data(`${plural(failing, "finding")} at or above fail-on: ${inputs.failOn}`)}`);
    return 1;
  }
  return 0;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function readInputs(env) {
  const text = (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  const list = (name) => text(name).split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const optional = (name) => text(name) || void 0;
  const bool = (name, fallback) => {
    const v = text(name);
    if (v === "") return fallback;
    if (["true", "True", "TRUE"].includes(v)) return true;
    if (["false", "False", "FALSE"].includes(v)) return false;
    throw new UsageError(`input ${name} is "${v}": it takes true or false`);
  };
  const failOn = text("fail-on") || "warning";
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`input fail-on is "${failOn}": it takes ${FAIL_ON.join(", ")}`);
  const paths = list("paths");
  return {
    paths: paths.length > 0 ? paths : ["."],
    config: optional("config"),
    meshConfig: list("mesh-config"),
    failOn,
    istioVersion: optional("istio-version"),
    kubernetesVersion: optional("kubernetes-version"),
    sarifFile: optional("sarif-file"),
    annotations: bool("annotations", true),
    summary: bool("summary", true),
    workingDirectory: text("working-directory") || "."
  };
}
function setOutputs(env, outputs) {
  const file = env["GITHUB_OUTPUT"];
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, Object.entries(outputs).map(([k, v]) => `${k}<<${delimiter}
${v}
${delimiter}
`).join(""));
}
function blobUrl(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}` : void 0;
}

// src/action.ts
process.exitCode = await runAction({ env: process.env, stdout: process.stdout });
