// Just enough protobuf to read what kubectl's typed clients send (SelfSubjectAccessReview is
// posted as application/vnd.kubernetes.protobuf): the `k8s\0` envelope (runtime.Unknown) and
// nested length-delimited string fields. Answers go back as JSON, which kubectl also accepts.

type Fields = Map<number, Array<Buffer | number>>;

function varint(buf: Buffer, at: number): [number, number] {
  let v = 0;
  let shift = 0;
  for (;;) {
    const b = buf[at++];
    v += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return [v, at];
    shift += 7;
  }
}

export function fields(buf: Buffer): Fields {
  const out: Fields = new Map();
  let at = 0;
  while (at < buf.length) {
    const [key, next] = varint(buf, at);
    at = next;
    const field = Math.floor(key / 8);
    const wire = key & 7;
    let value: Buffer | number;
    if (wire === 0) [value, at] = varint(buf, at);
    else if (wire === 2) {
      const [len, start] = varint(buf, at);
      value = buf.subarray(start, start + len);
      at = start + len;
    } else if (wire === 5) {
      value = buf.readUInt32LE(at);
      at += 4;
    } else if (wire === 1) {
      value = Number(buf.readBigUInt64LE(at));
      at += 8;
    } else throw new Error(`unsupported protobuf wire type ${wire}`);
    out.set(field, [...(out.get(field) ?? []), value]);
  }
  return out;
}

const str = (f: Fields, n: number): string => {
  const v = f.get(n)?.[0];
  return Buffer.isBuffer(v) ? v.toString('utf8') : '';
};
const sub = (f: Fields, n: number): Fields => {
  const v = f.get(n)?.[0];
  return Buffer.isBuffer(v) ? fields(v) : new Map();
};

/** The resourceAttributes of a protobuf SelfSubjectAccessReview, as the JSON form names them. */
export function decodeAccessReview(body: Buffer): {
  kind: string;
  apiVersion: string;
  spec: { resourceAttributes: Record<string, string> };
} {
  if (body.subarray(0, 4).toString('latin1') !== 'k8s\0') throw new Error('not a Kubernetes protobuf envelope');
  const unknown = fields(body.subarray(4));
  const review = fields(unknown.get(2)?.[0] as Buffer);
  const ra = sub(sub(review, 2), 1);
  const names = ['', 'namespace', 'verb', 'group', 'version', 'resource', 'subresource', 'name'];
  const resourceAttributes: Record<string, string> = {};
  for (let i = 1; i < names.length; i++) if (str(ra, i)) resourceAttributes[names[i]] = str(ra, i);
  return { kind: 'SelfSubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', spec: { resourceAttributes } };
}
