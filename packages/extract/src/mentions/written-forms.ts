import { KeyShapes } from '../text/key-shapes.js';
import type { LineCase } from '../text/positions.js';
import type { Token } from '../text/tokens.js';

/**
 * How an article writes its words, which tells names from words capitalised only by position: whether a
 * key is written in lower case somewhere, or capitalised mid-sentence in ordinary text somewhere. Each
 * set is built on its first question: an article may ask none (its sentence-initial names known ones).
 */
export class WrittenForms {
  private lower: Set<string> | null = null;
  private capitalMid: Set<string> | null = null;

  constructor(
    private readonly tokens: readonly Token[],
    /** By token index: a capitalised token capitalised by position only. */
    private readonly initial: readonly boolean[],
    private readonly lineCase: readonly LineCase[],
    /** The lower-case words that may join capitalised ones into a name ("of", "van"). */
    private readonly linkers: readonly string[],
  ) {}

  /**
   * Whether the key is written in lower case somewhere. Ask only about the words of capitalised runs:
   * capitalised words and linkers (other keys are left out of the set, which spares hashing them).
   */
  inLowerCase(key: string): boolean {
    this.lower ??= this.lowerKeys();
    return this.lower.has(key);
  }

  /** Whether the key is capitalised somewhere mid-sentence in ordinary (not headline) text. */
  capitalisedMidSentence(key: string): boolean {
    this.capitalMid ??= this.capitalMidKeys();
    return this.capitalMid.has(key);
  }

  private lowerKeys(): Set<string> {
    const asked = ASKED_SHAPES;
    asked.clear();
    for (const word of this.linkers) asked.add(word);
    for (const t of this.tokens) if (t.cap) asked.add(t.key);
    const keys = new Set<string>();
    for (const t of this.tokens) if (!t.cap && asked.mayHave(t.key)) keys.add(t.key);
    return keys;
  }

  private capitalMidKeys(): Set<string> {
    const keys = new Set<string>();
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (t.cap && !this.initial[i] && this.lineCase[i] === 0) keys.add(t.key);
    }
    return keys;
  }
}

/** The shapes of the keys `inLowerCase` may be asked about (one set, filled afresh for each article). */
const ASKED_SHAPES = new KeyShapes();
