/** Generated manifests for the benchmarks and the size tests. */

/** An annotated Deployment; `drain` and `grace` give its settings (default: varied, about half of them misconfigured). */
export function deployment(i: number, settings: { drain?: string; grace?: number } = {}): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
  namespace: team-${i % 40}
spec:
  template:
    metadata:
      labels:
        app: svc-${i}
      annotations:
        proxy.istio.io/config: |
          terminationDrainDuration: ${settings.drain ?? `${(i % 7) * 10}s`}
    spec:
      terminationGracePeriodSeconds: ${settings.grace ?? (i % 6) * 15}
      containers:
        - name: app
          image: example/svc:${i}
`;
}

/** The Service that selects deployment(i). */
export function service(i: number): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: svc-${i}
  namespace: team-${i % 40}
spec:
  selector:
    app: svc-${i}
  ports:
    - name: http
      port: 80
      targetPort: 8080
`;
}

/** Documents of a generator joined with `---` until the text has at least `lines` lines; returns the text and the document count. */
export function repeatToLines(lines: number, make: (i: number) => string): { text: string; documents: number } {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < lines; i++) {
    const doc = make(i);
    parts.push(doc);
    n += doc.split('\n').length; // its lines plus the `---` that follows it
  }
  return { text: parts.join('---\n'), documents: parts.length };
}
