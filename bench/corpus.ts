/**
 * The benchmark corpus: realistic manifests from a seeded generator (no network, same bytes every
 * time for a seed). Workloads of every kind with 1–3 containers, probes, ports, env, resources,
 * pod-template annotations and preStop hooks; Services, ConfigMaps, VirtualServices and
 * DestinationRules, Namespaces and a few IstioOperators; about one workload in ten breaks a common
 * rule. Files hold one to three documents.
 *
 *   S: 200 files; M: 2,000 files (about 3,900 documents, 6 MB); L: 20,000 files (60 MB);
 *   L1: the L documents in one multi-document file.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type CorpusSize = 'S' | 'M' | 'L' | 'L1';
export const FILES: Record<CorpusSize, number> = { S: 200, M: 2000, L: 20000, L1: 20000 };
/** Bumped whenever the generator changes, so that cached corpora are made again. */
const GENERATOR_VERSION = 1;

/** mulberry32: a small seeded PRNG; the corpus depends on nothing else. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Gen {
  rnd: () => number;
  pick<T>(list: readonly T[]): T;
  int(min: number, max: number): number;
  chance(p: number): boolean;
}

function gen(seed: number): Gen {
  const rnd = random(seed);
  return {
    rnd,
    pick: (list) => list[Math.floor(rnd() * list.length)]!,
    int: (min, max) => min + Math.floor(rnd() * (max - min + 1)),
    chance: (p) => rnd() < p,
  };
}

const WORDS = ['cart', 'checkout', 'payments', 'orders', 'search', 'catalog', 'users', 'auth', 'mail', 'reports', 'ledger', 'billing', 'shipping', 'reviews', 'images', 'feeds'];
const PORTS: [string, number][] = [['http', 8080], ['http-metrics', 9090], ['grpc', 9000], ['tcp-db', 5432], ['http2-api', 8443], ['redis', 6379]];

function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

function container(g: Gen, name: string, i: number): string {
  const ports = Array.from({ length: g.int(1, 2) }, () => g.pick(PORTS));
  const env = Array.from({ length: g.int(3, 10) }, (_, k) => `- name: VAR_${k}\n  value: "${g.pick(WORDS)}-${g.int(1, 999)}"`).join('\n');
  const hook = g.chance(0.4)
    ? g.chance(0.5)
      ? `lifecycle:\n  preStop:\n    exec:\n      command: ["/bin/sh", "-c", "sleep ${g.int(1, 25)}"]\n`
      : `lifecycle:\n  preStop:\n    sleep:\n      seconds: ${g.int(1, 20)}\n`
    : '';
  return `- name: ${name}
  image: registry.example.com/${name}:${g.int(1, 9)}.${g.int(0, 30)}.${i % 10}
  ports:
${indent(ports.map(([n, p]) => `- name: ${n}\n  containerPort: ${p}`).join('\n'), 4)}
  env:
${indent(env, 4)}
  resources:
    requests:
      cpu: ${g.int(50, 500)}m
      memory: ${g.int(64, 1024)}Mi
    limits:
      cpu: ${g.int(500, 2000)}m
      memory: ${g.int(256, 4096)}Mi
  readinessProbe:
    httpGet:
      path: /ready
      port: ${ports[0]![1]}
    periodSeconds: ${g.int(5, 15)}
  livenessProbe:
    httpGet:
      path: /live
      port: ${ports[0]![1]}
    initialDelaySeconds: ${g.int(5, 30)}
${indent(hook, 2)}`;
}

function annotations(g: Gen, broken: boolean): string {
  const lines = [`prometheus.io/scrape: "true"`, `prometheus.io/port: "9090"`];
  if (g.chance(0.35) || broken) {
    const tdd = broken && g.chance(0.5) ? `${g.int(40, 90)}s` : `${g.int(5, 20)}s`;
    const ez = broken && g.chance(0.5) ? 'true' : '"true"';
    lines.push(`proxy.istio.io/config: |\n  terminationDrainDuration: ${tdd}\n  proxyMetadata:\n    EXIT_ON_ZERO_ACTIVE_CONNECTIONS: ${g.chance(0.5) ? ez : '"false"'}\n    MINIMUM_DRAIN_DURATION: "${g.int(5, 30)}s"`);
  }
  if (g.chance(0.2)) lines.push(`drainlint.io/connection-lifetime: "${g.int(10, 120)}s"`);
  return lines.join('\n');
}

function workload(g: Gen, i: number, ns: string): string {
  const kind = g.pick(['Deployment', 'Deployment', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'] as const);
  const name = `${g.pick(WORDS)}-${i}`;
  const broken = g.chance(0.1);
  const containers = [container(g, name, i), ...Array.from({ length: g.int(0, 2) }, (_, k) => container(g, `${name}-side${k}`, i))].join('\n');
  const grace = broken && g.chance(0.5) ? '' : g.chance(0.6) ? `terminationGracePeriodSeconds: ${g.int(10, 120)}\n` : '';
  const misplacedGrace = broken && grace === '' ? `  terminationGracePeriodSeconds: ${g.int(30, 90)}\n` : '';
  const pod = `metadata:
  labels:
    app: ${name}
    version: v${g.int(1, 3)}${g.chance(0.3) ? '\n    sidecar.istio.io/inject: "true"' : ''}
  annotations:
${indent(annotations(g, broken), 4)}
spec:
  ${grace}containers:
${indent(containers, 4)}`;
  const head = `apiVersion: ${kind === 'Job' ? 'batch/v1' : kind === 'CronJob' ? 'batch/v1' : 'apps/v1'}
kind: ${kind}
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
    app: ${name}
`;
  if (kind === 'CronJob') return `${head}spec:\n${misplacedGrace}  schedule: "*/${g.int(5, 59)} * * * *"\n  jobTemplate:\n    spec:\n      template:\n${indent(pod, 8)}\n`;
  if (kind === 'Job') return `${head}spec:\n${misplacedGrace}  template:\n${indent(pod, 4)}\n`;
  return `${head}spec:\n${misplacedGrace}  replicas: ${g.int(1, 6)}\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n${indent(pod, 4)}\n`;
}

