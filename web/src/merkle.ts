// Checks RFC 6962 inclusion proofs in the browser with WebCrypto's SHA-256,
// so a reader need not trust the server's word that an event is in the
// ledger: the leaf is SHA-256(0x00 || event hash), an inner node
// SHA-256(0x01 || left || right), and the audit path is folded as RFC 9162,
// section 2.1.3.2 says.

/** hexToBytes decodes lower- or upper-case hexadecimal. */
export function hexToBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex)) throw new Error(`not hexadecimal: ${hex.slice(0, 16)}…`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** bytesToHex encodes lower-case hexadecimal. */
export function bytesToHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const len = parts.reduce((n, p) => n + p.length, 0);
  const buf = new Uint8Array(len);
  let o = 0;
  for (const p of parts) {
    buf.set(p, o);
    o += p.length;
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', buf));
}

/** leafHash is SHA-256(0x00 || eventHash): the Merkle leaf of an event. */
export async function leafHash(eventHashHex: string): Promise<string> {
  return bytesToHex(await sha256(Uint8Array.of(0), hexToBytes(eventHashHex)));
}

/** InclusionProof is the API's InclusionProof. */
export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  rootHash: string;
  path: string[];
}

/**
 * rootFromInclusionProof folds the audit path over the leaf (RFC 9162,
 * 2.1.3.2) and returns the root it leads to; it throws when the path does
 * not fit the index and size.
 */
export async function rootFromInclusionProof(leafIndex: number, treeSize: number, leaf: string, path: string[]): Promise<string> {
  if (leafIndex < 0 || leafIndex >= treeSize) throw new Error(`leaf index ${leafIndex} is outside a tree of ${treeSize}`);
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = hexToBytes(leaf);
  for (const hex of path) {
    const p = hexToBytes(hex);
    if (sn === 0) throw new Error('the audit path is longer than the tree is deep');
    if (fn % 2 === 1 || fn === sn) {
      r = await sha256(Uint8Array.of(1), p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = await sha256(Uint8Array.of(1), r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) throw new Error('the audit path is shorter than the tree is deep');
  return bytesToHex(r);
}

/** Verdict says what the browser checked and whether each check held. */
export interface Verdict {
  ok: boolean;
  leafMatches: boolean;
  computedRoot: string;
  rootMatches: boolean;
  problem?: string;
}

/**
 * verifyInclusion checks that eventHash is leaf proof.leafIndex of a tree
 * whose root is expectedRoot (a root the reader trusts: a tree head, a cited
 * root, a signed checkpoint's).
 */
export async function verifyInclusion(eventHash: string, proof: InclusionProof, expectedRoot: string): Promise<Verdict> {
  const leaf = await leafHash(eventHash);
  const leafMatches = leaf === proof.leafHash.toLowerCase();
  try {
    const computedRoot = await rootFromInclusionProof(proof.leafIndex, proof.treeSize, leaf, proof.path);
    const rootMatches = computedRoot === expectedRoot.toLowerCase();
    return { ok: leafMatches && rootMatches, leafMatches, computedRoot, rootMatches };
  } catch (e) {
    return { ok: false, leafMatches, computedRoot: '', rootMatches: false, problem: (e as Error).message };
  }
}
