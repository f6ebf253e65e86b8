// Patch semantics of the Kubernetes API, as far as kubectl uses them against this simulator:
// strategic-merge (lists merged by their patch key), JSON merge (RFC 7386), JSON patch (RFC 6902).
/* eslint-disable @typescript-eslint/no-explicit-any */

type Json = any;

const isObj = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lists the API server merges by a key instead of replacing them (the strategic-merge patch keys). */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  ports: 'containerPort',
  imagePullSecrets: 'name',
  conditions: 'type',
};

export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** RFC 7386: objects merge, null deletes, everything else replaces. */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObj(patch)) return clone(patch);
  const out: Record<string, Json> = isObj(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** Strategic merge: like a merge patch, but keyed lists merge item by item; `$`-directives honoured. */
export function strategicMerge(target: Json, patch: Json, field = ''): Json {
  if (Array.isArray(patch)) {
    const key = MERGE_KEYS[field];
    if (!key || !Array.isArray(target)) return clone(patch.filter((p) => !(isObj(p) && p.$patch)));
    const out = clone(target) as Json[];
    for (const item of patch) {
      if (!isObj(item)) continue;
      const at = out.findIndex((o) => isObj(o) && o[key] === item[key]);
      if (item.$patch === 'delete') {
        if (at >= 0) out.splice(at, 1);
      } else if (item.$patch === 'replace') {
        const { $patch: _p, ...rest } = item;
        if (at >= 0) out[at] = clone(rest);
        else out.push(clone(rest));
      } else if (at >= 0) out[at] = strategicMerge(out[at], item);
      else out.push(strategicMerge(undefined, item));
    }
    return out;
  }
  if (!isObj(patch)) return clone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _p, ...rest } = patch;
    return strategicMerge(undefined, rest);
  }
  const out: Record<string, Json> = isObj(target) ? clone(target) : {};
  const order: Record<string, Json[]> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$setElementOrder/')) {
      order[k.slice('$setElementOrder/'.length)] = v as Json[];
      continue;
    }
    if (k.startsWith('$')) continue;
    if (v === null) delete out[k];
    else out[k] = strategicMerge(out[k], v, k);
  }
  // $setElementOrder fixes the order of a merged list (kubectl sends it with every list it touches).
  for (const [k, wanted] of Object.entries(order)) {
    const key = MERGE_KEYS[k];
    const list = out[k];
    if (!key || !Array.isArray(list)) continue;
    const pos = (o: Json) => {
      const i = wanted.findIndex((w) => isObj(w) && w[key] === o?.[key]);
      return i < 0 ? wanted.length : i;
    };
    out[k] = [...list].sort((a, b) => pos(a) - pos(b));
  }
  return out;
}

function unescapePointer(p: string): string[] {
  if (p === '') return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** RFC 6902 JSON patch. Throws on a failed `test` or a missing path. */
export function jsonPatch(target: Json, ops: Array<{ op: string; path: string; value?: Json; from?: string }>): Json {
  let doc = clone(target);
  const parentOf = (path: string[]): [Json, string] => {
    let node = doc;
    for (const seg of path.slice(0, -1)) {
      node = Array.isArray(node) ? node[Number(seg)] : node?.[seg];
      if (node === undefined) throw new Error(`path /${path.join('/')} does not exist`);
    }
    return [node, path[path.length - 1]];
  };
  const get = (path: string[]): Json => path.reduce((n, s) => (Array.isArray(n) ? n[Number(s)] : n?.[s]), doc);
  const add = (path: string[], value: Json) => {
    if (path.length === 0) {
      doc = clone(value);
      return;
    }
    const [parent, last] = parentOf(path);
    if (Array.isArray(parent)) parent.splice(last === '-' ? parent.length : Number(last), 0, clone(value));
    else parent[last] = clone(value);
  };
  const remove = (path: string[]) => {
    const [parent, last] = parentOf(path);
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else {
      if (!(last in parent)) throw new Error(`path /${path.join('/')} does not exist`);
      delete parent[last];
    }
  };
  for (const op of ops) {
    const path = unescapePointer(op.path);
    switch (op.op) {
      case 'add':
        add(path, op.value);
        break;
      case 'remove':
        remove(path);
        break;
      case 'replace':
        if (path.length === 0) doc = clone(op.value);
        else {
          const [parent, last] = parentOf(path);
          if (Array.isArray(parent)) parent[Number(last)] = clone(op.value);
          else parent[last] = clone(op.value);
        }
        break;
      case 'test':
        if (JSON.stringify(get(path)) !== JSON.stringify(op.value)) throw new Error(`test failed at ${op.path}`);
        break;
      case 'move': {
        const from = unescapePointer(op.from ?? '');
        const v = get(from);
        remove(from);
        add(path, v);
        break;
      }
      case 'copy':
        add(path, get(unescapePointer(op.from ?? '')));
        break;
      default:
        throw new Error(`unknown JSON patch op ${op.op}`);
    }
  }
  return doc;
}
