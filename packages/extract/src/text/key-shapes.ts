/**
 * A quick, inexact test of membership in a set of word keys: by a key's first and last characters
 * (ASCII, five bits of each), a bit for each length such keys have (bit 31: longer). Two characters and
 * one array read rule most other words out before a hashed look-up (which must first hash a freshly
 * sliced string) has to say for sure. Keys with a non-ASCII first or last character always may be members.
 */
export class KeyShapes {
  private readonly lengths = new Uint32Array(1024);

  /** Empties the set, to fill it afresh (for a set reused article after article). */
  clear(): void {
    this.lengths.fill(0);
  }

  add(key: string): void {
    const at = slotOf(key);
    if (at >= 0) this.lengths[at]! |= lengthBit(key.length);
  }

  /** False when no key added has this key's first and last characters and length; true means maybe. */
  mayHave(key: string): boolean {
    const at = slotOf(key);
    return at < 0 || (this.lengths[at]! & lengthBit(key.length)) !== 0;
  }
}

function slotOf(key: string): number {
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(key.length - 1);
  return first < 128 && last < 128 ? ((first & 31) << 5) | (last & 31) : -1;
}

const lengthBit = (length: number): number => 1 << Math.min(length, 31);