function service(g: Gen, i: number, ns: string): string {
  const name = `${g.pick(WORDS)}-${i}`;
  const [pn, pp] = g.pick(PORTS);
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  type: ${g.chance(0.05) ? 'LoadBalancer' : 'ClusterIP'}
  selector:
    app: ${name}
  ports:
    - name: ${pn}
      port: ${pp}
      targetPort: ${pp}
`;
}

function configMap(g: Gen, i: number, ns: string): string {
  const data = Array.from({ length: g.int(5, 30) }, (_, k) => `  key-${k}: "${g.pick(WORDS)} ${g.int(1, 1e6)} ${g.pick(WORDS)}"`).join('\n');
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${i}\n  namespace: ${ns}\ndata:\n${data}\n`;
}

function route(g: Gen, i: number, ns: string): string {
  const host = `${g.pick(WORDS)}-${g.int(0, i)}`;
  return g.chance(0.5)
    ? `apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: vs-${i}\n  namespace: ${ns}\nspec:\n  hosts:\n    - ${host}\n  http:\n    - timeout: ${g.int(5, 90)}s\n      route:\n        - destination:\n            host: ${host}\n`
    : `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: dr-${i}\n  namespace: ${ns}\nspec:\n  host: ${host}\n  trafficPolicy:\n    connectionPool:\n      http:\n        maxConnectionDuration: ${g.int(30, 600)}s\n`;
}

function operator(g: Gen, i: number): string {
  return `apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
metadata:
  name: control-plane-${i}
  namespace: istio-system
spec:
  meshConfig:
    defaultConfig:
      terminationDrainDuration: ${g.int(5, 30)}s
      proxyMetadata:
        MINIMUM_DRAIN_DURATION: "${g.int(5, 20)}s"
`;
}

/** The documents of file `f` of a corpus. */
function fileDocuments(g: Gen, f: number): string[] {
  const ns = `team-${f % 50}`;
  if (f % 500 === 7) return [operator(g, f)];
  if (f % 400 === 3) return [`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n  labels:\n    istio-injection: enabled\n`];
  const docs: string[] = [];
  const n = g.pick([1, 2, 2, 2, 3]);
  for (let d = 0; d < n; d++) {
    const r = g.rnd();
    const i = f * 3 + d;
    docs.push(r < 0.52 ? workload(g, i, ns) : r < 0.8 ? service(g, i, ns) : r < 0.92 ? configMap(g, i, ns) : route(g, i, ns));
  }
  return docs;
}

/** Writes (or finds, when already written) a corpus; returns its folder and how many documents it has. */
export function corpus(size: CorpusSize, seed = 20261206): { dir: string; documents: number; bytes: number } {
  const dir = path.join(os.tmpdir(), `drainlint-corpus-v${GENERATOR_VERSION}-${size}-${seed}`);
  const meta = path.join(dir, '.corpus.json');
  if (existsSync(meta)) return JSON.parse(readFileSync(meta, 'utf8')) as { dir: string; documents: number; bytes: number };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const g = gen(seed);
  let documents = 0;
  let bytes = 0;
  const single: string[] = [];
  for (let f = 0; f < FILES[size]; f++) {
    const docs = fileDocuments(g, f);
    documents += docs.length;
    const text = docs.join('---\n');
    if (size === 'L1') single.push(text);
    else {
      const sub = path.join(dir, `team-${f % 50}`);
      if (f < 50) mkdirSync(sub, { recursive: true });
      writeFileSync(path.join(sub, `m${f}.yaml`), text);
      bytes += Buffer.byteLength(text);
    }
  }
  if (size === 'L1') {
    const text = single.join('---\n');
    writeFileSync(path.join(dir, 'all.yaml'), text);
    bytes = Buffer.byteLength(text);
  }
  const info = { dir, documents, bytes };
  writeFileSync(meta, JSON.stringify(info));
  return info;
}

/** One Deployment of two containers, with its drain settings in a `proxy.istio.io/config` annotation or without any. */
function oneDeployment(g: Gen, annotated: boolean): string {
  const proxyConfig = annotated ? `\n        proxy.istio.io/config: |\n          terminationDrainDuration: 20s\n          proxyMetadata:\n            MINIMUM_DRAIN_DURATION: "10s"` : '';
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  replicas: 3
  selector:
    matchLabels:
      app: checkout
  template:
    metadata:
      labels:
        app: checkout
      annotations:
        prometheus.io/scrape: "true"${proxyConfig}
    spec:
      terminationGracePeriodSeconds: 45
      containers:
${indent([container(g, 'checkout', 1), container(g, 'checkout-worker', 2)].join('\n'), 8)}
`;
}

/**
 * The one-file runs: a Deployment without drain settings (`plain.yaml`) and the same with a
 * `proxy.istio.io/config` annotation (`annotated.yaml`, whose ProxyConfig is validated).
 */
export function oneFiles(seed = 20261206): { plain: string; annotated: string } {
  const dir = path.join(os.tmpdir(), `drainlint-corpus-v${GENERATOR_VERSION}-one-${seed}`);
  mkdirSync(dir, { recursive: true });
  const plain = path.join(dir, 'plain.yaml');
  const annotated = path.join(dir, 'annotated.yaml');
  writeFileSync(plain, oneDeployment(gen(seed), false));
  writeFileSync(annotated, oneDeployment(gen(seed), true));
  return { plain, annotated };
}
