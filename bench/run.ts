/**
 * Benchmark: the whole pipeline over thousands of generated manifests against the bare `yaml`
 * parse of the same files, and one pre-commit-sized run of the CLI. Prints measurements only.
 * Usage: npm run bench -- [files=2000]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { LineCounter, parseAllDocuments } from 'yaml';
import { lint } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import { YAML_OPTIONS } from '../src/yaml/read.js';
import { service } from './manifests.js';

const count = Number(process.argv[2] ?? 2000);
const dir = path.join(os.tmpdir(), `drainlint-bench-${process.pid}`);

function manifest(i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
  namespace: team-${i % 40}
  labels:
    app: svc-${i}
spec:
  replicas: 3
  selector:
    matchLabels:
      app: svc-${i}
  template:
    metadata:
      labels:
        app: svc-${i}
      annotations:
        drainlint.io/connection-lifetime: ${(i % 9) * 10}s
        proxy.istio.io/config: |
          terminationDrainDuration: ${(i % 7) * 10}s
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "${i % 2 === 0}"
            MINIMUM_DRAIN_DURATION: ${i % 5}s
    spec:
      terminationGracePeriodSeconds: ${(i % 6) * 15}
      containers:
        - name: app
          image: example/svc:${i}
          ports:
            - containerPort: 8080
              name: http
          lifecycle:
            preStop:
              exec:
                command: ["/bin/sh", "-c", "sleep ${i % 20}"]
          env:
            - name: LOG_LEVEL
              value: info
---
${service(i)}`;
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

async function main() {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'mesh.yaml'), 'apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata:\n  name: cp\nspec:\n  meshConfig:\n    defaultConfig:\n      terminationDrainDuration: 15s\n');
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `m${i}.yaml`), manifest(i));
  const files = readdirSync(dir).map((f) => path.join(dir, f));
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);

  // Warm up both paths once (JIT), then measure the best of three.
  const bare = () => {
    for (const f of files) {
      const lc = new LineCounter();
      for (const d of parseAllDocuments(readFileSync(f, 'utf8'), { ...YAML_OPTIONS, lineCounter: lc }) as ReturnType<typeof parseAllDocuments> & unknown[]) d.toJS();
    }
  };
  const full = () => lint({ cwd: dir, paths: ['.'], config: emptyConfig(dir), meshConfigFiles: [], rules: [...RULES] });
  bare();
  await full();
  const bareTimes: number[] = [];
  const fullTimes: number[] = [];
  let findings = 0;
  for (let i = 0; i < 3; i++) {
    bareTimes.push(time(bare)[1]);
    const t = performance.now();
    findings = (await full()).result.findings.length;
    fullTimes.push(performance.now() - t);
  }
  const b = Math.min(...bareTimes);
  const f = Math.min(...fullTimes);
  console.log(`files: ${files.length} (${(bytes / 1024 / 1024).toFixed(1)} MiB, ${count * 2 + 1} documents), findings: ${findings}`);
  console.log(`bare yaml parse + toJS: ${b.toFixed(0)} ms`);
  console.log(`full pipeline (load, parse, inventory, resolve, ${RULES.length} rules): ${f.toFixed(0)} ms`);
  console.log(`ratio: ${(f / b).toFixed(2)}x the bare parse`);

  // A pre-commit run: one file through the CLI, process start included.
  const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/drainlint.js');
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [bin, path.join(dir, 'm1.yaml'), '--fail-on', 'never'], { stdio: 'ignore' });
    runs.push(performance.now() - t);
  }
  console.log(`one file through the CLI (process start included): median ${runs.sort((x, y) => x - y)[2]!.toFixed(0)} ms`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
